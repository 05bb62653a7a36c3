import { startTestApi, TestApi } from '../test-api';

import {
  ADD_COMMENT,
  addComment,
  addOutcome,
  codeOf,
  colleagueOf,
  founder,
  join,
  makeDesign,
  proposeSkill,
  readComments,
  readDesign,
  RESOLVE_COMMENT,
  storedState,
  unique,
} from './design-factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const sorted = (list: string[]) => [...list].sort();

describe('addComment', () => {
  it('comments on the design itself, unresolved, without changing the revision', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const comment = await addComment(cast.employer, {
      designId: cast.designId,
      targetType: 'DESIGN',
      targetId: cast.designId,
      body: 'Could this run on evenings?',
    });
    expect(comment).toMatchObject({
      targetType: 'DESIGN',
      targetId: cast.designId,
      body: 'Could this run on evenings?',
      author: { id: cast.employer.user.id },
      parentId: null,
      resolved: false,
      replies: [],
      mentions: [],
    });
    const read = await readDesign(cast.lead, cast.designId);
    expect(read.revision).toBe(1);
    const comments = await readComments(cast.lead, cast.designId);
    expect(comments.map((c) => c.id)).toEqual([comment.id]);
  });

  it('comments on a skill and on an outcome of the design', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const outcome = await addOutcome(cast.faculty, cast.designId, { skillIds: [skill.id] });
    const onSkill = await addComment(cast.faculty, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      body: 'Is this the ESCO one?',
    });
    const onOutcome = await addComment(cast.employer, {
      designId: cast.designId,
      targetType: 'OUTCOME',
      targetId: outcome.id,
      body: 'Assessment looks right',
    });
    expect(onSkill).toMatchObject({ targetType: 'SKILL', targetId: skill.id });
    expect(onOutcome).toMatchObject({ targetType: 'OUTCOME', targetId: outcome.id });
    const revisionBefore = (await readDesign(cast.lead, cast.designId)).revision;
    expect(revisionBefore).toBe(3); // the skill and the outcome, not the comments
  });

  it('is open to every participant, OBSERVER and COMMITTEE_MEMBER included', async () => {
    const cast = await makeDesign(api, {
      with: ['faculty', 'employer', 'community', 'committee', 'observer'],
    });
    const people = [cast.lead, cast.faculty, cast.employer, cast.community, cast.committee, cast.observer];
    for (const person of people) await addComment(person, { designId: cast.designId });
    const comments = await readComments(cast.lead, cast.designId);
    expect(sorted(comments.map((c) => c.author.id))).toEqual(sorted(people.map((p) => p.user.id)));
  });

  it('lists the comments of the design oldest first', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.lead, cast.designId);
    const first = await addComment(cast.lead, { designId: cast.designId, body: 'first' });
    const second = await addComment(cast.employer, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      body: 'second',
    });
    const third = await addComment(cast.lead, { designId: cast.designId, body: 'third' });
    const comments = await readComments(cast.employer, cast.designId);
    expect(comments.map((c) => c.id)).toEqual([first.id, second.id, third.id]);
  });
});

describe('replies', () => {
  it('threads a reply under its parent, on the parent’s target; a reply to a reply joins the same thread', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const root = await addComment(cast.faculty, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      body: 'Which standard?',
    });
    const reply = await addComment(cast.employer, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      parentId: root.id,
      body: 'CSA B52',
    });
    expect(reply).toMatchObject({ parentId: root.id, targetType: 'SKILL', targetId: skill.id });
    const replyToReply = await addComment(cast.faculty, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
      parentId: reply.id,
      body: 'Thanks',
    });
    expect(replyToReply).toMatchObject({ parentId: root.id, targetType: 'SKILL', targetId: skill.id });

    const comments = await readComments(cast.lead, cast.designId);
    const thread = comments.find((c) => c.id === root.id)!;
    expect(thread.replies.map((r) => r.id)).toEqual([reply.id, replyToReply.id]);
    expect(thread.replies.map((r) => r.author.id)).toEqual([cast.employer.user.id, cast.faculty.user.id]);
    expect(thread.replies.every((r) => r.parentId === root.id)).toBe(true);
  });
});

describe('a reply whose target differs from its parent’s', () => {
  it('is either refused (BAD_USER_INPUT, nothing stored) or filed on the parent’s target', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId);
    const parent = await addComment(cast.employer, {
      designId: cast.designId,
      targetType: 'SKILL',
      targetId: skill.id,
    });
    const before = await storedState(api);
    const result = await cast.lead.client.request(ADD_COMMENT, {
      input: {
        designId: cast.designId,
        targetType: 'DESIGN',
        targetId: cast.designId,
        parentId: parent.id,
        body: 'Mismatched reply',
      },
    });
    if (result.errors?.length) {
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(await storedState(api)).toEqual(before);
    } else {
      expect(result.data?.addComment).toMatchObject({
        parentId: parent.id,
        targetType: 'SKILL',
        targetId: skill.id,
      });
    }
  });
});

