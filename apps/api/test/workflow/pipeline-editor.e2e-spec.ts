/**
 * The pipeline editor (libs/workflow/README.md "The pipeline editor"): who reads and publishes an
 * institution's pipeline, validation with the JSON path at fault, versions (a design runs on the
 * version it entered its stage with), a two-thirds quorum and a parallel review end to end.
 */
import {
  addOutcome,
  codeOf,
  colleagueOf,
  founder,
  join,
  makeDesign,
  outsider,
  Person,
  proposeSkill,
  readEvents,
  unknownId,
} from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import {
  defaultDefinition,
  fastTrack,
  INSTITUTION_PIPELINE,
  parallelReview,
  PIPELINE_VERSIONS,
  publishPipeline,
  signOff,
  UNIT_SIGN_OFFS,
  updatePipeline,
} from './pipeline-factories';
import {
  decide,
  expectRefused,
  extensionsOf,
  gateOf,
  move,
  pipelineDesign,
  rowCounts,
  transition,
  watch,
} from './workflow-factories';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const versionsOf = async (person: Person) =>
  (await person.client.ok(PIPELINE_VERSIONS)).institutionPipelineVersions.map((v) => v.version);

/** Expects the update refused with BAD_USER_INPUT naming exactly `fields`, and nothing stored. */
async function expectInvalid(admin: Person, definition: unknown, fields: string[]) {
  const before = await rowCounts(api);
  const result = await updatePipeline(admin, definition);
  expect(codeOf(result)).toBe('BAD_USER_INPUT');
  const named = (result.errors?.[0]?.extensions?.fields as Array<{ field: string; message: string }>) ?? [];
  expect(named.map((f) => f.field)).toEqual(fields);
  for (const f of named) expect(f.message).toEqual(expect.any(String));
  expect(await rowCounts(api)).toEqual(before);
  return named;
}

describe('who reads and who publishes the pipeline', () => {
  it('any member of the institution reads it (the default until a version is published)', async () => {
    const admin = await founder(api, 'POST_SECONDARY');
    const member = await colleagueOf(api, admin);
    const initial = await defaultDefinition(member);
    expect(initial.name).toBe('default');
    expect(initial.stages.map((s: Json) => s.stage)).toEqual([
      'DRAFTING',
      'PARTNER_REVIEW',
      'COMMITTEE_REVIEW',
      'APPROVED',
      'PUBLISHED',
      'ARCHIVED',
    ]);
    expect(await versionsOf(member)).toEqual([0]);

    const published = await publishPipeline(admin, fastTrack('twoThirds'));
    expect(published).toMatchObject({ name: 'fast track' });
    expect(await defaultDefinition(member)).toEqual(published);
    const { institutionPipelineVersions: versions } = await member.client.ok(PIPELINE_VERSIONS);
    expect(versions.map((v) => [v.version, v.createdBy?.id ?? null])).toEqual([
      [1, admin.user.id],
      [0, null],
    ]);
    // The same definition again publishes nothing.
    await publishPipeline(admin, fastTrack('twoThirds'));
    expect(await versionsOf(member)).toEqual([1, 0]);
  });

  it('a MEMBER may not publish (FORBIDDEN), nor may an employer; an employer has no pipeline', async () => {
    const admin = await founder(api, 'POST_SECONDARY');
    const member = await colleagueOf(api, admin);
    const employer = await outsider(api, 'EMPLOYER');
    const before = await rowCounts(api);
    for (const person of [member, employer])
      expect(codeOf(await updatePipeline(person, fastTrack()))).toBe('FORBIDDEN');
    expect(await employer.client.errorCode(INSTITUTION_PIPELINE)).toBe('FORBIDDEN');
    expect(await rowCounts(api)).toEqual(before);
    expect(await versionsOf(member)).toEqual([0]);
    expect(await api.client.errorCode(INSTITUTION_PIPELINE)).toBe('UNAUTHENTICATED');
  });
});

