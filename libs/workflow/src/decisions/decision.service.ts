import { Injectable } from '@nestjs/common';

import { TransactionRunner } from '@mc/database';
import { DesignAccessPolicy, DesignEventLog } from '@mc/designs';
import { BadUserInputError, ForbiddenError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';

import { decisionRules } from '../pipelines/pipeline.definition';
import { PipelineRegistry } from '../pipelines/pipeline.registry';

import { Decision, DecisionKind } from './decision.entity';

export const NOTE_MAX = 2_000;

/**
 * Partners endorse, committee members vote: one standing decision per person per revision. A
 * different decision replaces the standing one; the same one again is a no-op.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly pipelines: PipelineRegistry,
    private readonly log: DesignEventLog,
  ) {}

  async record(
    user: AuthenticatedUser,
    designId: string,
    kind: DecisionKind,
    rawNote?: string | null,
  ): Promise<Decision> {
    const note = rawNote?.trim() || null;
    if (note && note.length > NOTE_MAX)
      throw BadUserInputError.of('note', `must be at most ${NOTE_MAX} characters`);
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, designId, { manager: tx.manager, lock: true });
      const { pipeline } = await this.pipelines.forDesign(tx.manager, access.design);
      const forRole = decisionRules(pipeline).filter((rule) => rule.role === access.role);
      if (forRole.length === 0 || !forRole.some((rule) => rule.kinds.includes(kind))) {
        throw new ForbiddenError(`Your role may not record ${kind}`);
      }
      const rule = forRole.find((r) => r.stage === access.design.stage && r.kinds.includes(kind));
      if (!rule) {
        throw new PreconditionFailedError(
          `${kind} cannot be recorded while the design is in ${access.design.stage}`,
          {
            stage: access.design.stage,
          },
        );
      }
      const revision = access.design.revision;
      const decisions = tx.manager.getRepository(Decision);
      // The design row is locked, so concurrent calls by the same person queue here: the first
      // records the decision, an identical repeat finds it standing and changes (and logs) nothing.
      const standing = await decisions.findOneBy({ designId, userId: user.id, revision });
      if (standing && standing.kind === kind && standing.note === note) return standing;
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(Decision)
        .values({ designId, userId: user.id, kind, revision, note })
        .orUpdate(['kind', 'note', 'updated_at'], ['design_id', 'user_id', 'revision'])
        .execute();
      const decision = await decisions.findOneByOrFail({ designId, userId: user.id, revision });
      await this.log.append(tx, designId, 'decision.recorded', user.id, {
        id: decision.id,
        kind,
        revision,
        note,
        user: { id: user.id, displayName: user.displayName },
        role: access.role,
      });
      return decision;
    });
  }
}
