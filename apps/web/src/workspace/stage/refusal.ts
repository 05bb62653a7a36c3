/**
 * A refused move or decision, said readably: the gates still closed (from
 * `extensions.missing`, libs/workflow README "transitionDesign"), or why the user may not.
 */
import type { CombinedError } from 'urql';

import { errorCode, errorExtensions } from '../../api/client';
import type { DesignStage } from '../../gql/graphql';
import { STAGE_LABELS } from '../../ui/StageBadge';

export interface Refusal {
  /** The sentence that says what went wrong. */
  message: string;
  /** What is still missing, one item a line (empty when nothing to list). */
  items: string[];
  /** The design changed under the user: reload it. */
  stale: boolean;
}

interface Named {
  id?: string;
  name?: string;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function named(value: unknown): string | null {
  if (value && typeof value === 'object' && typeof (value as Named).name === 'string')
    return (value as Named).name ?? null;
  return null;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** One `{ gate, message, … }` of `extensions.missing` as one or more readable lines. */
export function describeMissing(item: unknown): string[] {
  if (!item || typeof item !== 'object') return [];
  const entry = item as Record<string, unknown>;
  const message = typeof entry['message'] === 'string' ? entry['message'] : null;
  switch (entry['gate']) {
    case 'rationale':
      return [message ? capitalize(message) : 'A rationale is required.'];
    case 'skills': {
      const needed = count(entry['needed']) ?? 1;
      return [needed > 1 ? `Add at least ${needed} skills.` : 'Add at least one skill.'];
    }
    case 'outcomes': {
      const needed = count(entry['needed']) ?? 1;
      return [
        needed > 1 ? `Add at least ${needed} learning outcomes.` : 'Add at least one learning outcome.',
      ];
    }
    case 'uncoveredEssentialSkills': {
      const names = list(entry['skills'])
        .map(named)
        .filter((n): n is string => !!n);
      return names.length
        ? names.map((name) => `Essential skill “${name}” is not covered by any outcome`)
        : ['Every essential skill must be covered by an outcome'];
    }
    case 'partnerEndorsements': {
      const names = list(entry['organizations'])
        .map(named)
        .filter((n): n is string => !!n);
      return names.length
        ? names.map((name) => `${name} has not endorsed this revision`)
        : ['No partner organization takes part yet: invite an employer or community partner'];
    }
    case 'committeeApprovals': {
      const needed = count(entry['needed']);
      const approvals = count(entry['approvals']) ?? 0;
      const size = count(entry['committeeSize']);
      if (needed === null) return [message ? capitalize(message) : 'More committee approvals are needed'];
      if (size === 0) return ['No committee member takes part yet: invite the program committee'];
      const more = Math.max(1, needed - approvals);
      return [
        `${more} more ${more === 1 ? 'approval' : 'approvals'} needed (${approvals} of ${needed} needed` +
          (size !== null ? `, from ${size} committee ${size === 1 ? 'member' : 'members'})` : ')'),
      ];
    }
    default:
      return message ? [capitalize(message)] : [];
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function stageName(value: unknown): string | null {
  return typeof value === 'string' && value in STAGE_LABELS ? STAGE_LABELS[value as DesignStage] : null;
}

/** What to tell the user about a refused `transitionDesign`. */
export function transitionRefusal(error: CombinedError, target: DesignStage): Refusal {
  const extensions = errorExtensions(error);
  const to = STAGE_LABELS[target];
  switch (errorCode(error)) {
    case 'PRECONDITION_FAILED': {
      const items = list(extensions['missing']).flatMap(describeMissing);
      if (items.length) return { message: `The design cannot move to ${to} yet:`, items, stale: false };
      // No such move from the stage the design is in now: the screen is behind.
      return {
        message: `The design cannot move to ${to} from the stage it is in now.`,
        items: [],
        stale: true,
      };
    }
    case 'FORBIDDEN':
      return { message: `Your role in this design may not move it to ${to}.`, items: [], stale: false };
    case 'CONFLICT': {
      const current = extensions['current'] as { stage?: unknown } | undefined;
      const now = stageName(current?.stage);
      return {
        message: now
          ? `Someone else moved the design meanwhile: it is now in ${now}.`
          : 'Someone else moved the design meanwhile.',
        items: [],
        stale: true,
      };
    }
    case 'NOT_FOUND':
      return { message: 'This design is no longer shared with you.', items: [], stale: true };
    case 'BAD_USER_INPUT':
      return { message: 'The rationale is too long (at most 2,000 characters).', items: [], stale: false };
    default:
      return {
        message: error.networkError
          ? 'The server could not be reached; try again.'
          : 'Could not move the design.',
        items: [],
        stale: false,
      };
  }
}

/** What to tell the user about a refused `recordDecision`. */
export function decisionRefusal(error: CombinedError): Refusal {
  switch (errorCode(error)) {
    case 'FORBIDDEN':
      return { message: 'Your role in this design may not record this decision.', items: [], stale: false };
    case 'PRECONDITION_FAILED':
      return {
        message: 'The design is no longer in a stage where you can decide.',
        items: [],
        stale: true,
      };
    case 'BAD_USER_INPUT':
      return { message: 'The note is too long (at most 2,000 characters).', items: [], stale: false };
    case 'NOT_FOUND':
      return { message: 'This design is no longer shared with you.', items: [], stale: true };
    default:
      return {
        message: error.networkError
          ? 'The server could not be reached; try again.'
          : 'Could not record the decision.',
        items: [],
        stale: false,
      };
  }
}