describe('validation: BAD_USER_INPUT with the JSON path at fault, nothing stored', () => {
  let admin: Person;
  beforeAll(async () => {
    admin = await founder(api, 'POST_SECONDARY');
  });
  const edited = (change: (d: Json) => void) => {
    const d = fastTrack() as Json;
    change(d);
    return d;
  };

  it('an unknown stage', async () => {
    await expectInvalid(
      admin,
      edited((d) => (d.stages[1].transitions[0].to = 'LIMBO')),
      ['stages[1].transitions[0].to'],
    );
    // PARTNER_REVIEW is a stage of the product, but not of this pipeline.
    const [error] = await expectInvalid(
      admin,
      edited((d) => (d.stages[0].transitions[0].to = 'PARTNER_REVIEW')),
      ['stages[0].transitions[0].to', 'stages[1]', 'stages[2]', 'stages[3]'],
    );
    expect(error!.message).toMatch(/unknown stage PARTNER_REVIEW/);
  });

  it('an unreachable stage', async () => {
    const named = await expectInvalid(
      admin,
      edited((d) => (d.stages[2].transitions = [])),
      ['stages[3]'],
    );
    expect(named[0]!.message).toMatch(/unreachable stage PUBLISHED/);
  });

  it('a transition without roles', async () => {
    await expectInvalid(
      admin,
      edited((d) => (d.stages[1].transitions[0].roles = [])),
      ['stages[1].transitions[0].roles'],
    );
  });

  it.each([0, 100.1, -5])('a quorum of %p %', async (percent) => {
    await expectInvalid(admin, fastTrack({ percent }), ['stages[1].transitions[0].gates[0].quorum.percent']);
  });

  it('an unknown gate type', async () => {
    await expectInvalid(
      admin,
      edited((d) => d.stages[0].transitions[0].gates.push({ type: 'horoscope' })),
      ['stages[0].transitions[0].gates[1].type'],
    );
  });

  it('not an object at all, and a signer who is not a member of the institution', async () => {
    await expectInvalid(admin, 'stages', ['(root)']);
    const stranger = await outsider(api, 'POST_SECONDARY');
    await expectInvalid(admin, parallelReview({ library: [admin.user.id], registrar: [stranger.user.id] }), [
      'stages[1].units[1].signers[0]',
    ]);
  });

  it('a valid quorum of 1 and of 100 % is accepted', async () => {
    await publishPipeline(admin, fastTrack({ percent: 1 }));
    await publishPipeline(admin, fastTrack({ percent: 100 }));
  });
});

