import { Field, ObjectType } from '@nestjs/graphql';

import type { DesignPermissions, ItemPermissions } from '../access/design-permissions';

/**
 * What the caller may do now, computed by `DesignAccessPolicy` from the rules the mutations enforce,
 * so that a client shows only what the API would allow and never re-implements a rule.
 */
@ObjectType('DesignPermissions')
export class DesignPermissionsObject implements DesignPermissions {
  @Field({ description: "`updateDesign`: the design's fields." }) canEdit!: boolean;
  @Field({ description: '`proposeSkill`.' }) canProposeSkills!: boolean;
  @Field({ description: '`addOutcome`.' }) canAddOutcomes!: boolean;
  @Field({ description: '`addComment`, and resolving one’s own comments.' }) canComment!: boolean;
  @Field({ description: '`suggestChange` (accepting one is `canEdit` of its record).' }) canSuggest!: boolean;
  @Field({ description: '`resolveComment` of anyone’s comment.' }) canResolveAnyComment!: boolean;
  @Field({ description: '`inviteToDesign`.' }) canInvite!: boolean;
  @Field({ description: '`removeParticipant`.' }) canRemoveParticipants!: boolean;
  @Field({ description: '`reviseDesign`: start a new revision of the published design.' })
  canRevise!: boolean;
}

@ObjectType('SkillPermissions')
export class SkillPermissionsObject implements ItemPermissions {
  @Field({ description: '`updateSkill`.' }) canEdit!: boolean;
  @Field({ description: '`removeSkill`.' }) canRemove!: boolean;
  @Field({ description: '`addComment` about this skill.' }) canComment!: boolean;
}

@ObjectType('OutcomePermissions')
export class OutcomePermissionsObject implements ItemPermissions {
  @Field({ description: '`updateOutcome` (its fields and its position).' }) canEdit!: boolean;
  @Field({ description: '`removeOutcome`.' }) canRemove!: boolean;
  @Field({ description: '`addComment` about this outcome.' }) canComment!: boolean;
}
