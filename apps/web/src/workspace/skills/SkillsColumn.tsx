import { useId } from 'react';

import { graphql } from '../../gql';
import type { ProposeSkillInput } from '../../gql/graphql';
import type { WorkspaceSkill } from '../design-query';
import { commentCount, commentsText } from '../items/item-comments';
import { CardSlots, ItemColumn } from '../items/ItemColumn';
import { useItemOperations } from '../items/use-item-operations';
import type { WorkspacePartProps } from '../workspace-props';

import { SKILL_KIND } from './skill-kind';
import { frameworkRefOf, PRIORITY_LABELS, SkillDraft } from './skill-model';
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
      version
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
 * framework reference, how much it is discussed, and who is editing it now. What each person may
 * propose, change and remove is what the API says (`myPermissions`).
 */
export function SkillsColumn(part: WorkspacePartProps) {
  const { design } = part;
  const operations = useItemOperations(
    design.id,
    { add: ProposeSkill, update: UpdateSkill, remove: RemoveSkill },
    { input: proposalOf, status: () => 'Skill proposed.' },
  );
  return (
    <ItemColumn
      kind={SKILL_KIND}
      part={part}
      items={design.skills}
      canAdd={design.myPermissions.canProposeSkills}
      operations={operations}
      itemClassName={(skill) => `ws-priority-${skill.priority.toLowerCase()}`}
      card={(skill, slots) => (
        <SkillCard skill={skill} comments={commentCount(design, 'SKILL', skill.id)} slots={slots} />
      )}
      fields={(draft, onChange, errors, live) => (
        <SkillFormFields
          draft={draft}
          onChange={onChange}
          errors={errors}
          nameLabel={live ? 'Name' : 'Skill name'}
          autoFocus={live !== null}
          live={live}
        />
      )}
    />
  );
}

/** The input of `proposeSkill` for a draft: trimmed, optional parts left out when blank. */
function proposalOf(draft: SkillDraft): ProposeSkillInput {
  const frameworkRef = frameworkRefOf(draft);
  return {
    name: draft.name.trim(),
    priority: draft.priority,
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    ...(frameworkRef ? { frameworkRef } : {}),
  };
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
  slots,
}: {
  skill: WorkspaceSkill;
  comments: number;
  slots: CardSlots;
}) {
  const uid = useId();
  const ref = skill.frameworkRef;
  const refText = ref ? `${ref.framework} ${ref.code}${ref.label ? ` — ${ref.label}` : ''}` : null;
  return (
    <article aria-labelledby={`${uid}-name`}>
      <div className="ws-item-head">
        <h3 id={`${uid}-name`} className="ws-item-title">
          {skill.name}
        </h3>
        <PriorityBadge priority={skill.priority} />
        {slots.focusMarker}
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
      {slots.actions()}
    </article>
  );
}
