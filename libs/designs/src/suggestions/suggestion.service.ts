import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { TransactionRunner, Tx } from '@mc/database';
import { BadUserInputError, ConflictError, PreconditionFailedError } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';

import { DesignAccess, DesignAccessPolicy } from '../access/design-access.policy';
import { DesignService } from '../designs/design.service';
import { CommentTarget, DESIGN_LIMITS as L } from '../designs.enums';
import { UpdateDesignInput, UpdateOutcomeInput, UpdateSkillInput } from '../dto/design.inputs';
import { SuggestChangeInput } from '../dto/suggestion.inputs';
import { DesignEventLog } from '../events/design-event-log';
import { Outcome } from '../outcomes/outcome.entity';
import { OutcomeService } from '../outcomes/outcome.service';
import { Skill } from '../skills/skill.entity';
import { SkillService } from '../skills/skill.service';

import { suggestibleField } from './suggestion-fields';
import { Suggestion, SuggestionStatus } from './suggestion.entity';
import { suggestionRecord } from './suggestion.records';

/** The record a suggestion is about, as it stands: its field's text, version, and (skills) owner. */
export interface SuggestionTarget {
  type: CommentTarget;
  id: string;
  text: string | null;
  version: number;
  skill: Skill | null;
}

/** A suggestion with the text its field holds now (what it is compared with). */
export interface SuggestionView {
  suggestion: Suggestion;
  currentText: string | null;
}

