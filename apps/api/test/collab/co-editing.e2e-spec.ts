/**
 * Live co-editing (../shared/contract/collab.md) with real `@hocuspocus/provider` clients:
 * authentication inside the protocol, writers and readers, convergence, storing per burst, GraphQL
 * updates into open documents, limits, removals.
 */
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

import { collabDocumentName } from '@mc/collab-contract';

import { editDesign, makeDesign, outsider, proposeSkill } from '../designs/design-factories';
import { PASSWORD, sessionOf } from '../identity-factories';
import { removeParticipant, signToken, nowSeconds } from '../realtime/realtime-factories';
import { startTestApi, TestApi } from '../test-api';

import { closeAll, CollabClient, collabUrl, openDocument, openSynced, type, until } from './collab-client';

let api: TestApi;
const clients: CollabClient[] = [];
beforeAll(async () => {
  api = await startTestApi();
});
afterEach(() => closeAll(clients.splice(0)));
afterAll(() => api?.close());

function track(client: CollabClient): CollabClient {
  clients.push(client);
  return client;
}

async function column<T = string | null>(table: string, column: string, id: string): Promise<T> {
  const [row] = await api.sql<Record<string, T>>(`SELECT ${column} AS v FROM ${table} WHERE id = $1`, [id]);
  return row!['v'] as T;
}

async function collabEntries(designId: string, type: string) {
  return api.sql<{ seq: number; actor_id: string | null; data: Record<string, unknown> }>(
    `SELECT seq, actor_id, data FROM design_events WHERE design_id = $1 AND type = $2 AND data ? 'actors' ORDER BY seq`,
    [designId, type],
  );
}

describe('authentication', () => {
  it('refuses a bad or expired token as UNAUTHENTICATED and sends nothing of the document', async () => {
    const cast = await makeDesign(api, { input: { summary: 'Secret summary' } });
    const name = collabDocumentName('design', cast.designId);
    const expired = signToken({ sub: cast.lead.user.id, exp: nowSeconds() - 10 });
    for (const token of ['', 'not-a-token', expired, `${cast.lead.token}x`]) {
      const client = track(openDocument(api.url, token, name));
      expect(await client.auth).toEqual({ ok: false, reason: 'UNAUTHENTICATED' });
      expect(client.text('summary').toString()).toBe('');
    }
  });

  it('answers NOT_FOUND alike for an outsider, an unknown id and a malformed name', async () => {
    const cast = await makeDesign(api, { input: { summary: 'Secret summary' } });
    const stranger = await outsider(api);
    const names = [
      collabDocumentName('design', cast.designId),
      collabDocumentName('design', '00000000-0000-4000-8000-000000000000'),
      collabDocumentName('skill', cast.designId),
      `comment:${cast.designId}`,
      'design:not-a-uuid',
    ];
    for (const name of names) {
      const client = track(openDocument(api.url, stranger.token, name));
      expect(await client.auth).toEqual({ ok: false, reason: 'NOT_FOUND' });
      expect(client.text('summary').toString()).toBe('');
    }
    // The lead gets in (the same answer path is not simply refusing everyone).
    const lead = track(await openSynced(api.url, cast.lead.token, names[0]!));
    expect(lead.text('summary').toString()).toBe('Secret summary');
  });

  it('works on a connection opened more than a second before authenticating', async () => {
    const cast = await makeDesign(api, { input: { summary: 'Late hello' } });
    const socket = new HocuspocusProviderWebsocket({ url: collabUrl(api.url), WebSocketPolyfill: WebSocket });
    await until(() => socket.status === 'connected', 'socket open');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const client = track(
      openDocument(api.url, cast.lead.token, collabDocumentName('design', cast.designId), { socket }),
    );
    expect(await client.auth).toEqual({ ok: true, scope: 'read-write' });
    await until(() => client.text('summary').toString() === 'Late hello', 'late sync');
    socket.destroy();
  });
});

