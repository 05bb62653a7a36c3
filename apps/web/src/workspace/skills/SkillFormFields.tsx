import { useId } from 'react';

import { COLLAB_FIELD_LIMITS } from '@mc/collab-contract';

import { LiveTextField } from '../collab/LiveTextField';
import { describeField } from '../fields/field-error';
import type { FieldMessage } from '../fields/mutation-errors';
import { SelectControl } from '../fields/SelectControl';
import type { LiveItem } from '../items/item-kind';

import { FRAMEWORK_SUGGESTIONS, PRIORITIES, PRIORITY_LABELS, SkillDraft } from './skill-model';

/**
 * The inputs of a skill (propose and edit): name, priority, description and the optional
 * reference to an outside framework. Each input has its label; faults from the API (or the form's
 * own checks) show under the input they are about. Editing a skill (`live`), the description is
 * typed into its live document.
 */
export function SkillFormFields({
  draft,
  onChange,
  errors,
  nameLabel,
  autoFocus = false,
  live = null,
}: {
  draft: SkillDraft;
  onChange(draft: SkillDraft): void;
  errors: readonly FieldMessage[];
  /** "Skill name" in the propose form, "Name" when editing a skill. */
  nameLabel: string;
  autoFocus?: boolean;
  live?: LiveItem | null;
}) {
  const uid = useId();
  const set = (key: keyof SkillDraft) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [key]: event.target.value });
  const field = (key: string) => describeField(errors, key, uid);
  const name = field('name');
  const priority = field('priority');
  const description = field('description');
  const framework = field('frameworkRef.framework');
  const code = field('frameworkRef.code');
  const label = field('frameworkRef.label');
  const url = field('frameworkRef.url');

  return (
    <>
      <div className="ws-control">
        <label>
          {nameLabel}
          <input
            required
            maxLength={200}
            value={draft.name}
            onChange={set('name')}
            autoFocus={autoFocus}
            {...name.props}
          />
        </label>
        {name.message}
      </div>
      <SelectControl
        label="Priority"
        value={draft.priority}
        values={PRIORITIES}
        labels={PRIORITY_LABELS}
        onChange={(priority) => onChange({ ...draft, priority })}
        field={priority}
      />
      {live ? (
        <LiveTextField
          document={live.document}
          field="description"
          label="Description"
          limit={COLLAB_FIELD_LIMITS.skill.description}
          stored={live.stored['description'] ?? ''}
          meId={live.meId}
          readOnly={live.readOnly}
        />
      ) : (
        <div className="ws-control">
          <label>
            Description
            <textarea
              rows={2}
              maxLength={2000}
              value={draft.description}
              onChange={set('description')}
              {...description.props}
            />
          </label>
          {description.message}
        </div>
      )}
      <fieldset className="ws-fieldset">
        <legend>Framework reference (optional)</legend>
        <div className="ws-grid-2">
          <div className="ws-control">
            <label>
              Framework
              <input
                list={`${uid}-frameworks`}
                value={draft.framework}
                onChange={set('framework')}
                {...framework.props}
              />
            </label>
            {framework.message}
          </div>
          <div className="ws-control">
            <label>
              Code
              <input value={draft.code} onChange={set('code')} {...code.props} />
            </label>
            {code.message}
          </div>
          <div className="ws-control">
            <label>
              Label
              <input value={draft.label} onChange={set('label')} {...label.props} />
            </label>
            {label.message}
          </div>
          <div className="ws-control">
            <label>
              URL
              <input
                type="url"
                value={draft.url}
                onChange={set('url')}
                placeholder="https://"
                {...url.props}
              />
            </label>
            {url.message}
          </div>
        </div>
        <datalist id={`${uid}-frameworks`}>
          {FRAMEWORK_SUGGESTIONS.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </fieldset>
    </>
  );
}
