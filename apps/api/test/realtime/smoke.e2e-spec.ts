import { addComment, makeDesign, proposeSkill } from '../designs/design-factories';
import { startTestApi, TestApi } from '../test-api';

import { connect } from './socket-client';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

it('delivers a change to another participant, in order, with catch-up', async () => {
  const cast = await makeDesign(api, { with: ['employer'] });
  const lead = await connect(api.url, cast.lead.token);
  const ack = await lead.join(cast.designId);
  expect(ack).toMatchObject({ ok: true });
  await proposeSkill(cast.employer, cast.designId, { name: 'Welds', priority: 'ESSENTIAL' });
  await addComment(cast.employer, { designId: cast.designId, body: 'hello' });
  await lead.until(() => lead.eventsOf(cast.designId).length === 2);
  expect(lead.eventsOf(cast.designId).map((e) => [e.seq - ack.seq!, e.type])).toEqual([
    [1, 'skill.proposed'],
    [2, 'comment.added'],
  ]);
  const late = await connect(api.url, cast.employer.token);
  const lateAck = await late.join(cast.designId, 0);
  expect(late.eventsOf(cast.designId).map((e) => e.seq)).toEqual(
    Array.from({ length: lateAck.seq! }, (_, i) => i + 1),
  );
  lead.close();
  late.close();
});