describe('writing together', () => {
  it('two writers typing at once converge with both contributions, stored as the document within the debounce', async () => {
    const cast = await makeDesign(api, { with: ['faculty'], input: { summary: 'Start.' } });
    const name = collabDocumentName('design', cast.designId);
    const lead = track(await openSynced(api.url, cast.lead.token, name));
    const faculty = track(await openSynced(api.url, cast.faculty.token, name));
    expect(lead.text('summary').toString()).toBe('Start.');
    const before = await column<number>('designs', 'version', cast.designId);
    await Promise.all([
      type(lead, 'summary', ' Lead types here.'),
      type(faculty, 'summary', ' Faculty too.', 0),
    ]);
    await until(() => lead.text('summary').toString() === faculty.text('summary').toString(), 'convergence');
    const merged = lead.text('summary').toString();
    expect(merged).toContain('Lead types here.');
    expect(merged).toContain('Faculty too.');
    await until(
      async () => (await column('designs', 'summary', cast.designId)) === merged.trim(),
      'stored text',
    );
    // One burst, one entry naming both typists; version and revision bumped with it.
    await until(async () => (await collabEntries(cast.designId, 'design.updated')).length >= 1, 'log entry');
    const entries = await collabEntries(cast.designId, 'design.updated');
    expect(entries).toHaveLength(1);
    expect((entries[0]!.data['actors'] as string[]).sort()).toEqual(
      [cast.lead.user.id, cast.faculty.user.id].sort(),
    );
    expect(entries[0]!.data['summary']).toBe(merged.trim());
    expect(entries[0]!.data['changed']).toEqual(['summary']);
    expect(await column<number>('designs', 'version', cast.designId)).toBe(before + 1);
  });

  it("drops a read-only participant's updates and tells it readonly", async () => {
    const cast = await makeDesign(api, { with: ['employer', 'observer'], input: { summary: 'Fixed' } });
    const name = collabDocumentName('design', cast.designId);
    const lead = track(await openSynced(api.url, cast.lead.token, name));
    const employer = track(openDocument(api.url, cast.employer.token, name));
    expect(await employer.auth).toEqual({ ok: true, scope: 'readonly' });
    await until(() => employer.provider.isSynced, 'reader sync');
    await type(employer, 'summary', ' (partner was here)');
    // The lead's own later edit arrives; the reader's never does, and nothing is stored of it.
    await type(lead, 'summary', '!');
    await until(async () => (await column('designs', 'summary', cast.designId)) === 'Fixed!', 'lead stored');
    expect(lead.text('summary').toString()).toBe('Fixed!');
    const fresh = track(await openSynced(api.url, cast.observer.token, name));
    expect(fresh.text('summary').toString()).toBe('Fixed!');
  });

  it('a skill partner may write their own skill; empty text is stored as null', async () => {
    const cast = await makeDesign(api, { with: ['employer'] });
    const skill = await proposeSkill(cast.employer, cast.designId, { description: 'Welding' });
    const name = collabDocumentName('skill', skill.id);
    const employer = track(await openSynced(api.url, cast.employer.token, name));
    expect(employer.provider.authorizedScope).toBe('read-write');
    employer.text('description').delete(0, employer.text('description').length);
    await until(async () => (await column('skills', 'description', skill.id)) === null, 'null stored');
    expect(await collabEntries(cast.designId, 'skill.updated')).toHaveLength(1);
  });

  it('applies a GraphQL update to the open document as a minimal edit, without storing it again', async () => {
    const cast = await makeDesign(api, { input: { summary: 'The quick fox jumps' } });
    const name = collabDocumentName('design', cast.designId);
    const lead = track(await openSynced(api.url, cast.lead.token, name));
    const cursor = Y.createRelativePositionFromTypeIndex(lead.text('summary'), 14); // before "jumps"
    await editDesign(cast.lead, cast.designId, { summary: 'The quick brown fox jumps' });
    await until(() => lead.text('summary').toString() === 'The quick brown fox jumps', 'applied');
    expect(Y.createAbsolutePositionFromRelativePosition(cursor, lead.doc)?.index).toBe(20);
    // Give the store debounce its time: no collab entry follows the GraphQL one.
    const version = await column<number>('designs', 'version', cast.designId);
    await type(lead, 'summary', '.');
    await until(
      async () => (await column('designs', 'summary', cast.designId)) === 'The quick brown fox jumps.',
      'typed stored',
    );
    const entries = await collabEntries(cast.designId, 'design.updated');
    expect(entries).toHaveLength(1);
    expect(await column<number>('designs', 'version', cast.designId)).toBe(version + 1);
  });

  it('keeps a text over the limit in the document, stores nothing of it and tells the writers', async () => {
    const cast = await makeDesign(api, { input: { summary: 'Short' } });
    const name = collabDocumentName('design', cast.designId);
    const lead = track(await openSynced(api.url, cast.lead.token, name));
    lead.text('summary').insert(5, 'x'.repeat(5_000));
    await until(() => lead.messages.some((m) => m.type === 'fieldProblems' && m.problems.length > 0), 'told');
    expect(lead.messages.find((m) => m.type === 'fieldProblems')).toEqual({
      type: 'fieldProblems',
      problems: [{ field: 'summary', problem: 'TOO_LONG', length: 5_005, limit: 5_000 }],
    });
    expect(await column('designs', 'summary', cast.designId)).toBe('Short');
    expect(lead.text('summary').length).toBe(5_005);
    // Back within the limit: stored, and told that all is well again.
    lead.text('summary').delete(5, 10);
    await until(async () => (await column('designs', 'summary', cast.designId))?.length === 4_995, 'stored');
    await until(
      () =>
        lead.messages.at(-1)?.type === 'fieldProblems' &&
        (lead.messages.at(-1) as { problems: unknown[] }).problems.length === 0,
      'cleared',
    );
  });

  it("closes a removed participant's connections", async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const name = collabDocumentName('design', cast.designId);
    const faculty = track(await openSynced(api.url, cast.faculty.token, name));
    const lead = track(await openSynced(api.url, cast.lead.token, name));
    await removeParticipant(cast.lead, cast.designId, cast.faculty.user.id);
    await until(() => faculty.closes.includes('NOT_FOUND'), 'closed');
    await type(lead, 'summary', 'after removal');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(faculty.text('summary').toString()).toBe('');
  });
});