describe('versions', () => {
  it('a design mid-pipeline keeps its version until its next transition, then moves to the newest', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 3, stage: 'PARTNER_REVIEW' });
    // The new version: committee approval needs every member (the default needs a majority).
    const unanimous = await defaultDefinition(p.lead);
    unanimous.name = 'unanimous';
    unanimous.stages[2].transitions[1].gates = [{ type: 'committeeVotes', quorum: 'all' }];
    // … and partner review needs no endorsement any more.
    unanimous.stages[1].transitions[1].gates = [];
    await publishPipeline(p.lead, unanimous);

    // Still on the default: the endorsement is still needed to leave partner review.
    const refused = await transition(p.lead, p.designId, 'COMMITTEE_REVIEW');
    expect(codeOf(refused)).toBe('PRECONDITION_FAILED');
    expect(gateOf(refused, 'partnerEndorsements')).toBeDefined();
    await decide(p.partners[0]!, p.designId, 'ENDORSE');
    await move(p.lead, p.designId, 'COMMITTEE_REVIEW');

    // Now on version 1: a majority is no longer enough.
    await decide(p.committee[0]!, p.designId, 'APPROVE');
    await decide(p.committee[1]!, p.designId, 'APPROVE');
    const short = await transition(p.committee[0]!, p.designId, 'APPROVED');
    expect(gateOf(short, 'committeeApprovals')).toMatchObject({ needed: 3, approvals: 2, committeeSize: 3 });
    await decide(p.committee[2]!, p.designId, 'APPROVE');
    expect((await move(p.committee[0]!, p.designId, 'APPROVED')).stage).toBe('APPROVED');
    const moves = (await readEvents(p.lead, p.designId)).filter((e) => e.type === 'stage.changed');
    expect(moves.map((e) => [e.data.to, e.data.pipelineVersion])).toEqual([
      ['PARTNER_REVIEW', 0],
      ['COMMITTEE_REVIEW', 1],
      ['APPROVED', 1],
    ]);
  });

  it('a version that removes a stage in which designs sit is refused, naming them', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 1, stage: 'PARTNER_REVIEW' });
    const drafting = await pipelineDesign(api, { lead: p.lead });
    // Another institution's design in partner review is none of this admin's business.
    await pipelineDesign(api, { with: ['employer'], stage: 'PARTNER_REVIEW' });
    const before = await rowCounts(api);
    const refused = await updatePipeline(p.lead, fastTrack());
    expect(codeOf(refused)).toBe('PRECONDITION_FAILED');
    expect(extensionsOf(refused).designs).toEqual([
      { id: p.designId, title: p.design.title, stage: 'PARTNER_REVIEW' },
    ]);
    expect(await rowCounts(api)).toEqual(before);
    expect(await versionsOf(p.lead)).toEqual([0]);

    // Once the design has left the stage, the same version is accepted.
    await move(p.lead, p.designId, 'DRAFTING', 'Back to the drawing board');
    await publishPipeline(p.lead, fastTrack());
    expect(await versionsOf(p.lead)).toEqual([1, 0]);
    // A design created before version 1 still runs on the default until its next move: it may
    // enter partner review, which version 1 lacks, and stays on the default there …
    expect((await move(drafting.lead, drafting.designId, 'PARTNER_REVIEW')).stage).toBe('PARTNER_REVIEW');
    const [entered] = (await readEvents(p.lead, drafting.designId)).filter((e) => e.type === 'stage.changed');
    expect(entered?.data.pipelineVersion).toBe(0);
    // … so a version without partner review is refused while it sits there …
    const again = await updatePipeline(p.lead, fastTrack('all'));
    expect(codeOf(again)).toBe('PRECONDITION_FAILED');
    expect(extensionsOf(again).designs).toEqual([
      { id: drafting.designId, title: drafting.design.title, stage: 'PARTNER_REVIEW' },
    ]);
    // … and once it leaves (on version 1 now), the design on the fast track moves as version 1 says.
    await move(drafting.lead, drafting.designId, 'DRAFTING', 'Rework');
    expect((await move(drafting.lead, drafting.designId, 'COMMITTEE_REVIEW')).stage).toBe('COMMITTEE_REVIEW');
  });
});

describe('a two-thirds quorum, end to end', () => {
  it('a committee of five needs four approvals (a majority of three is not enough)', async () => {
    const lead = await founder(api, 'POST_SECONDARY');
    await publishPipeline(lead, fastTrack('twoThirds'));
    const p = await pipelineDesign(api, { lead, committee: 5 });
    await move(lead, p.designId, 'COMMITTEE_REVIEW');
    for (const member of p.committee.slice(0, 3)) await decide(member, p.designId, 'APPROVE');
    await decide(p.committee[3]!, p.designId, 'ABSTAIN');
    const refused = await expectRefused(
      api,
      p,
      () => transition(p.committee[0]!, p.designId, 'APPROVED'),
      'PRECONDITION_FAILED',
    );
    expect(gateOf(refused, 'committeeApprovals')).toMatchObject({
      needed: 4,
      approvals: 3,
      committeeSize: 5,
      quorum: 'twoThirds',
    });
    await decide(p.committee[3]!, p.designId, 'APPROVE');
    expect((await move(p.committee[4]!, p.designId, 'APPROVED')).stage).toBe('APPROVED');
  });
});