describe('@mentions', () => {
  async function mentionCast() {
    const cast = await makeDesign(api);
    const tag = unique('m');
    const adaLovelace = await colleagueOf(api, cast.lead, {
      displayName: 'Ada Lovelace',
      email: `adal${tag}@college.example`,
    });
    const ada = await founder(api, 'EMPLOYER', { displayName: 'Ada', email: `adab${tag}@works.example` });
    const grace = await founder(api, 'EMPLOYER', {
      displayName: 'Grace Hopper',
      email: `grace${tag}@navy.example`,
    });
    const katherine = await colleagueOf(api, cast.lead, {
      displayName: 'Katherine Johnson',
      email: `kj${tag}@nasa.example`,
    });
    await join(cast, adaLovelace, 'FACULTY');
    await join(cast, ada, 'OBSERVER');
    await join(cast, grace, 'EMPLOYER_PARTNER');
    await join(cast, katherine, 'COMMITTEE_MEMBER');
    const stranger = await founder(api, 'EMPLOYER', { displayName: 'Alan Turing' });
    return { ...cast, tag, adaLovelace, ada, grace, katherine, stranger };
  }

  it('resolves a display name (longest match, any case), an email and a unique email local part', async () => {
    const c = await mentionCast();
    const comment = await addComment(c.lead, {
      designId: c.designId,
      body: `Thanks @ada lovelace; see @grace${c.tag}@navy.example and @kj${c.tag} for the review.`,
    });
    expect(sorted(comment.mentions.map((m) => m.id))).toEqual(
      sorted([c.adaLovelace.user.id, c.grace.user.id, c.katherine.user.id]),
    );
    const [stored] = (await readComments(c.lead, c.designId)).filter((x) => x.id === comment.id);
    expect(sorted(stored!.mentions.map((m) => m.id))).toEqual(sorted(comment.mentions.map((m) => m.id)));
  });

  it('resolves the shorter display name when only it matches', async () => {
    const c = await mentionCast();
    const comment = await addComment(c.grace, { designId: c.designId, body: '@Ada, could you take a look?' });
    expect(comment.mentions.map((m) => m.id)).toEqual([c.ada.user.id]);
  });

  it('ignores an email local part shared by two participants', async () => {
    const cast = await makeDesign(api);
    const tag = unique('sam');
    const first = await founder(api, 'EMPLOYER', {
      displayName: 'Samuel One',
      email: `${tag}@first.example`,
    });
    const second = await founder(api, 'COMMUNITY', {
      displayName: 'Samantha Two',
      email: `${tag}@second.example`,
    });
    await join(cast, first, 'EMPLOYER_PARTNER');
    await join(cast, second, 'EMPLOYER_PARTNER');
    const ambiguous = await addComment(cast.lead, { designId: cast.designId, body: `Over to @${tag} then.` });
    expect(ambiguous.mentions).toEqual([]);
    const precise = await addComment(cast.lead, {
      designId: cast.designId,
      body: `Over to @${tag}@second.example`,
    });
    expect(precise.mentions.map((m) => m.id)).toEqual([second.user.id]);
  });

  it('ignores mentions of people who are not participants', async () => {
    const c = await mentionCast();
    const comment = await addComment(c.lead, {
      designId: c.designId,
      body: `cc @Alan Turing and @${c.stranger.user.email} and @nobody${c.tag}`,
    });
    expect(comment.mentions).toEqual([]);
    const [{ count }] = (await api.sql<{ count: string }>(
      'SELECT count(*) FROM comment_mentions WHERE comment_id = $1',
      [comment.id],
    )) as [{ count: string }];
    expect(Number(count)).toBe(0);
  });
});

