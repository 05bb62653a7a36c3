/**
 * Who may do what in a design (libs/designs README "Who may do what"), as data: the roles allowed
 * and the stages in which it is open. `DesignAccessPolicy.refusal` reads it for both the mutations
 * and `myPermissions`.
 */
import { DesignRole } from '../designs.enums';

const { LEAD, FACULTY, EMPLOYER_PARTNER, COMMITTEE_MEMBER, OBSERVER } = DesignRole;

export type DesignAction =
  | 'editDesign'
  | 'proposeSkill'
  | 'changeSkill'
  | 'addOutcome'
  | 'changeOutcome'
  | 'suggest'
  | 'comment'
  | 'resolveAnyComment'
  | 'invite'
  | 'manageInvitations'
  | 'removeParticipant'
  | 'reviseDesign';

export interface DesignRule {
  readonly roles: readonly DesignRole[];
  /**
   * `DRAFTING`: content; `NOT_ARCHIVED`: comments and invitations; `PUBLISHED`: starting a revision;
   * `ANY`: every stage.
   */
  readonly openIn: 'DRAFTING' | 'NOT_ARCHIVED' | 'PUBLISHED' | 'ANY';
  /** The `FORBIDDEN` message for another role. */
  readonly forbidden: string;
  /** The `PRECONDITION_FAILED` message of a design in a stage where the action is closed. */
  readonly closed?: string;
}

export const DESIGN_RULES: Readonly<Record<DesignAction, DesignRule>> = {
  editDesign: {
    roles: [LEAD, FACULTY],
    openIn: 'DRAFTING',
    forbidden: "Your role may not edit this design's fields",
  },
  proposeSkill: {
    roles: [LEAD, FACULTY, EMPLOYER_PARTNER],
    openIn: 'DRAFTING',
    forbidden: 'Your role may not propose skills',
  },
  changeSkill: {
    roles: [LEAD, FACULTY, EMPLOYER_PARTNER],
    openIn: 'DRAFTING',
    forbidden: 'Your role may not change skills',
  },
  addOutcome: { roles: [LEAD, FACULTY], openIn: 'DRAFTING', forbidden: 'Your role may not draft outcomes' },
  changeOutcome: {
    roles: [LEAD, FACULTY],
    openIn: 'DRAFTING',
    forbidden: 'Your role may not change outcomes',
  },
  // Partners and the committee in review suggest wording instead of editing (SPEC "Suggestions").
  suggest: {
    roles: [LEAD, FACULTY, EMPLOYER_PARTNER, COMMITTEE_MEMBER],
    openIn: 'NOT_ARCHIVED',
    forbidden: 'Observers may not suggest changes',
    closed: 'This design is archived; suggestions are closed',
  },
  comment: {
    roles: [LEAD, FACULTY, EMPLOYER_PARTNER, COMMITTEE_MEMBER, OBSERVER],
    openIn: 'NOT_ARCHIVED',
    forbidden: 'Only participants can comment',
    closed: 'This design is archived; comments are closed',
  },
  resolveAnyComment: {
    roles: [LEAD, FACULTY],
    openIn: 'NOT_ARCHIVED',
    forbidden: "Your role may not resolve others' comments",
    closed: 'This design is archived; comments are closed',
  },
  invite: {
    roles: [LEAD],
    openIn: 'NOT_ARCHIVED',
    forbidden: 'Your role may not invite people to this design',
  },
  // Seeing and revoking pending invitations; any stage, so an archived design's open links can be closed.
  manageInvitations: {
    roles: [LEAD],
    openIn: 'ANY',
    forbidden: "Your role may not see or change this design's invitations",
  },
  removeParticipant: {
    roles: [LEAD],
    openIn: 'ANY',
    forbidden: 'Your role may not remove people from this design',
  },
  // A new revision of a published credential: the published one stays in the catalog until it is published.
  reviseDesign: {
    roles: [LEAD],
    openIn: 'PUBLISHED',
    forbidden: 'Only the lead may start a revision of this design',
    closed: 'Only a published design can be revised',
  },
};

/** `Design.myPermissions`. */
export interface DesignPermissions {
  canEdit: boolean;
  canProposeSkills: boolean;
  canAddOutcomes: boolean;
  canComment: boolean;
  canSuggest: boolean;
  canResolveAnyComment: boolean;
  canInvite: boolean;
  canRemoveParticipants: boolean;
  canRevise: boolean;
}

/** `Skill.myPermissions` and `Outcome.myPermissions`. */
export interface ItemPermissions {
  canEdit: boolean;
  canRemove: boolean;
  canComment: boolean;
}
