import { ReactNode, useId } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import type { WorkspaceSkill } from '../design-query';
import { AddRecordForm } from '../fields/AddRecordForm';
import { RecordEditor } from '../fields/RecordEditor';
import { useVersionedEdit } from '../fields/use-versioned-edit';
import { commentCount, commentsText } from '../items/item-comments';
import { ItemActions } from '../items/ItemActions';
import { useItemEditing } from '../items/use-item-editing';
import { FocusMarker } from '../people/FocusMarker';
import type { WorkspacePartProps } from '../workspace-props';

import {
  applySkillChanges,
  draftOf,
  EMPTY_SKILL_DRAFT,
  frameworkRefOf,
  PRIORITY_LABELS,
  SkillDraft,
  SkillRecord,
  skillChanges,
  skillRows,
  validateSkillDraft,
} from './skill-model';
import { SkillFormFields } from './SkillFormFields';

import './SkillsColumn.css';

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

const SKILL_INPUTS = ['name', 'priority', 'description', 'frameworkRef'] as const;

/**
 * The skills the job needs: who proposed each (and from which organization), its priority and
 * framework reference, how much it is discussed, and who is editing it now. What each person may
 * propose, change and remove is what the API says (`myPermissions`).
 */
export function SkillsColumn({ design, me, presence, setFocus, refresh }: WorkspacePartProps) {
  const uid = useId();
  const editing = useItemEditing(
    'SKILL',
    setFocus,
    (id) => !!design.skills.find((s) => s.id === id)?.myPermissions.canEdit,
    design.skills.map((s) => s.id).join(),
  );
  const [, proposeSkill] = useMutation(ProposeSkill);

  return (
    <section aria-labelledby={`${uid}-heading`} className="ws-column" ref={editing.container}>
      <h2 id={`${uid}-heading`}>Skills</h2>
      {design.skills.length === 0 ? (
        <p className="muted">No skills proposed yet.</p>
      ) : (
        <ul className="plain ws-items">
          {design.skills.map((skill) => (
            <li
              key={skill.id}
              className={`ws-item ws-priority-${skill.priority.toLowerCase()}`}
              data-item-id={skill.id}
            >
              {editing.editingId === skill.id ? (
                <SkillEditor
                  skill={skill}
                  onDone={(saved) => {
                    editing.finish();
                    if (saved) refresh();
                  }}
                  refresh={refresh}
                />
              ) : (
                <SkillCard
                  skill={skill}
                  comments={commentCount(design, 'SKILL', skill.id)}
                  editingSomething={editing.editingId !== null}
                  onEdit={() => editing.start(skill.id)}
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
      {design.myPermissions.canProposeSkills && (
        <AddRecordForm<SkillDraft>
          title="Propose a skill"
          submitLabel="Propose skill"
          empty={EMPTY_SKILL_DRAFT}
          validate={validateSkillDraft}
          fallback="Could not propose the skill."
          next={(added) => ({ ...EMPTY_SKILL_DRAFT, priority: added.priority })}
          refresh={refresh}
          send={async (draft) => {
            const frameworkRef = frameworkRefOf(draft);
            const result = await proposeSkill({
              designId: design.id,
              input: {
                name: draft.name.trim(),
                priority: draft.priority,
                ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
                ...(frameworkRef ? { frameworkRef } : {}),
              },
            });
            return result.error ? { error: result.error } : { status: 'Skill proposed.' };
          }}
        >
          {(draft, onChange, errors) => (
            <SkillFormFields draft={draft} onChange={onChange} errors={errors} nameLabel="Skill name" />
          )}
        </AddRecordForm>
      )}
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
  editingSomething,
  onEdit,
  refresh,
  focusMarker,
}: {
  skill: WorkspaceSkill;
  comments: number;
  editingSomething: boolean;
  onEdit(): void;
  refresh(): void;
  focusMarker: ReactNode;
}) {
  const uid = useId();
  const [, removeSkill] = useMutation(RemoveSkill);
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
      <ItemActions
        itemName={`skill ${skill.name}`}
        canEdit={skill.myPermissions.canEdit}
        canRemove={skill.myPermissions.canRemove}
        editingSomething={editingSomething}
        onEdit={onEdit}
        removeQuestion="Remove this skill? Outcomes that cover it will stop covering it."
        remove={() => removeSkill({ id: skill.id })}
        removeFallback="Could not remove the skill."
        refresh={refresh}
      />
    </article>
  );
}

type SkillConflict = SkillRecord & { version: number };

function SkillEditor({
  skill,
  onDone,
  refresh,
}: {
  skill: WorkspaceSkill;
  onDone(saved: boolean): void;
  refresh(): void;
}) {
  const [, updateSkill] = useMutation(UpdateSkill);
  const edit = useVersionedEdit<SkillDraft, ReturnType<typeof skillChanges>, SkillConflict>({
    current: draftOf(skill),
    version: skill.version,
    validate: validateSkillDraft,
    changes: skillChanges,
    send: (expectedVersion, changes) => updateSkill({ id: skill.id, input: { expectedVersion, ...changes } }),
    fallback: 'Could not save the skill.',
    onDone,
    refresh,
  });
  return (
    <RecordEditor
      edit={edit}
      heading="Edit skill"
      className="ws-item-form stack"
      inputPaths={SKILL_INPUTS}
      conflictTitle="This skill changed while you were editing"
      rows={(record) => skillRows(record)}
      apply={(record, changes) => ({ ...applySkillChanges(record, changes), version: record.version })}
    >
      <SkillFormFields
        draft={edit.draft}
        onChange={edit.setDraft}
        errors={edit.errors}
        nameLabel="Name"
        autoFocus
      />
    </RecordEditor>
  );
}
