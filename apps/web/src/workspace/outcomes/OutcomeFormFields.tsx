import { useId, useState } from 'react';

import { COLLAB_FIELD_LIMITS } from '@mc/collab-contract';

import { LiveTextField } from '../collab/LiveTextField';
import type { WorkspaceSkill } from '../design-query';
import { describeField } from '../fields/field-error';
import type { FieldMessage } from '../fields/mutation-errors';
import { SelectControl } from '../fields/SelectControl';
import type { LiveItem } from '../items/item-kind';
import { PRIORITY_LABELS } from '../skills/skill-model';

import { BLOOM_LABELS, BLOOM_LEVELS, OutcomeDraft } from './outcome-model';
import { OutcomeStatementCheck } from './OutcomeIssues';

/**
 * The inputs of a learning outcome (add and edit): statement (with its issues as typed and the
 * verbs that fit the level), Bloom level, assessment method and the skills it covers (one checkbox
 * per skill of the design, labelled with the skill's name). Editing an outcome (`live`), the
 * statement and assessment method are typed into its live document.
 */
export function OutcomeFormFields({
  draft,
  onChange,
  errors,
  skills,
  statementLabel,
  autoFocus = false,
  live = null,
}: {
  draft: OutcomeDraft;
  onChange(draft: OutcomeDraft): void;
  errors: readonly FieldMessage[];
  skills: readonly WorkspaceSkill[];
  /** "Outcome statement" in the add form, "Statement" when editing an outcome. */
  statementLabel: string;
  autoFocus?: boolean;
  live?: LiveItem | null;
}) {
  const uid = useId();
  // The statement as typed live (mine and the others'), for the checks under it.
  const [liveStatement, setLiveStatement] = useState(live?.stored['statement'] ?? '');
  const described = (key: string) => describeField(errors, key, uid);
  const statement = described('statement');
  const bloom = described('bloomLevel');
  const method = described('assessmentMethod');
  const covers = described('skillIds');

  function toggle(skillId: string, checked: boolean) {
    const others = draft.skillIds.filter((id) => id !== skillId);
    onChange({ ...draft, skillIds: checked ? [...others, skillId] : others });
  }

  const statementField = live ? (
    <LiveTextField
      document={live.document}
      field="statement"
      label={statementLabel}
      limit={COLLAB_FIELD_LIMITS.outcome.statement}
      stored={live.stored['statement'] ?? ''}
      meId={live.meId}
      readOnly={live.readOnly}
      autoFocus={autoFocus}
      describedBy={`${uid}-check`}
      onTextChange={setLiveStatement}
    >
      <OutcomeStatementCheck statement={liveStatement} bloomLevel={draft.bloomLevel} id={`${uid}-check`} />
    </LiveTextField>
  ) : null;
  const methodField = live ? (
    <LiveTextField
      document={live.document}
      field="assessmentMethod"
      label="Assessment method"
      limit={COLLAB_FIELD_LIMITS.outcome.assessmentMethod}
      stored={live.stored['assessmentMethod'] ?? ''}
      meId={live.meId}
      readOnly={live.readOnly}
    />
  ) : null;

  return (
    <>
      {statementField ?? (
        <div className="ws-control">
          <label>
            {statementLabel}
            <textarea
              required
              rows={2}
              maxLength={1000}
              value={draft.statement}
              onChange={(e) => onChange({ ...draft, statement: e.target.value })}
              autoFocus={autoFocus}
              {...statement.props}
              aria-describedby={[statement.props['aria-describedby'], `${uid}-check`]
                .filter(Boolean)
                .join(' ')}
            />
          </label>
          {statement.message}
          <OutcomeStatementCheck
            statement={draft.statement}
            bloomLevel={draft.bloomLevel}
            id={`${uid}-check`}
          />
        </div>
      )}
      <div className="ws-grid-2">
        <SelectControl
          label="Bloom level"
          value={draft.bloomLevel}
          values={BLOOM_LEVELS}
          labels={BLOOM_LABELS}
          onChange={(bloomLevel) => onChange({ ...draft, bloomLevel })}
          field={bloom}
        />
        {methodField ?? (
          <div className="ws-control">
            <label>
              Assessment method
              <input
                maxLength={2000}
                value={draft.assessmentMethod}
                onChange={(e) => onChange({ ...draft, assessmentMethod: e.target.value })}
                {...method.props}
              />
            </label>
            {method.message}
          </div>
        )}
      </div>
      <fieldset className="ws-fieldset" {...covers.props}>
        <legend>Covers skills</legend>
        {skills.length === 0 ? (
          <p className="muted">No skills to cover yet.</p>
        ) : (
          <ul className="plain ws-checks">
            {skills.map((skill) => (
              <li key={skill.id}>
                <label className="ws-check">
                  <input
                    type="checkbox"
                    checked={draft.skillIds.includes(skill.id)}
                    onChange={(e) => toggle(skill.id, e.target.checked)}
                    aria-describedby={`${uid}-${skill.id}-priority`}
                  />
                  <span>{skill.name}</span>
                </label>
                <span
                  id={`${uid}-${skill.id}-priority`}
                  className={`ws-check-note${skill.priority === 'ESSENTIAL' ? ' ws-essential-note' : ''}`}
                >
                  {PRIORITY_LABELS[skill.priority]}
                </span>
              </li>
            ))}
          </ul>
        )}
        {covers.message}
      </fieldset>
    </>
  );
}
