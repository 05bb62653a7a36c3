import { FormEvent, KeyboardEvent, ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import type { WorkspaceSkill } from '../design-query';
import { ConflictDialog, ConflictValues } from '../fields/ConflictDialog';
import { InlineConfirm } from '../fields/InlineConfirm';
import { errorSentence, FieldMessage, fieldMessages } from '../fields/mutation-errors';
import { useEditingFocus } from '../fields/use-editing-focus';
import { saveFailure, versionToSave } from '../fields/versioned-save';
import { FocusMarker } from '../people/FocusMarker';
import type { WorkspacePartProps } from '../workspace-props';

import {
  applySkillChanges,
  canChangeSkill,
  canProposeSkills,
  commentCount,
  commentsText,
  draftOf,
  EMPTY_SKILL_DRAFT,
  frameworkRefOf,
  myOrganizationId,
  PRIORITY_LABELS,
  SkillDraft,
  SkillRecord,
  skillChanges,
  skillRows,
  validateSkillDraft,
} from './skill-model';
import { SkillFormFields } from './SkillFormFields';

const ProposeSkill = graphql(`
  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {
    proposeSkill(designId: $designId, input: $input) {
      id
      name
      priority
      version
    }
  }
`);

const UpdateSkill = graphql(`
  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {
    updateSkill(id: $id, input: $input) {
      id
      name
      description
      priority
      version
      frameworkRef {
        framework
        code
        label
        url
      }
    }
  }
`);

const RemoveSkill = graphql(`
  mutation RemoveSkill($id: ID!) {
    removeSkill(id: $id)
  }
`);

/**
 * The skills the job needs: who proposed each (and from which organization), its priority and
 * framework reference, how much it is discussed, and who is editing it now. Partners and
 * post-secondary staff propose skills while drafting; each changes those the API lets them.
 */
export function SkillsColumn({ design, me, presence, setFocus, refresh }: WorkspacePartProps) {
  const uid = useId();
  const myOrgId = myOrganizationId(design, me.id);
  const announce = useEditingFocus(setFocus);
  const [editingId, setEditingId] = useState<string | null>(null);
  // The skill whose Edit button gets focus back when its editor closes.
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);

  const startEditing = (id: string | null) => {
    setReturnFocusTo(id ? null : editingId);
    setEditingId(id);
    announce(id ? { targetType: 'SKILL', targetId: id } : null);
  };

  // A skill removed (or drafting ended) while I edit it: close the editor.
  const editable = design.skills.find((s) => s.id === editingId);
  const editableNow = !!editable && canChangeSkill(design, editable, myOrgId);
  useEffect(() => {
    if (editingId && !editableNow) {
      setEditingId(null);
      announce(null);
    }
  }, [editingId, editableNow, announce]);

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-column">
      <h2 id={`${uid}-heading`}>Skills</h2>
      {design.skills.length === 0 ? (
        <p className="muted">No skills proposed yet.</p>
      ) : (
        <ul className="plain ws-items">
          {design.skills.map((skill) => (
            <li key={skill.id} className={`ws-item ws-priority-${skill.priority.toLowerCase()}`}>
              {editingId === skill.id ? (
                <SkillEditor
                  skill={skill}
                  onDone={(saved) => {
                    startEditing(null);
                    if (saved) refresh();
                  }}
                  refresh={refresh}
                />
              ) : (
                <SkillCard
                  skill={skill}
                  comments={commentCount(design, 'SKILL', skill.id)}
                  canChange={canChangeSkill(design, skill, myOrgId)}
                  editingSomething={editingId !== null}
                  focusEdit={returnFocusTo === skill.id}
                  onEdit={() => startEditing(skill.id)}
                  refresh={refresh}
                  focusMarker={
                    <FocusMarker presence={presence} meId={me.id} targetType="SKILL" targetId={skill.id} />
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canProposeSkills(design) && <ProposeSkillForm designId={design.id} refresh={refresh} />}
    </section>
  );
}

function PriorityBadge({ priority }: { priority: WorkspaceSkill['priority'] }) {
  return (
    <span className={`ws-badge ws-badge-${priority.toLowerCase()}`}>
      {priority === 'ESSENTIAL' && <span aria-hidden="true">★ </span>}
      {PRIORITY_LABELS[priority]}
    </span>
  );
}

function SkillCard({
  skill,
  comments,
  canChange,
  editingSomething,
  focusEdit,
  onEdit,
  refresh,
  focusMarker,
}: {
  skill: WorkspaceSkill;
  comments: number;
  canChange: boolean;
  editingSomething: boolean;
  focusEdit: boolean;
  onEdit(): void;
  refresh(): void;
  focusMarker: ReactNode;
}) {
  const uid = useId();
  const [{ fetching: removing }, removeSkill] = useMutation(RemoveSkill);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (focusEdit) editButton.current?.focus();
  }, [focusEdit]);

  // Back to the Remove button when the confirmation closes without removing.
  useEffect(() => {
    if (!confirming && wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function remove() {
    setError(null);
    const result = await removeSkill({ id: skill.id });
    if (result.error) {
      setConfirming(false);
      setError(errorSentence(result.error, 'Could not remove the skill.'));
      return;
    }
    refresh();
  }

  const ref = skill.frameworkRef;
  const refText = ref ? `${ref.framework} ${ref.code}${ref.label ? ` — ${ref.label}` : ''}` : null;
  return (
    <article aria-labelledby={`${uid}-name`}>
      <div className="ws-item-head">
        <h3 id={`${uid}-name`} className="ws-item-title">
          {skill.name}
        </h3>
        <PriorityBadge priority={skill.priority} />
        {focusMarker}
      </div>
      {skill.description && <p className="ws-pre ws-item-text">{skill.description}</p>}
      {refText && (
        <p className="ws-framework">
          {ref?.url ? (
            <a href={ref.url} target="_blank" rel="noreferrer noopener">
              {refText}
              <span className="ws-visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            refText
          )}
        </p>
      )}
      <p className="muted ws-meta">
        Proposed by {skill.proposedBy.displayName} ({skill.proposedBy.organization.name}) ·{' '}
        {commentsText(comments)}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {canChange &&
        (confirming ? (
          <InlineConfirm
            question="Remove this skill? Outcomes that cover it will stop covering it."
            confirmLabel="Remove"
            cancelLabel="Keep it"
            busy={removing}
            onConfirm={() => void remove()}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <div className="ws-actions">
            <button
              type="button"
              ref={editButton}
              aria-label={`Edit skill ${skill.name}`}
              onClick={onEdit}
              disabled={editingSomething}
            >
              Edit
            </button>
            <button
              type="button"
              ref={removeButton}
              aria-label={`Remove skill ${skill.name}`}
              onClick={() => setConfirming(true)}
            >
              Remove
            </button>
          </div>
        ))}
    </article>
  );
}

interface SkillConflict {
  current: SkillRecord & { version: number };
}

function SkillEditor({
  skill,
  onDone,
  refresh,
}: {
  skill: WorkspaceSkill;
  onDone(saved: boolean): void;
  refresh(): void;
}) {
  const uid = useId();
  const [base] = useState<SkillDraft>(() => draftOf(skill));
  const [baseVersion] = useState(skill.version);
  const [draft, setDraft] = useState<SkillDraft>(base);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SkillConflict | null>(null);
  const [conflictError, setConflictError] = useState<string | null>(null);
  const [{ fetching: saving }, updateSkill] = useMutation(UpdateSkill);

  async function save(expectedVersion: number, fromDialog: boolean) {
    const faults = validateSkillDraft(draft);
    setErrors(faults);
    setError(null);
    if (faults.length) {
      setConflict(null);
      return;
    }
    const changes = skillChanges(base, draft);
    if (!fromDialog && Object.keys(changes).length === 0) {
      onDone(false);
      return;
    }
    setConflictError(null);
    const result = await updateSkill({ id: skill.id, input: { expectedVersion, ...changes } });
    if (!result.error) {
      onDone(true);
      return;
    }
    const failure = saveFailure<SkillConflict['current']>(
      result.error,
      fromDialog,
      'Could not save the skill.',
    );
    if (failure.kind === 'conflict') {
      setConflict({ current: failure.current });
      refresh();
    } else if (failure.kind === 'dialog') {
      setConflictError(failure.message);
    } else {
      setConflict(null);
      setErrors(failure.fields);
      setError(failure.message);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(
      versionToSave(
        skillChanges(base, draft),
        skillChanges(base, draftOf(skill)),
        baseVersion,
        skill.version,
      ),
      false,
    );
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !conflict) {
      event.preventDefault();
      onDone(false);
    }
  }

  const changes = skillChanges(base, draft);
  const theirs = conflict ? skillRows(conflict.current) : [];
  const mine = conflict ? skillRows(applySkillChanges(conflict.current, changes)) : [];
  return (
    <form
      aria-labelledby={`${uid}-title`}
      className="ws-item-form stack"
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <h3 id={`${uid}-title`} className="ws-item-title">
        Edit skill
      </h3>
      <SkillFormFields draft={draft} onChange={setDraft} errors={errors} nameLabel="Name" autoFocus />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={saving}>
          Save
        </button>
        <button type="button" onClick={() => onDone(false)} disabled={saving}>
          Cancel
        </button>
      </div>
      {conflict && (
        <ConflictDialog
          title="This skill changed while you were editing"
          theirs={
            <ConflictValues
              rows={theirs.map((row, i) => ({ ...row, differs: row.value !== mine[i]?.value }))}
            />
          }
          mine={
            <ConflictValues
              rows={mine.map((row, i) => ({ ...row, differs: row.value !== theirs[i]?.value }))}
            />
          }
          busy={saving}
          error={conflictError}
          onKeepMine={() => void save(conflict.current.version, true)}
          onTakeTheirs={() => {
            setConflict(null);
            onDone(false);
            refresh();
          }}
          onDismiss={() => {
            setConflict(null);
            setConflictError(null);
          }}
        />
      )}
    </form>
  );
}

function ProposeSkillForm({ designId, refresh }: { designId: string; refresh(): void }) {
  const uid = useId();
  const [draft, setDraft] = useState<SkillDraft>(EMPTY_SKILL_DRAFT);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, proposeSkill] = useMutation(ProposeSkill);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    setError(null);
    const faults = validateSkillDraft(draft);
    setErrors(faults);
    if (faults.length) return;
    const frameworkRef = frameworkRefOf(draft);
    const result = await proposeSkill({
      designId,
      input: {
        name: draft.name.trim(),
        priority: draft.priority,
        ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
        ...(frameworkRef ? { frameworkRef } : {}),
      },
    });
    if (result.error) {
      const fields = fieldMessages(result.error);
      setErrors(fields);
      if (!fields.length) setError(errorSentence(result.error, 'Could not propose the skill.'));
      return;
    }
    setDraft({ ...EMPTY_SKILL_DRAFT, priority: draft.priority });
    setStatus('Skill proposed.');
    refresh();
  }

  return (
    <form aria-labelledby={`${uid}-title`} className="ws-add-form stack" onSubmit={submit} noValidate>
      <h3 id={`${uid}-title`}>Propose a skill</h3>
      <SkillFormFields draft={draft} onChange={setDraft} errors={errors} nameLabel="Skill name" />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="ws-actions">
        <button type="submit" className="primary" disabled={fetching}>
          Propose skill
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
    </form>
  );
}
