/**
 * Issue 12, "Readiness": the design record's `issuerCountry` and `level` (validated, versioned,
 * logged, frozen in snapshots, public once published), `Design.readiness` against EU Annex I and
 * the B.C. framework, and the `readiness` gate an institution's pipeline may require.
 */
import {
  codeOf,
  editDesign,
  errorOf,
  fieldsOf,
  founder,
  makeDesign,
  outsider,
  readEvents,
  UPDATE_DESIGN,
} from '../designs/design-factories';
import { graphql } from '../gql';
import { startTestApi, TestApi } from '../test-api';

import { publishPipeline } from './pipeline-factories';
import {
  advance,
  compare,
  decide,
  expectRefused,
  exportBadge,
  EXPORT_BRIEF,
  gateOf,
  move,
  pipelineDesign,
  PUBLISHED_DESIGN,
  readSnapshots,
  transition,
  validAchievement,
} from './workflow-factories';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const READINESS = graphql(`
  query DesignReadiness($id: ID!) {
    design(id: $id) {
      id
      version
      issuerCountry
      level
      readiness {
        ready
        items {
          framework
          element
          met
          field
          message
        }
      }
    }
  }
`);

async function readiness(person: { client: TestApi['client'] }, designId: string) {
  return (await person.client.ok(READINESS, { id: designId })).design;
}

/** Every field the EU list asks of a design, but the country (the tests set that one). */
const EU_FIELDS = {
  hours: 40,
  assessmentApproach: 'Practical test, observed',
  participationForm: 'On site, supervised, identity checked',
  qualityAssurance: 'The college program committee',
};

