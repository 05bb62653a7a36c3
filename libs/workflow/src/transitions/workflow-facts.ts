import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { DesignContent, DesignContentReader } from '@mc/designs';

import { Decision } from '../decisions/decision.entity';
import { GateFacts } from '../pipelines/gates';
import type { ServiceUnit } from '../pipelines/pipeline.definition';
import { UnitSignOff } from '../pipelines/unit-signoff.entity';
import { computeReadiness } from '../readiness/readiness';
import { endorsingOrganizations, readinessFactsOf } from '../readiness/readiness-facts';

/** Everything the gates look at, read inside the caller's transaction. */
@Injectable()
export class WorkflowFacts {
  constructor(private readonly content: DesignContentReader) {}

  async read(
    manager: EntityManager,
    designId: string,
    units: ServiceUnit[] = [],
    stage?: string,
  ): Promise<{ facts: GateFacts; content: DesignContent }> {
    const content = await this.content.read(manager, designId);
    const participants = await this.content.participants(manager, designId);
    const decisions = await manager.getRepository(Decision).findBy({ designId, revision: content.revision });
    const signOffs =
      units.length && stage
        ? await manager.getRepository(UnitSignOff).findBy({ designId, stage, revision: content.revision })
        : [];
    const readiness = computeReadiness(
      readinessFactsOf(content, endorsingOrganizations(decisions, participants)),
    );
    return {
      content,
      facts: {
        skills: content.skills.map(({ id, name, priority }) => ({ id, name, priority })),
        outcomeCount: content.outcomes.length,
        coveredSkillIds: new Set(content.outcomes.flatMap((o) => o.skillIds)),
        participants,
        decisions: decisions.map(({ userId, kind }) => ({ userId, kind })),
        readiness,
        units,
        signedUnits: new Set(signOffs.map((s) => s.unit)),
      },
    };
  }
}
