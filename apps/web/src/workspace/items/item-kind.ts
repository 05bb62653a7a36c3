import type { CollabDocumentKind } from '@mc/collab-contract';

import type { LiveDocument } from '../collab/collab-session';
import type { WorkspaceDesign } from '../design-query';
import type { FieldMessage, GraphQLishError } from '../fields/mutation-errors';
import type { ConflictRow } from '../fields/RecordEditor';

/** An item of a design as the workspace lists it: a skill or an outcome. */
export interface WorkspaceItem {
  id: string;
  version: number;
  myPermissions: { canEdit: boolean; canRemove: boolean };
}

/**
 * What sets one kind of item apart (skill, outcome), as data: its words, its form's draft and
 * checks, what a draft changes, and how a conflict shows it. `ItemColumn` does the rest.
 */
export interface ItemKind<Item, Draft, Changes extends object, Current extends { version: number }> {
  targetType: 'SKILL' | 'OUTCOME';
  /** The live document of an item (`outcome:<id>`), whose long texts its editor types into live. */
  liveKind: Extract<CollabDocumentKind, 'outcome' | 'skill'>;
  /** The item's long texts as GraphQL returned them, by `Y.Text` key. */
  liveTexts(item: Item): Record<string, string>;
  /** Said in the editor about the live texts ("The statement and assessment method …"). */
  liveNote: string;
  /** "skill": in messages ("Could not save the skill."). */
  noun: string;
  heading: string;
  emptyText: string;
  /** The list is an order (outcomes) or not (skills). */
  ordered: boolean;
  /** The item as buttons name it ("skill Wiring", "outcome O2"). */
  itemName(item: Item, number: number): string;
  editHeading(number: number): string;
  addTitle: string;
  addLabel: string;
  /** "propose": "Could not propose the skill." */
  addVerb: string;
  removeQuestion: string;
  /** The input paths the fields show messages at. */
  inputs: readonly string[];
  empty: Draft;
  draftOf(item: Item): Draft;
  validate(draft: Draft): FieldMessage[];
  changes(base: Draft, draft: Draft): Changes;
  apply(record: Current, changes: Changes): Current;
  rows(record: Current, design: WorkspaceDesign): ConflictRow[];
  /** The add form's draft after an addition. */
  afterAdd(added: Draft): Draft;
  /** The add form's draft as the design now allows it. */
  normalize?(draft: Draft, design: WorkspaceDesign): Draft;
}

/** How a column talks to the API about its items. */
export interface ItemOperations<Item, Draft, Changes> {
  add(draft: Draft): Promise<{ error: GraphQLishError } | { status: string }>;
  update(item: Item, expectedVersion: number, changes: Changes): Promise<{ error?: GraphQLishError }>;
  remove(item: Item): Promise<{ error?: GraphQLishError }>;
}

/** An item's editor's live document: its long texts are typed into it instead of the draft. */
export interface LiveItem {
  document: LiveDocument | null;
  /** I may not change the item (the server may also say so: `readonly` scope). */
  readOnly: boolean;
  meId: string;
  /** The texts as GraphQL returned them, shown until the live copy arrives. */
  stored: Record<string, string>;
}
