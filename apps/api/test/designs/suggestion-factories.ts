/** Suggestions (SPEC "Suggestions"): operations and helpers for their tests. */
import { graphql } from '../gql';
import type { SuggestChangeInput, SuggestionFieldsFragment, SuggestionStatus } from '../gql/graphql';

import { Person } from './design-factories';

graphql(`
  fragment SuggestionFields on Suggestion {
    id
    targetType
    targetId
    field
    baseText
    proposedText
    note
    status
    decisionNote
    decidedAt
    currentText
    outdated
    author {
      id
    }
    decidedBy {
      id
    }
    myPermissions {
      canAccept
      canReject
    }
    createdAt
  }
`);

export const SUGGEST_CHANGE = graphql(`
  mutation SuggestChange($input: SuggestChangeInput!) {
    suggestChange(input: $input) {
      ...SuggestionFields
    }
  }
`);

export const ACCEPT_SUGGESTION = graphql(`
  mutation AcceptSuggestion($id: ID!) {
    acceptSuggestion(id: $id) {
      ...SuggestionFields
    }
  }
`);

export const REJECT_SUGGESTION = graphql(`
  mutation RejectSuggestion($id: ID!, $note: String) {
    rejectSuggestion(id: $id, note: $note) {
      ...SuggestionFields
    }
  }
`);

export const DESIGN_SUGGESTIONS = graphql(`
  query DesignSuggestions($id: ID!, $status: SuggestionStatus) {
    design(id: $id) {
      id
      myPermissions {
        canSuggest
      }
      suggestions(status: $status) {
        ...SuggestionFields
      }
    }
  }
`);

export type SuggestionRecord = SuggestionFieldsFragment;

/** A suggestion that must be recorded (for the design's summary unless told otherwise). */
export async function suggest(
  person: Person,
  input: Pick<SuggestChangeInput, 'designId'> & Partial<SuggestChangeInput>,
): Promise<SuggestionRecord> {
  const { suggestChange } = await person.client.ok(SUGGEST_CHANGE, {
    input: {
      targetType: 'DESIGN',
      targetId: input.designId,
      field: 'summary',
      proposedText: 'A sharper summary',
      ...input,
    },
  });
  return suggestChange;
}

export async function readSuggestions(
  person: Person,
  designId: string,
  status?: SuggestionStatus,
): Promise<SuggestionRecord[]> {
  const variables = status === undefined ? { id: designId } : { id: designId, status };
  return (await person.client.ok(DESIGN_SUGGESTIONS, variables)).design.suggestions;
}
