import type { CombinedError } from 'urql';

import { errorCode } from '../../api/client';
import { graphql } from '../../gql';

export const AddComment = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export const ResolveComment = graphql(`
  mutation ResolveComment($id: ID!, $resolved: Boolean!) {
    resolveComment(id: $id, resolved: $resolved) {
      id
      resolved
    }
  }
`);

/** What to tell the user when a comment could not be posted, resolved or reopened. */
export function commentErrorMessage(error: CombinedError, doing: 'post' | 'resolve'): string {
  switch (errorCode(error)) {
    case 'FORBIDDEN':
      return doing === 'post'
        ? 'Only participants of the design can comment.'
        : 'Only its author, the lead or faculty can resolve or reopen this comment.';
    case 'PRECONDITION_FAILED':
      return 'This design is archived: comments are closed.';
    case 'BAD_USER_INPUT':
      return 'The comment is empty or too long (at most 10,000 characters).';
    case 'NOT_FOUND':
      return 'What this comment is about no longer exists.';
    case 'RATE_LIMITED':
      return 'Too many comments at once; try again in a moment.';
    default:
      return error.networkError
        ? 'The server could not be reached; try again.'
        : doing === 'post'
          ? 'Could not post the comment.'
          : 'Could not change the comment.';
  }
}