describe('a parallel review stage, end to end', () => {
  it('the library and the registrar sign off in any order before the design moves on', async () => {
    const lead = await founder(api, 'POST_SECONDARY');
    const librarian = await colleagueOf(api, lead);
    const registrar = await colleagueOf(api, lead);
    const deputy = await colleagueOf(api, lead);
    await publishPipeline(
      lead,
      parallelReview({ library: [librarian.user.id], registrar: [registrar.user.id, deputy.user.id] }),
    );
    const cast = await makeDesign(api, { lead });
    for (const person of [librarian, registrar]) await join(cast, person, 'OBSERVER');
    const skill = await proposeSkill(lead, cast.designId, {});
    await addOutcome(lead, cast.designId, { skillIds: [skill.id] });

    // Not in a parallel review yet.
    expect(codeOf(await signOff(librarian, cast.designId, 'library'))).toBe('PRECONDITION_FAILED');
    await move(lead, cast.designId, 'PARTNER_REVIEW');

    const { design } = await registrar.client.ok(UNIT_SIGN_OFFS, { id: cast.designId });
    expect(design.unitSignOffs).toEqual([
      { unit: 'library', name: 'Library', signedAt: null, signedBy: null, canSignOff: false },
      { unit: 'registrar', name: 'Registrar', signedAt: null, signedBy: null, canSignOff: true },
    ]);
    const waiting = await expectRefused(
      api,
      cast,
      () => transition(lead, cast.designId, 'APPROVED'),
      'PRECONDITION_FAILED',
    );
    expect(gateOf(waiting, 'unitSignOffs')).toMatchObject({
      units: [
        { key: 'library', name: 'Library' },
        { key: 'registrar', name: 'Registrar' },
      ],
    });

    // Refusals change nothing: the lead does not sign for the library, a stranger does not see the
    // design, an unknown unit is bad input; a signer who does not take part does not see it either.
    await expectRefused(api, cast, () => signOff(lead, cast.designId, 'library'), 'FORBIDDEN');
    await expectRefused(api, cast, () => signOff(registrar, cast.designId, 'library'), 'FORBIDDEN');
    await expectRefused(api, cast, () => signOff(registrar, cast.designId, 'bursar'), 'BAD_USER_INPUT');
    await expectRefused(api, cast, () => signOff(deputy, cast.designId, 'registrar'), 'NOT_FOUND');
    const stranger = await outsider(api, 'POST_SECONDARY');
    await expectRefused(api, cast, () => signOff(stranger, cast.designId, 'library'), 'NOT_FOUND');
    await expectRefused(api, cast, () => signOff(librarian, unknownId(), 'library'), 'NOT_FOUND');

    // The registrar first, then the library.
    const first = await signOff(registrar, cast.designId, 'registrar');
    expect(first.data?.signOffDesign.unitSignOffs[1]).toMatchObject({
      signedBy: { id: registrar.user.id },
      canSignOff: false,
    });
    // Signing again changes (and logs) nothing.
    const unchanged = await watch(api, lead, cast.designId);
    expect((await signOff(registrar, cast.designId, 'registrar')).errors).toBeUndefined();
    await unchanged();
    const stillWaiting = await transition(lead, cast.designId, 'APPROVED');
    expect(gateOf(stillWaiting, 'unitSignOffs')).toMatchObject({
      units: [{ key: 'library', name: 'Library' }],
    });
    await signOff(librarian, cast.designId, 'library');
    expect((await move(lead, cast.designId, 'APPROVED')).stage).toBe('APPROVED');
    const signed = (await readEvents(lead, cast.designId)).filter((e) => e.type === 'unit.signedOff');
    expect(signed.map((e) => [e.data.unit, e.actor?.id])).toEqual([
      ['registrar', registrar.user.id],
      ['library', librarian.user.id],
    ]);
  });
});