describe('sessions', () => {
  it('closes a connection when its token expires', async () => {
    const cast = await makeDesign(api);
    const token = signToken({
      sub: cast.lead.user.id,
      sid: sessionOf(cast.lead.token),
      typ: 'access',
      iat: nowSeconds(),
      exp: nowSeconds() + 2,
    });
    const client = track(await openSynced(api.url, token, collabDocumentName('design', cast.designId)));
    expect(client.provider.authorizedScope).toBe('read-write');
    await until(() => client.closes.includes('UNAUTHENTICATED'), 'closed at expiry');
  });

  it("closes a deactivated member's connections", async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const name = collabDocumentName('design', cast.designId);
    const faculty = track(await openSynced(api.url, cast.faculty.token, name));
    await cast.lead.client.ok(
      `mutation Deactivate($userId: ID!) { deactivateMember(userId: $userId) { id } }`,
      {
        userId: cast.faculty.user.id,
      },
    );
    await until(() => faculty.closes.includes('UNAUTHENTICATED'), 'closed');
  });

  it('closes the connections of a session that logs out, and only those', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const name = collabDocumentName('design', cast.designId);
    // A second log-in of the lead: its own session, which stays.
    const { logIn } = await api.client.ok<{ logIn: { accessToken: string } }>(
      `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`,
      { email: cast.lead.user.email, password: PASSWORD },
    );
    const ending = track(await openSynced(api.url, cast.lead.token, name));
    const staying = track(await openSynced(api.url, logIn.accessToken, name));
    const other = track(await openSynced(api.url, cast.faculty.token, name));
    await cast.lead.client.ok(`mutation LogOut { logOut }`);
    await until(() => ending.closes.includes('UNAUTHENTICATED'), 'the logged-out session closed');
    await type(staying, 'summary', 'still here');
    await until(() => other.text('summary').toString() === 'still here', 'the other session still syncs');
    expect(staying.closes).toEqual([]);
    expect(other.closes).toEqual([]);
  });
});

describe('limits', () => {
  it('closes only the socket that sends garbage or a frame over the limit', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const name = collabDocumentName('design', cast.designId);
    const lead = track(await openSynced(api.url, cast.lead.token, name));
    const faculty = track(await openSynced(api.url, cast.faculty.token, name));
    const closedWith = async (payload: Buffer | string): Promise<number> => {
      const raw = new WebSocket(collabUrl(api.url));
      await new Promise((resolve, reject) => raw.once('open', resolve).once('error', reject));
      const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
      raw.on('error', () => undefined);
      raw.send(payload);
      return closed;
    };
    expect(
      await closedWith(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])),
    ).toBeGreaterThanOrEqual(1000);
    expect(await closedWith(Buffer.alloc(2 * 1024 * 1024, 7))).toBe(1009);
    // The document's people go on as before.
    await type(lead, 'summary', 'still here');
    await until(() => faculty.text('summary').toString() === 'still here', 'others unaffected');
  });
});
