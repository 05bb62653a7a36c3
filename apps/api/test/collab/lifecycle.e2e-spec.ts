/**
 * Live documents across a transition, a restart and two instances sharing Redis
 * (../shared/contract/collab.md "Storing", "Several instances").
 */
import * as Y from 'yjs';

import { collabDocumentName } from '@mc/collab-contract';
import { createTestDatabase, TestDatabase } from '@mc/testing';

import { makeDesign } from '../designs/design-factories';
import { move, pipelineDesign } from '../workflow/workflow-factories';

import { startInstance, Instance } from './collab-apps';
import { closeAll, CollabClient, openSynced, type, until } from './collab-client';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_PREFIX = `mc-collab-${Date.now().toString(36)}-${process.pid}`;

jest.setTimeout(120_000);

let db: TestDatabase;
const instances: Instance[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  closeAll(clients.splice(0));
  for (const instance of instances.splice(0)) await instance.stop();
});
afterAll(() => db?.drop());

async function instance(env: Record<string, string> = {}): Promise<Instance> {
  const started = await startInstance(db, env);
  instances.push(started);
  return started;
}

function track(client: CollabClient): CollabClient {
  clients.push(client);
  return client;
}

it('a transition mid-typing freezes every typed character into the snapshot and turns connections read-only', async () => {
  const api = await instance();
  const p = await pipelineDesign(api, { with: ['faculty', 'employer'] });
  const name = collabDocumentName('design', p.designId);
  const lead = track(await openSynced(api.url, p.lead.token, name));
  const faculty = track(await openSynced(api.url, p.faculty.token, name));
  const typed = 'Typed right before submitting';
  await type(faculty, 'summary', typed);
  // Every keystroke reached the server (the lead saw them), none of it stored yet.
  await until(() => lead.text('summary').toString() === typed, 'keystrokes arrived');
  await move(p.lead, p.designId, 'PARTNER_REVIEW');
  const [snapshot] = await api.sql<{ content: { fields: { summary: string | null } } }>(
    `SELECT content FROM design_snapshots WHERE design_id = $1`,
    [p.designId],
  );
  expect(snapshot!.content.fields.summary).toBe(typed);
  const [design] = await api.sql<{ summary: string }>(`SELECT summary FROM designs WHERE id = $1`, [
    p.designId,
  ]);
  expect(design!.summary).toBe(typed);
  // The flush is logged before the move, in the transition's order.
  const entries = await api.sql<{ type: string }>(
    `SELECT type FROM design_events WHERE design_id = $1 ORDER BY seq DESC LIMIT 2`,
    [p.designId],
  );
  expect(entries.map((e) => e.type)).toEqual(['stage.changed', 'design.updated']);
  await until(
    () => faculty.messages.some((m) => m.type === 'scope' && m.scope === 'readonly'),
    'told read-only',
  );
  await type(faculty, 'summary', ' too late');
  await type(lead, 'summary', ' also late');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const late = track(await openSynced(api.url, p.employer.token, name));
  expect(late.provider.authorizedScope).toBe('readonly');
  expect(late.text('summary').toString()).toBe(typed);
});

it('a restart keeps the document: its text and its merge history', async () => {
  let api = await instance();
  const cast = await makeDesign(api, { with: ['faculty'], input: { summary: 'Base' } });
  const name = collabDocumentName('design', cast.designId);
  const lead = track(await openSynced(api.url, cast.lead.token, name));
  await type(lead, 'summary', ' and more');
  await until(
    async () =>
      (await api.sql<{ summary: string }>(`SELECT summary FROM designs WHERE id = $1`, [cast.designId]))[0]!
        .summary === 'Base and more',
    'stored',
  );
  // A client that keeps its document over the restart (as an open editor does).
  const kept = new Y.Doc();
  Y.applyUpdate(kept, Y.encodeStateAsUpdate(lead.doc));
  lead.close();
  await api.stop();
  instances.splice(0);

  api = await instance();
  const again = track(await openSynced(api.url, cast.faculty.token, name));
  expect(again.text('summary').toString()).toBe('Base and more');
  // The same history: merging the kept copy duplicates nothing.
  Y.applyUpdate(again.doc, Y.encodeStateAsUpdate(kept));
  expect(again.text('summary').toString()).toBe('Base and more');
});

it('two instances sharing Redis converge', async () => {
  const a = await instance({ REDIS_URL, REDIS_PREFIX });
  const b = await instance({ REDIS_URL, REDIS_PREFIX });
  const cast = await makeDesign(a, { with: ['faculty'], input: { summary: '|' } });
  const name = collabDocumentName('design', cast.designId);
  const onA = track(await openSynced(a.url, cast.lead.token, name));
  const onB = track(await openSynced(b.url, cast.faculty.token, name));
  await Promise.all([type(onA, 'summary', ' From A.'), type(onB, 'summary', 'From B. ', 0)]);
  await until(
    () =>
      onA.text('summary').toString() === onB.text('summary').toString() && onA.text('summary').length === 17,
    'converged',
  );
  const merged = onA.text('summary').toString();
  expect(merged).toContain('From A.');
  expect(merged).toContain('From B.');
  await until(
    async () =>
      (await a.sql<{ summary: string }>(`SELECT summary FROM designs WHERE id = $1`, [cast.designId]))[0]!
        .summary === merged.trim(),
    'stored once merged',
  );
});
