import { checkOutcome, verbsForLevel } from '@mc/outcome-checks';

import type { BloomLevel, OutcomeIssueCode } from '../../gql/graphql';

import { BLOOM_LABELS } from './outcome-model';

import './OutcomeIssues.css';

const ISSUE_LABELS: Record<OutcomeIssueCode, string> = {
  NO_ACTION_VERB: 'No action verb',
  VAGUE_VERB: 'Vague verb',
  LEVEL_MISMATCH: 'Verb does not fit the level',
};

interface Issue {
  code: OutcomeIssueCode;
  message: string;
}

/** An outcome's issues as the API answers them (`Outcome.issues`), on its card; nothing when none. */
export function OutcomeIssueList({ issues, id }: { issues: readonly Issue[]; id?: string }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="plain ws-outcome-issues" aria-label="Outcome issues">
      {issues.map((issue) => (
        <li key={issue.code} data-code={issue.code}>
          <strong>{ISSUE_LABELS[issue.code]}:</strong> {issue.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Beside the statement as it is typed: the same checks the API runs (`@mc/outcome-checks`), so
 * the issues shown now are the ones the saved outcome will have, and the verbs that fit the
 * declared level as a hint.
 */
export function OutcomeStatementCheck({
  statement,
  bloomLevel,
  id,
}: {
  statement: string;
  bloomLevel: BloomLevel;
  id: string;
}) {
  // An empty statement is the required field's message, not an outcome issue.
  const issues = statement.trim() ? checkOutcome(statement, bloomLevel) : [];
  return (
    <div id={id} className="ws-statement-check" aria-live="polite">
      <OutcomeIssueList issues={issues} />
      <p className="ws-verb-hint">
        Verbs that fit {BLOOM_LABELS[bloomLevel]}: {verbsForLevel(bloomLevel).join(', ')}
      </p>
    </div>
  );
}