/**
 * Suggestions (SPEC "Suggestions"): any participant but an observer suggests wording for a text
 * field in any stage but ARCHIVED; who may edit the field accepts it (DRAFTING only) or rejects it.
 * Accepting writes the field through the very path of `updateDesign` / `updateSkill` /
 * `updateOutcome`, as an edit by the accepter that credits the author, so everything that follows
 * those updates (the log, real time, live documents) follows an accepted suggestion too.
 */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: DesignAccessPolicy,
    private readonly log: DesignEventLog,
    private readonly designs: DesignService,
    private readonly skills: SkillService,
    private readonly outcomes: OutcomeService,
  ) {}

  async suggest(user: AuthenticatedUser, input: SuggestChangeInput): Promise<SuggestionView> {
    return this.transactions.run(async (tx) => {
      const access = await this.access.visible(user, input.designId, { manager: tx.manager, lock: true });
      this.access.assertMay(access, 'suggest');
      const rule = suggestibleField(input.targetType, input.field);
      if (!rule)
        throw BadUserInputError.of(
          'input.field',
          `is not a text field of a ${input.targetType.toLowerCase()}`,
        );
      const target = await this.target(tx.manager, access, input.targetType, input.targetId, input.field);
      if (!target)
        throw BadUserInputError.of(
          'input.targetId',
          input.targetType === CommentTarget.DESIGN
            ? 'must be the design'
            : `must be a ${input.targetType.toLowerCase()} of this design`,
        );
      if (input.proposedText.length > rule.max)
        throw BadUserInputError.of('input.proposedText', `must be 1 to ${rule.max} characters`);
      if (input.proposedText === target.text)
        throw BadUserInputError.of('input.proposedText', "is the field's text already");

      const repository = tx.manager.getRepository(Suggestion);
      const suggestion = await repository.save(
        repository.create({
          designId: input.designId,
          targetType: input.targetType,
          targetId: target.id,
          field: input.field,
          baseText: target.text,
          proposedText: input.proposedText,
          note: input.note ?? null,
          authorId: user.id,
          status: SuggestionStatus.OPEN,
          decidedById: null,
          decidedAt: null,
          decisionNote: null,
        }),
      );
      await this.log.append(tx, input.designId, 'suggestion.added', user.id, suggestionRecord(suggestion));
      return { suggestion, currentText: target.text };
    });
  }

  /**
   * The suggested text becomes the field's value, as an edit by `user` crediting the author.
   * `CONFLICT` (with the field's text now in `current`) when the field changed since it was made.
   */
  async accept(user: AuthenticatedUser, suggestionId: string): Promise<SuggestionView> {
    return this.transactions.run(async (tx) => {
      const { suggestion, access, target } = await this.decidable(tx, user, suggestionId, 'accept');
      if (!target)
        throw new PreconditionFailedError(`This ${suggestion.targetType.toLowerCase()} was removed`);
      if (target.text !== suggestion.baseText)
        throw new ConflictError('The field changed since this suggestion was made', target.text);

      const credit = { suggestion: { id: suggestion.id, author: { id: suggestion.authorId } } };
      const expectedVersion = target.version;
      const change = { expectedVersion, [suggestion.field]: suggestion.proposedText };
      if (target.type === CommentTarget.DESIGN)
        await this.designs.applyUpdate(tx, user, target.id, change as UpdateDesignInput, credit);
      else if (target.type === CommentTarget.SKILL)
        await this.skills.applyUpdate(tx, user, target.id, change as UpdateSkillInput, credit);
      else await this.outcomes.applyUpdate(tx, user, target.id, change as UpdateOutcomeInput, credit);

      const decided = await this.decide(tx, access, suggestion, SuggestionStatus.ACCEPTED, null);
      return { suggestion: decided, currentText: suggestion.proposedText };
    });
  }

  async reject(user: AuthenticatedUser, suggestionId: string, note: string | null): Promise<SuggestionView> {
    const decisionNote = note?.trim() || null;
    if (decisionNote && decisionNote.length > L.comment)
      throw BadUserInputError.of('note', `must be at most ${L.comment} characters`);
    return this.transactions.run(async (tx) => {
      const { suggestion, access, target } = await this.decidable(tx, user, suggestionId, 'reject');
      const decided = await this.decide(tx, access, suggestion, SuggestionStatus.REJECTED, decisionNote);
      return { suggestion: decided, currentText: target?.text ?? null };
    });
  }

  /**
   * The text a target's field holds now, read in `manager` (for DESIGN from the access's design
   * row); null when the target is not (or no longer) a record of this design.
   */
  async target(
    manager: EntityManager,
    access: DesignAccess,
    type: CommentTarget,
    id: string,
    field: string,
  ): Promise<SuggestionTarget | null> {
    const text = (record: object) => ((record as Record<string, unknown>)[field] as string | null) ?? null;
    const { design } = access;
    if (type === CommentTarget.DESIGN) {
      if (id.toLowerCase() !== design.id) return null;
      return { type, id: design.id, text: text(design), version: design.version, skill: null };
    }
    if (type === CommentTarget.SKILL) {
      const skill = await manager.getRepository(Skill).findOneBy({ id, designId: design.id });
      return skill ? { type, id: skill.id, text: text(skill), version: skill.version, skill } : null;
    }
    const outcome = await manager.getRepository(Outcome).findOneBy({ id, designId: design.id });
    return outcome
      ? { type, id: outcome.id, text: text(outcome), version: outcome.version, skill: null }
      : null;
  }

  /** A suggestion someone may decide now: visible (design locked), their role, the stage, still open. */
  private async decidable(
    tx: Tx,
    user: AuthenticatedUser,
    suggestionId: string,
    decision: 'accept' | 'reject',
  ) {
    const { record: suggestion, access } = await this.access.lockedRecord(
      tx.manager,
      user,
      Suggestion,
      suggestionId,
      'Suggestion',
    );
    const target = await this.target(
      tx.manager,
      access,
      suggestion.targetType,
      suggestion.targetId,
      suggestion.field,
    );
    const refused = this.access.suggestionRefusal(
      access,
      { type: suggestion.targetType, skill: target?.skill },
      decision,
    );
    if (refused) throw refused;
    if (suggestion.status !== SuggestionStatus.OPEN)
      throw new PreconditionFailedError(`This suggestion was already ${suggestion.status.toLowerCase()}`, {
        status: suggestion.status,
      });
    return { suggestion, access, target };
  }

  private async decide(
    tx: Tx,
    access: DesignAccess,
    suggestion: Suggestion,
    status: SuggestionStatus.ACCEPTED | SuggestionStatus.REJECTED,
    decisionNote: string | null,
  ): Promise<Suggestion> {
    const repository = tx.manager.getRepository(Suggestion);
    await repository.update(
      { id: suggestion.id },
      { status, decidedById: access.user.id, decidedAt: new Date(), decisionNote },
    );
    const decided = await repository.findOneByOrFail({ id: suggestion.id });
    await this.log.append(
      tx,
      suggestion.designId,
      status === SuggestionStatus.ACCEPTED ? 'suggestion.accepted' : 'suggestion.rejected',
      access.user.id,
      suggestionRecord(decided),
    );
    return decided;
  }
}
