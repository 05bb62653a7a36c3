import { MigrationInterface, QueryRunner } from 'typeorm';

const ORDER = ['DRAFTING', 'PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED'];
const GATES: Record<string, object> = {
  hasSkillsAndOutcomes: { type: 'minimumContent', skills: 1, outcomes: 1 },
  essentialSkillsCovered: { type: 'essentialSkillsCovered' },
  partnerEndorsements: { type: 'partnerEndorsements' },
  committeeMajority: { type: 'committeeVotes', quorum: 'majority' },
  readiness: { type: 'readiness' },
};

interface LegacyRule {
  from: string;
  to: string;
  roles: string[];
  rationaleRequired: boolean;
  gates: string[];
}
interface Legacy {
  name: string;
  transitions: LegacyRule[];
  snapshotOn: string[];
  decisions: Array<{ stage: string; role: string; kinds: string[] }>;
  finalStages: string[];
}

/** A definition of the first format (flat transitions, gates by name) in the versioned format. */
function convert(legacy: Legacy): object {
  const rule = (r: LegacyRule) => ({
    to: r.to,
    roles: r.roles,
    gates: [
      ...r.gates.map((g) => GATES[g] ?? { type: g }),
      ...(r.rationaleRequired ? [{ type: 'rationale' }] : []),
    ],
  });
  const named = new Set<string>(['DRAFTING']);
  for (const r of legacy.transitions) {
    if (r.from !== '*') named.add(r.from);
    named.add(r.to);
  }
  return {
    name: legacy.name,
    stages: ORDER.filter((s) => named.has(s)).map((stage) => ({
      stage,
      kind: legacy.finalStages.includes(stage)
        ? 'final'
        : legacy.snapshotOn.includes(stage)
          ? 'review'
          : 'work',
      snapshot: legacy.snapshotOn.includes(stage),
      decisions: legacy.decisions
        .filter((d) => d.stage === stage)
        .map(({ role, kinds }) => ({ role, kinds })),
      units: [],
      transitions: legacy.transitions.filter((r) => r.from === stage).map(rule),
    })),
    fromAnyStage: legacy.transitions.filter((r) => r.from === '*').map(rule),
  };
}

/**
 * Pipeline definitions become versioned (each design runs on the version it entered its current
 * stage with), parallel review stages get their service units' sign-offs. An institution's
 * existing definition becomes its version 1.
 */
export class VersionPipelines1765500000000 implements MigrationInterface {
  name = 'VersionPipelines1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workflow_pipeline_versions" ("institution_id" uuid NOT NULL, "version" integer NOT NULL, "definition" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_workflow_pipeline_versions" PRIMARY KEY ("institution_id", "version"), CONSTRAINT "ck_workflow_pipeline_versions_version" CHECK ("version" >= 1))`,
    );
    await q.query(
      `ALTER TABLE "workflow_pipeline_versions" ADD CONSTRAINT "fk_workflow_pipeline_versions_institution_id" FOREIGN KEY ("institution_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workflow_pipeline_versions" ADD CONSTRAINT "fk_workflow_pipeline_versions_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "workflow_design_pipelines" ("design_id" uuid NOT NULL, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_workflow_design_pipelines" PRIMARY KEY ("design_id"))`,
    );
    await q.query(
      `ALTER TABLE "workflow_design_pipelines" ADD CONSTRAINT "fk_workflow_design_pipelines_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "design_unit_signoffs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "stage" character varying(20) NOT NULL, "unit" character varying(40) NOT NULL, "revision" integer NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_design_unit_signoffs" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_design_unit_signoffs_design_stage_unit_revision" ON "design_unit_signoffs" ("design_id", "stage", "unit", "revision")`,
    );
    await q.query(
      `ALTER TABLE "design_unit_signoffs" ADD CONSTRAINT "fk_design_unit_signoffs_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_unit_signoffs" ADD CONSTRAINT "fk_design_unit_signoffs_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Existing definitions: version 1, dated so that every existing design runs on it, as before.
    const rows: Array<{ institution_id: string; definition: Legacy }> = await q.query(
      `SELECT institution_id, definition FROM workflow_pipelines`,
    );
    for (const row of rows) {
      await q.query(
        `INSERT INTO workflow_pipeline_versions (institution_id, version, definition, created_at) VALUES ($1, 1, $2, '-infinity')`,
        [row.institution_id, JSON.stringify(convert(row.definition))],
      );
    }
    await q.query(`DROP TABLE "workflow_pipelines"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workflow_pipelines" ("institution_id" uuid NOT NULL, "definition" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_workflow_pipelines" PRIMARY KEY ("institution_id"))`,
    );
    await q.query(
      `ALTER TABLE "workflow_pipelines" ADD CONSTRAINT "fk_workflow_pipelines_institution_id" FOREIGN KEY ("institution_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`DROP TABLE "design_unit_signoffs"`);
    await q.query(`DROP TABLE "workflow_design_pipelines"`);
    await q.query(`DROP TABLE "workflow_pipeline_versions"`);
  }
}
