import { graphql } from '../../gql';

export const SuggestChange = graphql(`
  mutation SuggestChange($input: SuggestChangeInput!) {
    suggestChange(input: $input) {
      id
      status
    }
  }
`);

export const AcceptSuggestion = graphql(`
  mutation AcceptSuggestion($id: ID!) {
    acceptSuggestion(id: $id) {
      id
      status
    }
  }
`);

export const RejectSuggestion = graphql(`
  mutation RejectSuggestion($id: ID!, $note: String) {
    rejectSuggestion(id: $id, note: $note) {
      id
      status
      decisionNote
    }
  }
`);
