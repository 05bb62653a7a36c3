/**
 * Test data standing for the API's `myPermissions` (libs/designs README "Who may do what"), so
 * that a part can be shown as each person sees it. Used by *.spec.tsx fixtures only: the app
 * itself reads the flags the API sends and decides nothing.
 */
import type { DesignRole, DesignStage } from '../gql/graphql';

import type { WorkspaceDesign, WorkspaceOutcome, WorkspaceSkill } from './design-query';

type Permissions = WorkspaceDesign['myPermissions'];

/** A skill or an outcome as a test writes it: its permissions follow from the design's unless given. */
export type SkillData = Omit<WorkspaceSkill, 'myPermissions'> &
  Partial<Pick<WorkspaceSkill, 'myPermissions'>>;
export type OutcomeData = Omit<WorkspaceOutcome, 'myPermissions'> &
  Partial<Pick<WorkspaceOutcome, 'myPermissions'>>;
/** A design as a test writes it (`makeDesign` of the fixtures fills in the rest). */
export type DesignData = Omit<Partial<WorkspaceDesign>, 'skills' | 'outcomes'> & {
  skills?: readonly SkillData[];
  outcomes?: readonly OutcomeData[];
};

/** What the API answers as `Design.myPermissions` for `role` in `stage`. */
export function permissionsAs(role: DesignRole | null | undefined, stage: DesignStage): Permissions {
  const drafting = stage === 'DRAFTING';
  const open = stage !== 'ARCHIVED';
  const editor = role === 'LEAD' || role === 'FACULTY';
  return {
    canEdit: drafting && editor,
    canProposeSkills: drafting && (editor || role === 'EMPLOYER_PARTNER'),
    canAddOutcomes: drafting && editor,
    canComment: open && !!role,
    canSuggest: open && !!role && role !== 'OBSERVER',
    canResolveAnyComment: open && editor,
    canInvite: open && role === 'LEAD',
    canRemoveParticipants: role === 'LEAD',
    canRevise: stage === 'PUBLISHED' && role === 'LEAD',
  };
}

/**
 * The design with every `myPermissions` the test did not give filled in as the API would answer
 * them for its `myRole` (a partner's organization: that of the first participant in the role).
 */
export function withPermissions(
  design: Omit<WorkspaceDesign, 'skills' | 'outcomes' | 'myPermissions'> &
    Pick<DesignData, 'skills' | 'outcomes' | 'myPermissions'>,
): WorkspaceDesign {
  const { myRole, stage } = design;
  const drafting = stage === 'DRAFTING';
  const editor = myRole === 'LEAD' || myRole === 'FACULTY';
  const myOrg = design.participants.find((p) => p.role === myRole)?.user.organization.id;
  const skillMay = (skill: SkillData) =>
    drafting && (editor || (myRole === 'EMPLOYER_PARTNER' && skill.proposedBy.organization.id === myOrg));
  return {
    ...design,
    myPermissions: design.myPermissions ?? permissionsAs(myRole, stage),
    skills: (design.skills ?? []).map((skill) => ({
      ...skill,
      myPermissions: skill.myPermissions ?? { canEdit: skillMay(skill), canRemove: skillMay(skill) },
    })),
    outcomes: (design.outcomes ?? []).map((outcome) => ({
      ...outcome,
      myPermissions: outcome.myPermissions ?? { canEdit: drafting && editor, canRemove: drafting && editor },
    })),
  };
}
