import type { WorkspaceSkill } from '../design-query';
import type { ItemKind } from '../items/item-kind';

import {
  applySkillChanges,
  draftOf,
  EMPTY_SKILL_DRAFT,
  SkillDraft,
  SkillRecord,
  skillChanges,
  skillRows,
  validateSkillDraft,
} from './skill-model';

/** Skills as the workspace's item column shows and edits them. */
export const SKILL_KIND: ItemKind<
  WorkspaceSkill,
  SkillDraft,
  ReturnType<typeof skillChanges>,
  SkillRecord & { version: number }
> = {
  targetType: 'SKILL',
  liveKind: 'skill',
  liveTexts: (skill) => ({ description: skill.description ?? '' }),
  liveNote:
    'The description is shared as you type and saved within seconds; Save keeps the name, priority and framework reference.',
  noun: 'skill',
  heading: 'Skills',
  emptyText: 'No skills proposed yet.',
  ordered: false,
  itemName: (skill) => `skill ${skill.name}`,
  editHeading: () => 'Edit skill',
  addTitle: 'Propose a skill',
  addLabel: 'Propose skill',
  addVerb: 'propose',
  removeQuestion: 'Remove this skill? Outcomes that cover it will stop covering it.',
  inputs: ['name', 'priority', 'description', 'frameworkRef'],
  empty: EMPTY_SKILL_DRAFT,
  draftOf,
  validate: validateSkillDraft,
  changes: skillChanges,
  apply: (record, changes) => ({ ...applySkillChanges(record, changes), version: record.version }),
  rows: (record) => skillRows(record),
  // The priority chosen stays for the next proposal.
  // Back to the defaults: a kept priority was easily carried unnoticed into the next skill.
  afterAdd: () => EMPTY_SKILL_DRAFT,
};
