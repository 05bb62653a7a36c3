import { useId } from 'react';

import { designFieldAnchor } from '../fields/design-field-defs';
import type { WorkspacePartProps } from '../workspace-props';

import { focusField, FRAMEWORK_LABELS, missingByFramework, READINESS_PANEL_ID } from './readiness';

import './ReadinessPanel.css';

/**
 * What the design still lacks by the frameworks a committee answers to (`Design.readiness`, SPEC
 * "Quality"), each item a link to the field that would meet it. Advice: the default pipeline does
 * not wait for it, an institution's may.
 */
export function ReadinessPanel({ design }: Pick<WorkspacePartProps, 'design'>) {
  const headingId = useId();
  const { readiness } = design;
  const groups = missingByFramework(readiness);
  const metCount = readiness.items.filter((item) => item.met).length;
  return (
    <section id={READINESS_PANEL_ID} className="ws-readiness" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>Readiness</h2>
      <p className={readiness.ready ? 'ws-readiness-ready' : 'ws-readiness-missing'} role="status">
        {readiness.ready
          ? 'Every EU Annex I element this design can carry is met.'
          : 'Not ready yet: some EU Annex I elements are missing.'}{' '}
        <span className="muted">
          {metCount} of {readiness.items.length} met.
        </span>
      </p>
      {groups.map(({ framework, items }) => (
        <div key={framework} className="ws-readiness-group">
          <h3>{FRAMEWORK_LABELS[framework]}</h3>
          <ul>
            {items.map((item) => (
              <li key={item.element}>
                {item.field ? (
                  <a
                    href={`#${designFieldAnchor(item.field)}`}
                    onClick={(event) => {
                      if (focusField(item.field ?? '')) event.preventDefault();
                    }}
                  >
                    {item.element}
                  </a>
                ) : (
                  <strong>{item.element}</strong>
                )}
                : <span>{item.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
