/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n': typeof types.EndSessionDocument;
  '\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n': typeof types.LogOutEverywhereDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query Ping {\n    __typename\n  }\n': typeof types.PingDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n    }\n  }\n': typeof types.LogInDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  query PublicCatalog(\n    $first: Int\n    $after: String\n    $search: String\n    $sector: String\n    $deliveryMode: DeliveryMode\n  ) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          sector\n          hours\n          deliveryMode\n          level\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.PublicCatalogDocument;
  '\n  query PublicCredential($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      summary\n      sector\n      hours\n      deliveryMode\n      level\n      language\n      targetLearners\n      prerequisites\n      assessmentApproach\n      creditValue\n      issuerCountry\n      publishedAt\n      achievementUrl\n      institution {\n        id\n        name\n      }\n      outcomes {\n        statement\n        bloomLevel\n        position\n      }\n      skills {\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n      }\n      endorsedBy {\n        id\n        name\n      }\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n': typeof types.PublicCredentialDocument;
  '\n  query MyDesigns($filter: DesignFilter, $after: String) {\n    designs(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          stage\n          myRole\n          updatedAt\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.MyDesignsDocument;
  '\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateDesignDocument;
  '\n  query InvitationWhoAmI {\n    me {\n      id\n      email\n    }\n  }\n': typeof types.InvitationWhoAmIDocument;
  '\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n': typeof types.InvitationLinkPreviewDocument;
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      displayName\n      email\n      orgRole\n      active\n    }\n  }\n': typeof types.OrganizationMembersDocument;
  '\n  mutation InviteColleague($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      token\n      expiresAt\n    }\n  }\n': typeof types.InviteColleagueDocument;
  '\n  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {\n    updateMemberRole(userId: $userId, orgRole: $orgRole) {\n      id\n      orgRole\n      active\n    }\n  }\n': typeof types.UpdateMemberRoleDocument;
  '\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      orgRole\n      active\n    }\n  }\n': typeof types.DeactivateMemberDocument;
  '\n  query MyOrganization {\n    me {\n      id\n      orgRole\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.MyOrganizationDocument;
  '\n  query InstitutionPipelineEditor {\n    institutionPipeline\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    organizationMembers {\n      id\n      displayName\n      active\n    }\n  }\n': typeof types.InstitutionPipelineEditorDocument;
  '\n  mutation SaveInstitutionPipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n': typeof types.SaveInstitutionPipelineDocument;
  '\n  mutation UseAsStartingPoint($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n    }\n  }\n': typeof types.UseAsStartingPointDocument;
  '\n  mutation StartRevision($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n    }\n  }\n': typeof types.StartRevisionDocument;
  '\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n': typeof types.NotificationPreferencesDocument;
  '\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n    }\n  }\n': typeof types.UpdateNotificationPreferencesDocument;
  '\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n      }\n    }\n  }\n': typeof types.MyTasksDocument;
  '\n  query Notifications {\n    notifications(first: 20) {\n      id\n      kind\n      designId\n      commentId\n      text\n      readAt\n      createdAt\n      mail {\n        status\n        sentAt\n      }\n    }\n    unreadNotificationCount\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query Me {\n    me {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation LogOut {\n    logOut\n  }\n': typeof types.LogOutDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n    }\n  }\n': typeof types.ResolveCommentDocument;
  '\n  query DesignWorkspace($id: ID!) {\n    me {\n      id\n      displayName\n      email\n    }\n    design(id: $id) {\n      id\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      stage\n      revision\n      version\n      myRole\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canSuggest\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n        canRevise\n      }\n      derivedFrom {\n        id\n        title\n      }\n      availableTransitions {\n        to\n        rationaleRequired\n      }\n      availableDecisions\n      committeeVotesNeeded\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        canSignOff\n      }\n      createdAt\n      updatedAt\n      institution {\n        id\n        name\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n          organization {\n            id\n            name\n            kind\n          }\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n        }\n        issues {\n          code\n          message\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n      coverage {\n        uncoveredSkills {\n          id\n        }\n        uncoveredEssentialSkills {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        note\n        revision\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n      snapshots {\n        id\n        revision\n        stage\n        takenAt\n      }\n      suggestions {\n        id\n        targetType\n        targetId\n        field\n        baseText\n        proposedText\n        note\n        status\n        decisionNote\n        currentText\n        outdated\n        createdAt\n        author {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        myPermissions {\n          canAccept\n          canReject\n        }\n      }\n    }\n  }\n': typeof types.DesignWorkspaceDocument;
  '\n  query ExportBadge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n': typeof types.ExportBadgeDocument;
  '\n  query ExportBriefMarkdown($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n': typeof types.ExportBriefMarkdownDocument;
  '\n  query ExportCasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n': typeof types.ExportCasePackageDocument;
  '\n  query ExportCtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n': typeof types.ExportCtdlCredentialDocument;
  '\n  mutation UpdateDesignField($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      id\n      version\n      revision\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      updatedAt\n    }\n  }\n': typeof types.UpdateDesignFieldDocument;
  '\n  query DesignHistoryHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n': typeof types.DesignHistoryHeadDocument;
  '\n  query DesignHistory($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      lastSeq\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n': typeof types.DesignHistoryDocument;
  '\n  query CompareSnapshots($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n': typeof types.CompareSnapshotsDocument;
  '\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      id\n      position\n      version\n    }\n  }\n': typeof types.AddOutcomeDocument;
  '\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateOutcomeDocument;
  '\n  mutation RemoveOutcome($id: ID!) {\n    removeOutcome(id: $id)\n  }\n': typeof types.RemoveOutcomeDocument;
  '\n  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {\n    inviteToDesign(designId: $designId, email: $email, role: $role) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n': typeof types.InviteToDesignDocument;
  '\n  mutation RemoveParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n': typeof types.RemoveParticipantDocument;
  '\n  query PendingInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n': typeof types.PendingInvitationsDocument;
  '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      token\n      expiresAt\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      id\n      name\n      priority\n      version\n    }\n  }\n': typeof types.ProposeSkillDocument;
  '\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.UpdateSkillDocument;
  '\n  mutation RemoveSkill($id: ID!) {\n    removeSkill(id: $id)\n  }\n': typeof types.RemoveSkillDocument;
  '\n  query SendBackHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n': typeof types.SendBackHeadDocument;
  '\n  query SendBackPage($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n': typeof types.SendBackPageDocument;
  '\n  mutation TransitionDesign($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n    }\n  }\n': typeof types.TransitionDesignDocument;
  '\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      id\n      kind\n    }\n  }\n': typeof types.RecordDecisionDocument;
  '\n  mutation SignOffDesign($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n    }\n  }\n': typeof types.SignOffDesignDocument;
  '\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.SuggestChangeDocument;
  '\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.AcceptSuggestionDocument;
  '\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n': typeof types.RejectSuggestionDocument;
};
const documents: Documents = {
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n': types.EndSessionDocument,
  '\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n': types.LogOutEverywhereDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  query Ping {\n    __typename\n  }\n': types.PingDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n    }\n  }\n':
    types.LogInDocument,
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n':
    types.SignUpDocument,
  '\n  query PublicCatalog(\n    $first: Int\n    $after: String\n    $search: String\n    $sector: String\n    $deliveryMode: DeliveryMode\n  ) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          sector\n          hours\n          deliveryMode\n          level\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.PublicCatalogDocument,
  '\n  query PublicCredential($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      summary\n      sector\n      hours\n      deliveryMode\n      level\n      language\n      targetLearners\n      prerequisites\n      assessmentApproach\n      creditValue\n      issuerCountry\n      publishedAt\n      achievementUrl\n      institution {\n        id\n        name\n      }\n      outcomes {\n        statement\n        bloomLevel\n        position\n      }\n      skills {\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n      }\n      endorsedBy {\n        id\n        name\n      }\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n':
    types.PublicCredentialDocument,
  '\n  query MyDesigns($filter: DesignFilter, $after: String) {\n    designs(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          stage\n          myRole\n          updatedAt\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.MyDesignsDocument,
  '\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      id\n    }\n  }\n':
    types.CreateDesignDocument,
  '\n  query InvitationWhoAmI {\n    me {\n      id\n      email\n    }\n  }\n':
    types.InvitationWhoAmIDocument,
  '\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n':
    types.InvitationLinkPreviewDocument,
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      displayName\n      email\n      orgRole\n      active\n    }\n  }\n':
    types.OrganizationMembersDocument,
  '\n  mutation InviteColleague($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      token\n      expiresAt\n    }\n  }\n':
    types.InviteColleagueDocument,
  '\n  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {\n    updateMemberRole(userId: $userId, orgRole: $orgRole) {\n      id\n      orgRole\n      active\n    }\n  }\n':
    types.UpdateMemberRoleDocument,
  '\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      orgRole\n      active\n    }\n  }\n':
    types.DeactivateMemberDocument,
  '\n  query MyOrganization {\n    me {\n      id\n      orgRole\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.MyOrganizationDocument,
  '\n  query InstitutionPipelineEditor {\n    institutionPipeline\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    organizationMembers {\n      id\n      displayName\n      active\n    }\n  }\n':
    types.InstitutionPipelineEditorDocument,
  '\n  mutation SaveInstitutionPipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n':
    types.SaveInstitutionPipelineDocument,
  '\n  mutation UseAsStartingPoint($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n    }\n  }\n':
    types.UseAsStartingPointDocument,
  '\n  mutation StartRevision($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n    }\n  }\n':
    types.StartRevisionDocument,
  '\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n':
    types.NotificationPreferencesDocument,
  '\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n    }\n  }\n':
    types.UpdateNotificationPreferencesDocument,
  '\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n      }\n    }\n  }\n':
    types.MyTasksDocument,
  '\n  query Notifications {\n    notifications(first: 20) {\n      id\n      kind\n      designId\n      commentId\n      text\n      readAt\n      createdAt\n      mail {\n        status\n        sentAt\n      }\n    }\n    unreadNotificationCount\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query Me {\n    me {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation LogOut {\n    logOut\n  }\n': types.LogOutDocument,
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n    }\n  }\n':
    types.ResolveCommentDocument,
  '\n  query DesignWorkspace($id: ID!) {\n    me {\n      id\n      displayName\n      email\n    }\n    design(id: $id) {\n      id\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      stage\n      revision\n      version\n      myRole\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canSuggest\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n        canRevise\n      }\n      derivedFrom {\n        id\n        title\n      }\n      availableTransitions {\n        to\n        rationaleRequired\n      }\n      availableDecisions\n      committeeVotesNeeded\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        canSignOff\n      }\n      createdAt\n      updatedAt\n      institution {\n        id\n        name\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n          organization {\n            id\n            name\n            kind\n          }\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n        }\n        issues {\n          code\n          message\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n      coverage {\n        uncoveredSkills {\n          id\n        }\n        uncoveredEssentialSkills {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        note\n        revision\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n      snapshots {\n        id\n        revision\n        stage\n        takenAt\n      }\n      suggestions {\n        id\n        targetType\n        targetId\n        field\n        baseText\n        proposedText\n        note\n        status\n        decisionNote\n        currentText\n        outdated\n        createdAt\n        author {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        myPermissions {\n          canAccept\n          canReject\n        }\n      }\n    }\n  }\n':
    types.DesignWorkspaceDocument,
  '\n  query ExportBadge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n':
    types.ExportBadgeDocument,
  '\n  query ExportBriefMarkdown($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n':
    types.ExportBriefMarkdownDocument,
  '\n  query ExportCasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n':
    types.ExportCasePackageDocument,
  '\n  query ExportCtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n':
    types.ExportCtdlCredentialDocument,
  '\n  mutation UpdateDesignField($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      id\n      version\n      revision\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      updatedAt\n    }\n  }\n':
    types.UpdateDesignFieldDocument,
  '\n  query DesignHistoryHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n':
    types.DesignHistoryHeadDocument,
  '\n  query DesignHistory($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      lastSeq\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n':
    types.DesignHistoryDocument,
  '\n  query CompareSnapshots($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n':
    types.CompareSnapshotsDocument,
  '\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      id\n      position\n      version\n    }\n  }\n':
    types.AddOutcomeDocument,
  '\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateOutcomeDocument,
  '\n  mutation RemoveOutcome($id: ID!) {\n    removeOutcome(id: $id)\n  }\n': types.RemoveOutcomeDocument,
  '\n  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {\n    inviteToDesign(designId: $designId, email: $email, role: $role) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n':
    types.InviteToDesignDocument,
  '\n  mutation RemoveParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n':
    types.RemoveParticipantDocument,
  '\n  query PendingInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n':
    types.PendingInvitationsDocument,
  '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      token\n      expiresAt\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      id\n      name\n      priority\n      version\n    }\n  }\n':
    types.ProposeSkillDocument,
  '\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n':
    types.UpdateSkillDocument,
  '\n  mutation RemoveSkill($id: ID!) {\n    removeSkill(id: $id)\n  }\n': types.RemoveSkillDocument,
  '\n  query SendBackHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n':
    types.SendBackHeadDocument,
  '\n  query SendBackPage($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n':
    types.SendBackPageDocument,
  '\n  mutation TransitionDesign($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n    }\n  }\n':
    types.TransitionDesignDocument,
  '\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      id\n      kind\n    }\n  }\n':
    types.RecordDecisionDocument,
  '\n  mutation SignOffDesign($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n    }\n  }\n':
    types.SignOffDesignDocument,
  '\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.SuggestChangeDocument,
  '\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.AcceptSuggestionDocument,
  '\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n':
    types.RejectSuggestionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n',
): (typeof documents)['\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n',
): (typeof documents)['\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n',
): (typeof documents)['\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ping {\n    __typename\n  }\n',
): (typeof documents)['\n  query Ping {\n    __typename\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n    }\n  }\n',
): (typeof documents)['\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accessToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicCatalog(\n    $first: Int\n    $after: String\n    $search: String\n    $sector: String\n    $deliveryMode: DeliveryMode\n  ) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          sector\n          hours\n          deliveryMode\n          level\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicCatalog(\n    $first: Int\n    $after: String\n    $search: String\n    $sector: String\n    $deliveryMode: DeliveryMode\n  ) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          sector\n          hours\n          deliveryMode\n          level\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicCredential($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      summary\n      sector\n      hours\n      deliveryMode\n      level\n      language\n      targetLearners\n      prerequisites\n      assessmentApproach\n      creditValue\n      issuerCountry\n      publishedAt\n      achievementUrl\n      institution {\n        id\n        name\n      }\n      outcomes {\n        statement\n        bloomLevel\n        position\n      }\n      skills {\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n      }\n      endorsedBy {\n        id\n        name\n      }\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicCredential($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      summary\n      sector\n      hours\n      deliveryMode\n      level\n      language\n      targetLearners\n      prerequisites\n      assessmentApproach\n      creditValue\n      issuerCountry\n      publishedAt\n      achievementUrl\n      institution {\n        id\n        name\n      }\n      outcomes {\n        statement\n        bloomLevel\n        position\n      }\n      skills {\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n      }\n      endorsedBy {\n        id\n        name\n      }\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDesigns($filter: DesignFilter, $after: String) {\n    designs(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          stage\n          myRole\n          updatedAt\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyDesigns($filter: DesignFilter, $after: String) {\n    designs(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          summary\n          stage\n          myRole\n          updatedAt\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationWhoAmI {\n    me {\n      id\n      email\n    }\n  }\n',
): (typeof documents)['\n  query InvitationWhoAmI {\n    me {\n      id\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      displayName\n      email\n      orgRole\n      active\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      displayName\n      email\n      orgRole\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteColleague($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      token\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteColleague($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      token\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {\n    updateMemberRole(userId: $userId, orgRole: $orgRole) {\n      id\n      orgRole\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {\n    updateMemberRole(userId: $userId, orgRole: $orgRole) {\n      id\n      orgRole\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      orgRole\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      orgRole\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyOrganization {\n    me {\n      id\n      orgRole\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyOrganization {\n    me {\n      id\n      orgRole\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InstitutionPipelineEditor {\n    institutionPipeline\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    organizationMembers {\n      id\n      displayName\n      active\n    }\n  }\n',
): (typeof documents)['\n  query InstitutionPipelineEditor {\n    institutionPipeline\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n    }\n    organizationMembers {\n      id\n      displayName\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveInstitutionPipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n',
): (typeof documents)['\n  mutation SaveInstitutionPipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UseAsStartingPoint($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UseAsStartingPoint($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartRevision($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartRevision($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n',
): (typeof documents)['\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications {\n    notifications(first: 20) {\n      id\n      kind\n      designId\n      commentId\n      text\n      readAt\n      createdAt\n      mail {\n        status\n        sentAt\n      }\n    }\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query Notifications {\n    notifications(first: 20) {\n      id\n      kind\n      designId\n      commentId\n      text\n      readAt\n      createdAt\n      mail {\n        status\n        sentAt\n      }\n    }\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      displayName\n      email\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogOut {\n    logOut\n  }\n',
): (typeof documents)['\n  mutation LogOut {\n    logOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignWorkspace($id: ID!) {\n    me {\n      id\n      displayName\n      email\n    }\n    design(id: $id) {\n      id\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      stage\n      revision\n      version\n      myRole\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canSuggest\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n        canRevise\n      }\n      derivedFrom {\n        id\n        title\n      }\n      availableTransitions {\n        to\n        rationaleRequired\n      }\n      availableDecisions\n      committeeVotesNeeded\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        canSignOff\n      }\n      createdAt\n      updatedAt\n      institution {\n        id\n        name\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n          organization {\n            id\n            name\n            kind\n          }\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n        }\n        issues {\n          code\n          message\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n      coverage {\n        uncoveredSkills {\n          id\n        }\n        uncoveredEssentialSkills {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        note\n        revision\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n      snapshots {\n        id\n        revision\n        stage\n        takenAt\n      }\n      suggestions {\n        id\n        targetType\n        targetId\n        field\n        baseText\n        proposedText\n        note\n        status\n        decisionNote\n        currentText\n        outdated\n        createdAt\n        author {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        myPermissions {\n          canAccept\n          canReject\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignWorkspace($id: ID!) {\n    me {\n      id\n      displayName\n      email\n    }\n    design(id: $id) {\n      id\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      stage\n      revision\n      version\n      myRole\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canSuggest\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n        canRevise\n      }\n      derivedFrom {\n        id\n        title\n      }\n      availableTransitions {\n        to\n        rationaleRequired\n      }\n      availableDecisions\n      committeeVotesNeeded\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        canSignOff\n      }\n      createdAt\n      updatedAt\n      institution {\n        id\n        name\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n          organization {\n            id\n            name\n            kind\n          }\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n        }\n        issues {\n          code\n          message\n        }\n        myPermissions {\n          canEdit\n          canRemove\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n        }\n        mentions {\n          id\n          displayName\n        }\n      }\n      coverage {\n        uncoveredSkills {\n          id\n        }\n        uncoveredEssentialSkills {\n          id\n        }\n      }\n      decisions {\n        id\n        kind\n        note\n        revision\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n      snapshots {\n        id\n        revision\n        stage\n        takenAt\n      }\n      suggestions {\n        id\n        targetType\n        targetId\n        field\n        baseText\n        proposedText\n        note\n        status\n        decisionNote\n        currentText\n        outdated\n        createdAt\n        author {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        myPermissions {\n          canAccept\n          canReject\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportBadge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n',
): (typeof documents)['\n  query ExportBadge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportBriefMarkdown($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n',
): (typeof documents)['\n  query ExportBriefMarkdown($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportCasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n',
): (typeof documents)['\n  query ExportCasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportCtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n',
): (typeof documents)['\n  query ExportCtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDesignField($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      id\n      version\n      revision\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDesignField($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      id\n      version\n      revision\n      title\n      summary\n      sector\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      participationForm\n      qualityAssurance\n      creditValue\n      stackability\n      price\n      validityPeriod\n      issuerCountry\n      level\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignHistoryHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n',
): (typeof documents)['\n  query DesignHistoryHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignHistory($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      lastSeq\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignHistory($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      lastSeq\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompareSnapshots($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n',
): (typeof documents)['\n  query CompareSnapshots($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      id\n      position\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      id\n      position\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveOutcome($id: ID!) {\n    removeOutcome(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveOutcome($id: ID!) {\n    removeOutcome(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {\n    inviteToDesign(designId: $designId, email: $email, role: $role) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {\n    inviteToDesign(designId: $designId, email: $email, role: $role) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PendingInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PendingInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      token\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      token\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      id\n      name\n      priority\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      id\n      name\n      priority\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveSkill($id: ID!) {\n    removeSkill(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveSkill($id: ID!) {\n    removeSkill(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SendBackHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n',
): (typeof documents)['\n  query SendBackHead($id: ID!) {\n    design(id: $id) {\n      id\n      lastSeq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SendBackPage($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SendBackPage($id: ID!, $afterSeq: Int!, $limit: Int!) {\n    design(id: $id) {\n      id\n      events(afterSeq: $afterSeq, limit: $limit) {\n        seq\n        type\n        actor {\n          id\n          displayName\n        }\n        data\n        at\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransitionDesign($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n    }\n  }\n',
): (typeof documents)['\n  mutation TransitionDesign($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      id\n      kind\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      id\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOffDesign($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOffDesign($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
