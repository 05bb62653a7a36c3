import { useId } from 'react';

import { PRIORITY_LABELS } from '../skills/skill-model';
import type { WorkspacePartProps } from '../workspace-props';

import { computeAlignment } from './alignment';

import './AlignmentMatrix.css';

/**
 * Skills (rows) × learning outcomes (columns): a ✓ where the outcome covers the skill. A skill no
 * outcome covers is a gap, marked in its row; an uncovered essential skill, which blocks
 * submission, stands out most.
 */
export function AlignmentMatrix({ design }: Pick<WorkspacePartProps, 'design'>) {
  const uid = useId();
  const { columns, rows, gapCount, essentialGapCount } = computeAlignment(design);

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-alignment">
      <h2 id={`${uid}-heading`}>Alignment</h2>
      {rows.length === 0 ? (
        <p className="muted">No skills proposed yet: the matrix fills in as skills and outcomes are added.</p>
      ) : gapCount === 0 ? (
        <p className="ws-all-covered">
          <span aria-hidden="true">✓ </span>Every skill is covered
        </p>
      ) : (
        <p className={essentialGapCount ? 'ws-gap-summary ws-gap-summary-essential' : 'ws-gap-summary'}>
          {gapCount} of {rows.length} {rows.length === 1 ? 'skill is' : 'skills are'} not covered by any
          outcome
          {essentialGapCount > 0 &&
            ` (${essentialGapCount} essential: ${essentialGapCount === 1 ? 'it blocks' : 'they block'} submission to partner review)`}
          .
        </p>
      )}
      {rows.length > 0 && (
        // Scrolls sideways when there are many outcomes; focusable so the keyboard can scroll it too.
        <div className="ws-matrix-scroll" tabIndex={0} role="group" aria-labelledby={`${uid}-caption`}>
          <table className="ws-matrix">
            <caption id={`${uid}-caption`}>Alignment matrix</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                {columns.map((column) => (
                  <th
                    key={column.outcomeId}
                    scope="col"
                    className="ws-matrix-outcome"
                    title={column.statement}
                    aria-label={`${column.label}: ${column.statement}`}
                  >
                    {column.label}
                  </th>
                ))}
                <th scope="col">Coverage</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.skillId}
                  className={row.essentialGap ? 'ws-gap ws-gap-essential' : row.gap ? 'ws-gap' : undefined}
                >
                  <th scope="row">
                    <span className="ws-matrix-skill">{row.name}</span>{' '}
                    <span className={`ws-badge ws-badge-${row.priority.toLowerCase()}`}>
                      {PRIORITY_LABELS[row.priority]}
                    </span>
                  </th>
                  {row.cells.map((covers, i) => (
                    <td key={columns[i].outcomeId} className={covers ? 'ws-covered' : undefined}>
                      {covers && (
                        <>
                          <span aria-hidden="true">✓</span>
                          <span className="ws-visually-hidden">covers</span>
                        </>
                      )}
                    </td>
                  ))}
                  <td className="ws-matrix-status">
                    {row.essentialGap ? (
                      <strong className="ws-gap-label">
                        <span aria-hidden="true">⚠ </span>
                        <span>Uncovered essential skill</span>
                      </strong>
                    ) : row.gap ? (
                      <span className="ws-gap-label">Gap: not covered</span>
                    ) : (
                      <span className="muted">Covered</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
