import type { WorkspaceDesign } from '../design-query';

import { DECISION_PHRASES } from './pipeline';

/** The standing decisions on the current revision (design.decisions), newest last. */
export function DecisionList({ design }: { design: WorkspaceDesign }) {
  const decisions = design.decisions
    .filter((d) => d.revision === design.revision)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const inReview = design.stage === 'PARTNER_REVIEW' || design.stage === 'COMMITTEE_REVIEW';
  if (!decisions.length && !inReview) return null;
  return (
    <div className="co-decisions">
      <h3>Decisions on revision {design.revision}</h3>
      {decisions.length ? (
        <ul className="plain">
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>{d.user.displayName}</strong> {DECISION_PHRASES[d.kind]}
              {d.note ? (
                <>
                  : <q className="co-decision-note">{d.note}</q>
                </>
              ) : null}{' '}
              <time dateTime={d.createdAt} className="muted">
                {new Date(d.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No decisions on this revision yet.</p>
      )}
    </div>
  );
}

export interface CommitteeTally {
  approvals: number;
  /** What the pipeline's quorum asks of this committee (a majority where it names none). */
  needed: number;
  size: number;
  reached: boolean;
}

/** The committee's approvals of the current revision against what the pipeline's quorum asks for. */
export function committeeTally(design: WorkspaceDesign): CommitteeTally | null {
  const committee = new Set(
    design.participants.filter((p) => p.role === 'COMMITTEE_MEMBER').map((p) => p.user.id),
  );
  if (!committee.size) return null;
  const approvals = design.decisions.filter(
    (d) => d.revision === design.revision && d.kind === 'APPROVE' && committee.has(d.user.id),
  ).length;
  // The API says what the pipeline's quorum needs; a majority where it names none.
  const needed = design.committeeVotesNeeded ?? Math.floor(committee.size / 2) + 1;
  return { approvals, needed, size: committee.size, reached: approvals >= needed };
}

/**
 * How far the review has come, from what the design holds: which partner organizations have
 * endorsed this revision, or how many committee approvals there are of those needed. The same
 * rules as the gates (libs/workflow/src/pipelines/gates.ts); the API stays the judge.
 */
export function ReviewProgress({ design }: { design: WorkspaceDesign }) {
  const current = design.decisions.filter((d) => d.revision === design.revision);
  if (design.stage === 'PARTNER_REVIEW') {
    const endorsers = new Set(current.filter((d) => d.kind === 'ENDORSE').map((d) => d.user.id));
    const organizations = new Map<string, { name: string; endorsed: boolean }>();
    for (const { role, user } of design.participants) {
      if (role !== 'EMPLOYER_PARTNER') continue;
      const entry = organizations.get(user.organization.id) ?? {
        name: user.organization.name,
        endorsed: false,
      };
      entry.endorsed ||= endorsers.has(user.id);
      organizations.set(user.organization.id, entry);
    }
    if (!organizations.size) return <p className="muted">No partner organization takes part yet.</p>;
    return (
      <p className="muted co-progress">
        Endorsements:{' '}
        {[...organizations.values()]
          .map((o) => `${o.name} ${o.endorsed ? '(endorsed)' : '(waiting)'}`)
          .join(', ')}
      </p>
    );
  }
  if (design.stage === 'COMMITTEE_REVIEW') {
    const tally = committeeTally(design);
    if (!tally) return <p className="muted">No committee member takes part yet.</p>;
    const more = tally.needed - tally.approvals;
    return (
      <p className="co-progress" data-testid="committee-tally">
        Approvals: {tally.approvals} of {tally.needed} needed ({tally.size} committee{' '}
        {tally.size === 1 ? 'member' : 'members'}).{' '}
        <strong>
          {tally.reached
            ? 'The approvals needed are in: a committee member approves the design to move it on.'
            : `${more} more ${more === 1 ? 'approval' : 'approvals'} needed.`}
        </strong>
      </p>
    );
  }
  return null;
}