describe('issuerCountry and level on the design record', () => {
  it('are stored normalized, bump version and revision, and are logged like every field', async () => {
    const cast = await makeDesign(api);
    const before = await readiness(cast.lead, cast.designId);
    const updated = await editDesign(cast.lead, cast.designId, {
      issuerCountry: ' ca-bc ',
      level: 'EQF   5',
    });
    expect(updated).toMatchObject({ version: before.version + 1 });
    const after = await readiness(cast.lead, cast.designId);
    expect(after).toMatchObject({ issuerCountry: 'CA-BC', level: 'EQF 5' });

    await editDesign(cast.lead, cast.designId, { issuerCountry: 'DE', level: 'Not Applicable' });
    expect(await readiness(cast.lead, cast.designId)).toMatchObject({
      issuerCountry: 'DE',
      level: 'not applicable',
    });

    const updates = (await readEvents(cast.lead, cast.designId)).filter((e) => e.type === 'design.updated');
    expect(updates.map((e) => [e.data['changed'], e.data['issuerCountry'], e.data['level']])).toEqual([
      [['issuerCountry', 'level'], 'CA-BC', 'EQF 5'],
      [['issuerCountry', 'level'], 'DE', 'not applicable'],
    ]);
    // null clears, as for every optional field.
    await editDesign(cast.lead, cast.designId, { issuerCountry: null, level: '' });
    expect(await readiness(cast.lead, cast.designId)).toMatchObject({ issuerCountry: null, level: null });
  });

  it.each([
    ['issuerCountry', 'XX'],
    ['issuerCountry', 'ZZ-BC'],
    ['issuerCountry', 'Canada'],
    ['issuerCountry', 'CA-BCXY'],
    ['issuerCountry', 'CA_BC'],
    ['issuerCountry', 'CA-BC\u0000'],
    ['level', 'five'],
    ['level', 'EQF'],
    ['level', 'EQF 5 and more'],
    ['level', 'n/a'],
  ] as const)(
    'refuses %s %j with BAD_USER_INPUT naming the field, and stores nothing',
    async (field, value) => {
      const cast = await makeDesign(api);
      await editDesign(cast.lead, cast.designId, { issuerCountry: 'CA', level: 'BCQF 3' });
      const { version } = await readiness(cast.lead, cast.designId);
      const result = await cast.lead.client.request(UPDATE_DESIGN, {
        id: cast.designId,
        input: { expectedVersion: version, [field]: value },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([`input.${field}`]);
      expect(await readiness(cast.lead, cast.designId)).toMatchObject({
        version,
        issuerCountry: 'CA',
        level: 'BCQF 3',
      });
    },
  );

  // Field-level merge: a stale version conflicts only over a field someone else changed since.
  it('a stale version is a CONFLICT carrying the current record with both fields', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const { version } = await readiness(cast.lead, cast.designId);
    await editDesign(cast.faculty, cast.designId, { issuerCountry: 'CA-ON' });
    const stale = await cast.lead.client.request(UPDATE_DESIGN, {
      id: cast.designId,
      input: { expectedVersion: version, issuerCountry: 'CA-BC', level: 'EQF 4' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(errorOf(stale).extensions?.['current']).toMatchObject({ issuerCountry: 'CA-ON', level: null });
    expect((await readiness(cast.lead, cast.designId)).level).toBeNull();
  });

  it('the database itself refuses a malformed code (check constraints)', async () => {
    const cast = await makeDesign(api);
    await expect(
      api.sql(`UPDATE designs SET issuer_country = 'ca' WHERE id = $1`, [cast.designId]),
    ).rejects.toThrow(/ck_designs_issuer_country/);
    await expect(api.sql(`UPDATE designs SET level = 'EQF' WHERE id = $1`, [cast.designId])).rejects.toThrow(
      /ck_designs_level/,
    );
  });

  it('snapshots freeze both fields, and comparing two snapshots shows their change', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    await editDesign(p.lead, p.designId, { issuerCountry: 'CA-BC', level: 'BCQF 3' });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    await move(p.lead, p.designId, 'DRAFTING', 'The level was wrong');
    await editDesign(p.lead, p.designId, { level: 'BCQF 4' });
    await move(p.lead, p.designId, 'PARTNER_REVIEW');
    const [first, second] = await readSnapshots(p.lead, p.designId);
    const changes = await compare(p.lead, first!.id, second!.id);
    expect(changes).toEqual([{ path: 'level', before: 'BCQF 3', after: 'BCQF 4' }]);
    const [frozen] = await api.sql<{ content: { fields: Record<string, unknown> } }>(
      `SELECT content FROM design_snapshots WHERE id = $1`,
      [first!.id],
    );
    expect(frozen!.content.fields).toMatchObject({ issuerCountry: 'CA-BC', level: 'BCQF 3' });
  });
});

describe('Design.readiness', () => {
  it('a new design lists what is missing, each with its field and a message; filled in, it is ready', async () => {
    const cast = await makeDesign(api, { with: ['faculty'] });
    const fresh = (await readiness(cast.lead, cast.designId)).readiness;
    expect(fresh.ready).toBe(false);
    const missing = fresh.items.filter((i) => i.framework === 'EU_ANNEX_I' && !i.met).map((i) => i.field);
    expect(missing).toEqual([
      'issuerCountry',
      'outcomes',
      'hours',
      'level',
      'assessmentApproach',
      'participationForm',
      'qualityAssurance',
    ]);
    const learner = fresh.items.find((i) => i.element === 'Identification of the learner');
    expect(learner).toMatchObject({ met: true, message: expect.stringMatching(/credential format/) });
    expect(fresh.items.every((i) => i.message.length > 0)).toBe(true);

    await editDesign(cast.lead, cast.designId, { ...EU_FIELDS, issuerCountry: 'CA-BC' });
    await cast.faculty.client.ok(
      `mutation Add($designId: ID!) { addOutcome(designId: $designId, input: { statement: "Weld a joint", bloomLevel: APPLY }) { id } }`,
      { designId: cast.designId },
    );
    const filled = (await readiness(cast.faculty, cast.designId)).readiness;
    expect(filled.ready).toBe(true);
    // "Level (where applicable)" stays listed until it is set or marked not applicable.
    expect(filled.items.find((i) => i.field === 'level')?.met).toBe(false);
    await editDesign(cast.lead, cast.designId, { level: 'not applicable' });
    expect(
      (await readiness(cast.lead, cast.designId)).readiness.items.find((i) => i.field === 'level'),
    ).toEqual(expect.objectContaining({ met: true }));
  });

  it('the B.C. alignment item is met by a partner organization ENDORSE on the current revision only', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    const aligned = async () =>
      (await readiness(p.lead, p.designId)).readiness.items.find((i) =>
        i.element.startsWith('Aligned with industry'),
      )!;
    expect((await aligned()).met).toBe(false);
    await advance(p, 'PARTNER_REVIEW');
    await decide(p.employer, p.designId, 'ENDORSE', 'Fits our needs');
    expect(await aligned()).toMatchObject({ met: true, message: expect.stringContaining('Endorsed by') });
    // A change after the endorsement makes a new revision, which nobody has endorsed yet.
    await move(p.lead, p.designId, 'DRAFTING', 'One more change');
    await editDesign(p.lead, p.designId, { hours: 12 });
    expect((await aligned()).met).toBe(false);
  });

  it('is only reachable through a design the caller may see', async () => {
    const cast = await makeDesign(api);
    const stranger = await outsider(api);
    expect(await stranger.client.errorCode(READINESS, { id: cast.designId })).toBe('NOT_FOUND');
  });
});

/** The default pipeline with the readiness gate on submission to partner review. */
function pipelineWithReadinessGate() {
  return {
    name: 'ready before partner review',
    stages: [
      {
        stage: 'DRAFTING',
        kind: 'work',
        transitions: [
          {
            to: 'PARTNER_REVIEW',
            roles: ['LEAD'],
            gates: [
              { type: 'minimumContent', skills: 1, outcomes: 1 },
              { type: 'essentialSkillsCovered' },
              { type: 'readiness' },
            ],
          },
        ],
      },
      {
        stage: 'PARTNER_REVIEW',
        kind: 'review',
        snapshot: true,
        decisions: [{ role: 'EMPLOYER_PARTNER', kinds: ['ENDORSE'] }],
        transitions: [{ to: 'DRAFTING', roles: ['LEAD'], gates: [{ type: 'rationale' }] }],
      },
      { stage: 'ARCHIVED', kind: 'final' },
    ],
    fromAnyStage: [{ to: 'ARCHIVED', roles: ['LEAD'], gates: [{ type: 'rationale' }] }],
  };
}

describe('the readiness gate', () => {
  it('an institution pipeline that requires it refuses an incomplete design, listing the missing items', async () => {
    const lead = await founder(api, 'POST_SECONDARY');
    await publishPipeline(lead, pipelineWithReadinessGate());
    const p = await pipelineDesign(api, { with: ['employer'], lead });
    await editDesign(p.lead, p.designId, { hours: 40, assessmentApproach: 'Practical test' });
    const refused = await expectRefused(
      api,
      p,
      () => transition(p.lead, p.designId, 'PARTNER_REVIEW'),
      'PRECONDITION_FAILED',
    );
    expect(gateOf(refused, 'readiness')).toMatchObject({
      items: [
        expect.objectContaining({ element: 'Country or region of the issuer', field: 'issuerCountry' }),
        expect.objectContaining({ element: 'Form of participation', field: 'participationForm' }),
        expect.objectContaining({ element: 'Type of quality assurance', field: 'qualityAssurance' }),
      ],
    });

    await editDesign(p.lead, p.designId, { ...EU_FIELDS, issuerCountry: 'CA' });
    expect((await move(p.lead, p.designId, 'PARTNER_REVIEW')).stage).toBe('PARTNER_REVIEW');
  });

  it('the default pipeline does not gate on it: an incomplete design moves on', async () => {
    const p = await pipelineDesign(api, { with: ['employer'] });
    expect((await readiness(p.lead, p.designId)).readiness.ready).toBe(false);
    expect((await move(p.lead, p.designId, 'PARTNER_REVIEW')).stage).toBe('PARTNER_REVIEW');
  });
});

describe('exports', () => {
  it('the published design, its Achievement and the brief carry the country and the level', async () => {
    const p = await pipelineDesign(api, { with: ['employer'], committee: 1 });
    await editDesign(p.lead, p.designId, { ...EU_FIELDS, issuerCountry: 'CA-BC', level: 'BCQF 3' });
    await advance(p, 'PUBLISHED');

    const { publishedDesign } = await api.client.ok(PUBLISHED_DESIGN, { id: p.designId });
    expect(publishedDesign).toMatchObject({ issuerCountry: 'CA-BC', level: 'BCQF 3' });

    const achievement = await exportBadge(p.lead, p.designId);
    expect(validAchievement(achievement)).toBe(true);
    expect(achievement).toMatchObject({
      creator: { address: { type: ['Address'], addressCountryCode: 'CA', addressRegion: 'CA-BC' } },
      tag: expect.arrayContaining(['BCQF 3']),
    });
    const served = await fetch(`${api.url}/credentials/${p.designId}/achievement.json`);
    expect(await served.json()).toMatchObject({ creator: { address: { addressCountryCode: 'CA' } } });

    const { exportBrief } = await p.lead.client.ok(EXPORT_BRIEF, { designId: p.designId });
    expect(exportBrief).toContain('## Readiness');
    expect(exportBrief).toContain('| EU Annex I | Country or region of the issuer | ✓ | Issued in CA-BC. |');
    expect(exportBrief).toContain('| Level | BCQF 3 |');
  });
});