describe('@mentions of a participant of another design', () => {
  const mentionNotifications = async (userId: string, designId: string) =>
    Number(
      (
        await api.sql<{ count: string }>(
          `SELECT count(*) FROM notifications WHERE user_id = $1 AND design_id = $2 AND kind = 'MENTION'`,
          [userId, designId],
        )
      )[0]!.count,
    );

  it('does not mention nor notify someone who takes part only in another design of the same institution', async () => {
    const here = await makeDesign(api);
    const elsewhere = await makeDesign(api, { lead: here.lead });
    const tag = unique('other');
    const other = await colleagueOf(api, here.lead, {
      displayName: 'Mary Jackson',
      email: `mj${tag}@college.example`,
    });
    await join(elsewhere, other, 'FACULTY');
    const body = `Could @Mary Jackson, @mj${tag}@college.example or @mj${tag} review this?`;

    const comment = await addComment(here.lead, { designId: here.designId, body });
    expect(comment.mentions).toEqual([]);
    const [{ count }] = (await api.sql<{ count: string }>(
      'SELECT count(*) FROM comment_mentions WHERE comment_id = $1',
      [comment.id],
    )) as [{ count: string }];
    expect(Number(count)).toBe(0);
    expect(await mentionNotifications(other.user.id, here.designId)).toBe(0);

    // The same words in the design they take part in do mention and notify them.
    const there = await addComment(elsewhere.lead, { designId: elsewhere.designId, body });
    expect(there.mentions.map((m) => m.id)).toEqual([other.user.id]);
    expect(await mentionNotifications(other.user.id, elsewhere.designId)).toBe(1);
    expect(await mentionNotifications(other.user.id, here.designId)).toBe(0);
  });
});

describe('resolveComment', () => {
  it('resolves and reopens a comment; Design.comments(resolved:) filters by state', async () => {
    const cast = await makeDesign(api, { with: ['employer', 'faculty'] });
    const open = await addComment(cast.employer, { designId: cast.designId, body: 'stays open' });
    const toResolve = await addComment(cast.employer, { designId: cast.designId, body: 'to be resolved' });

    const resolved = await cast.lead.client.ok(RESOLVE_COMMENT, {
      id: toResolve.id,
      resolved: true,
    });
    expect(resolved.resolveComment).toMatchObject({ id: toResolve.id, resolved: true });

    const onlyResolved = await readComments(cast.lead, cast.designId, true);
    expect(onlyResolved.map((c) => c.id)).toEqual([toResolve.id]);
    const onlyOpen = await readComments(cast.lead, cast.designId, false);
    expect(onlyOpen.map((c) => c.id)).toEqual([open.id]);
    const all = await readComments(cast.lead, cast.designId);
    expect(all.map((c) => c.id)).toEqual([open.id, toResolve.id]);

    const reopened = await cast.faculty.client.ok(RESOLVE_COMMENT, {
      id: toResolve.id,
      resolved: false,
    });
    expect(reopened.resolveComment.resolved).toBe(false);
    expect(await readComments(cast.lead, cast.designId, true)).toEqual([]);
    expect((await readComments(cast.lead, cast.designId, false)).map((c) => c.id)).toEqual([
      open.id,
      toResolve.id,
    ]);
    expect((await readDesign(cast.lead, cast.designId)).revision).toBe(1);
  });

  it('lets the author resolve their own comment', async () => {
    const cast = await makeDesign(api, { with: ['observer'] });
    const comment = await addComment(cast.observer, { designId: cast.designId });
    const { resolveComment } = await cast.observer.client.ok(RESOLVE_COMMENT, {
      id: comment.id,
      resolved: true,
    });
    expect(resolveComment.resolved).toBe(true);
  });

  it.each(['employer', 'observer', 'committee'] as const)(
    'refuses a %s who is not the author with FORBIDDEN, storing nothing',
    async (member) => {
      const cast = await makeDesign(api, { with: [member, 'faculty'] });
      const comment = await addComment(cast.faculty, { designId: cast.designId });
      const before = await storedState(api);
      const result = await cast[member].client.request(RESOLVE_COMMENT, { id: comment.id, resolved: true });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await storedState(api)).toEqual(before);
      expect((await readComments(cast.lead, cast.designId))[0]?.resolved).toBe(false);
    },
  );

  it('answers NOT_FOUND for an unknown comment id, storing nothing', async () => {
    const cast = await makeDesign(api);
    const before = await storedState(api);
    const result = await cast.lead.client.request(RESOLVE_COMMENT, {
      id: '00000000-0000-4000-8000-000000000001',
      resolved: true,
    });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await storedState(api)).toEqual(before);
  });

  it('refuses an institution ADMIN who is not a participant to comment (FORBIDDEN), storing nothing', async () => {
    const cast = await makeDesign(api);
    const admin = await colleagueOf(api, cast.lead, { orgRole: 'ADMIN' });
    const before = await storedState(api);
    const result = await admin.client.request(ADD_COMMENT, {
      input: { designId: cast.designId, targetType: 'DESIGN', targetId: cast.designId, body: 'Admin here' },
    });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await storedState(api)).toEqual(before);
  });
});
