import type { TaskKind } from '../gql/graphql';

/** Each kind of task in words, as the person it waits on would say what they have to do. */
export const TASK_WORDS: Record<TaskKind, string> = {
  SUBMIT: 'Submit it for review',
  ENDORSE: 'Endorse it for your organization',
  VOTE: 'Vote on it',
  PUBLISH: 'Publish it',
  REVIEW_SUGGESTION: 'Review a suggested change',
  ANSWER_MENTION: 'Answer a comment that mentions you',
};

const SINCE = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeStyle: 'short' });

/** "since 1 Dec 2026, 11:40" in the reader's time zone. */
export function sinceWords(since: string): string {
  return `since ${SINCE.format(new Date(since))}`;
}
