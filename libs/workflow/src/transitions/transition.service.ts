import { Injectable } from '@nestjs/common';

import { TransactionRunner } from '@mc/database';
import {
  DesignAccess,
  DesignAccessPolicy,
  DesignContentReader,
  DesignEventLog,
  DesignStage,
} from '@mc/designs';
import { ConflictError, ForbiddenError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';

import { evaluateGates, MissingItem } from '../pipelines/gates';
import { allowedTargets, findTransition } from '../pipelines/pipeline.definition';
import { PipelineRegistry } from '../pipelines/pipeline.registry';
import { Snapshot } from '../snapshots/snapshot.entity';

import { BeforeLeavingDrafting } from './before-leaving-drafting';
import { WorkflowFacts } from './workflow-facts';

export const RATIONALE_MAX = 2_000;

/** Moves a design between stages as its institution's pipeline allows (README "transitionDesign"). */
@Injectable()
export class TransitionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly pipelines: PipelineRegistry,
    private readonly facts: WorkflowFacts,
    private readonly content: DesignContentReader,
    private readonly log: DesignEventLog,
    private readonly leavingDrafting: BeforeLeavingDrafting,
  ) {}

  async transition(
    user: AuthenticatedUser,
    designId: string,
    to: DesignStage,
    rawRationale?: string | null,
  ): Promise<DesignAccess> {
    const rationale = rawRationale?.trim() || null;
    let leftDrafting = false;
    try {
      return await this.move(user, designId, to, rationale, () => (leftDrafting = true));
    } finally {
      if (leftDrafting) await this.leavingDrafting.settled(designId);
    }
  }

  private move(
    user: AuthenticatedUser,
    designId: string,
    to: DesignStage,
    rationale: string | null,
    leaving: () => void,
  ): Promise<DesignAccess> {
    return this.transactions.run(async (tx) => {
      // The stage as the caller's request found it, before waiting for the design's lock: if
      // someone else's move commits while this one waits, this one is told, not re-judged.
      const seen = await this.content.currentStage(tx.manager, designId);
      const access = await this.access.visible(user, designId, { manager: tx.manager, lock: true });
      const from = access.design.stage;
      const current = { id: designId, stage: from };
      if (seen && seen !== from) {
        throw new ConflictError(`Someone else moved the design to ${from} meanwhile`, current);
      }
      if (from === to) throw new ConflictError(`The design is already in ${to}`, current);
      const pipeline = await this.pipelines.forInstitution(tx.manager, access.design.institutionId);
      const rule = findTransition(pipeline, from, to);
      if (!rule) {
        throw new PreconditionFailedError(`A design in ${from} cannot move to ${to}`, {
          stage: from,
          allowed: allowedTargets(pipeline, from),
        });
      }
      if (!access.role || !rule.roles.includes(access.role)) {
        throw new ForbiddenError(`Only ${rule.roles.join(' or ')} may move a design from ${from} to ${to}`);
      }
      const missing: MissingItem[] = [];
      if (rule.rationaleRequired && !rationale)
        missing.push({ gate: 'rationale', message: 'a rationale is required' });
      if (rationale && rationale.length > RATIONALE_MAX) {
        missing.push({
          gate: 'rationale',
          message: `the rationale must be at most ${RATIONALE_MAX} characters`,
        });
      }
      if (from === DesignStage.DRAFTING && to !== DesignStage.DRAFTING) {
        // Text typed live so far is stored first (in this transaction's order), so the gates and
        // the snapshot see every character typed before the move.
        leaving();
        await this.leavingDrafting.run(tx, designId);
      }
      const { facts, content } = await this.facts.read(tx.manager, designId);
      missing.push(...evaluateGates(rule.gates, facts));
      if (missing.length) {
        throw new PreconditionFailedError(
          `Cannot move to ${to}: ${missing.map((m) => m.message).join('; ')}`,
          { stage: from, missing },
        );
      }

      await this.content.setStage(tx.manager, designId, to);
      let snapshotId: string | null = null;
      if (pipeline.snapshotOn.includes(to)) {
        const snapshot = await tx.manager.getRepository(Snapshot).save({
          designId,
          revision: content.revision,
          stage: to,
          takenById: user.id,
          content: { ...content, stage: to },
        });
        snapshotId = snapshot.id;
      }
      await this.log.append(tx, designId, 'stage.changed', user.id, {
        from,
        to,
        rationale,
        snapshotId,
        revision: content.revision,
      });
      const after = await this.access.visible(user, designId, { manager: tx.manager });
      return after;
    });
  }
}
