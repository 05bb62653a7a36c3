import type { WorkspaceOutcome } from '../design-query';
import type { ItemKind } from '../items/item-kind';

import {
  applyOutcomeChanges,
  EMPTY_OUTCOME_DRAFT,
  OutcomeDraft,
  outcomeChanges,
  outcomeDraftOf,
  OutcomeRecord,
  outcomeRows,
  validateOutcomeDraft,
} from './outcome-model';

/** Learning outcomes as the workspace's item column shows and edits them. */
export const OUTCOME_KIND: ItemKind<
  WorkspaceOutcome,
  OutcomeDraft,
  ReturnType<typeof outcomeChanges>,
  OutcomeRecord & { version: number }
> = {
  targetType: 'OUTCOME',
  liveKind: 'outcome',
  liveTexts: (outcome) => ({
    statement: outcome.statement,
    assessmentMethod: outcome.assessmentMethod ?? '',
  }),
  liveNote:
    'The statement and assessment method are shared as you type and saved within seconds; Save keeps the Bloom level and skills.',
  noun: 'outcome',
  heading: 'Learning outcomes',
  emptyText: 'No learning outcomes yet.',
  ordered: true,
  itemName: (_outcome, number) => `outcome O${number}`,
  editHeading: (number) => `Edit outcome O${number}`,
  addTitle: 'Add a learning outcome',
  addLabel: 'Add outcome',
  addVerb: 'add',
  removeQuestion: 'Remove this outcome? The skills it covers may become gaps.',
  inputs: ['statement', 'bloomLevel', 'assessmentMethod', 'skillIds'],
  empty: EMPTY_OUTCOME_DRAFT,
  draftOf: outcomeDraftOf,
  validate: validateOutcomeDraft,
  changes: outcomeChanges,
  apply: (record, changes) => ({ ...applyOutcomeChanges(record, changes), version: record.version }),
  rows: (record, design) => outcomeRows(record, design.skills),
  // The Bloom level chosen stays for the next outcome.
  // Back to the defaults: a kept Bloom level was easily carried unnoticed into the next outcome.
  afterAdd: () => EMPTY_OUTCOME_DRAFT,
  // A skill removed by someone else leaves the choice.
  normalize(draft, design) {
    const known = draft.skillIds.filter((id) => design.skills.some((s) => s.id === id));
    return known.length === draft.skillIds.length ? draft : { ...draft, skillIds: known };
  },
};
