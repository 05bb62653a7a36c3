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
  '\n  fragment SkillFields on Skill {\n    id\n    name\n    description\n    priority\n    version\n    frameworkRef {\n      framework\n      code\n      label\n      url\n    }\n    proposedBy {\n      id\n    }\n    coveredBy {\n      id\n    }\n  }\n': typeof types.SkillFieldsFragmentDoc;
  '\n  fragment OutcomeFields on Outcome {\n    id\n    statement\n    bloomLevel\n    assessmentMethod\n    position\n    version\n    skills {\n      id\n    }\n  }\n': typeof types.OutcomeFieldsFragmentDoc;
  '\n  fragment CommentFields on Comment {\n    id\n    targetType\n    targetId\n    body\n    parentId\n    resolved\n    createdAt\n    author {\n      id\n    }\n    mentions {\n      id\n    }\n    replies {\n      id\n      parentId\n      body\n      author {\n        id\n      }\n    }\n  }\n': typeof types.CommentFieldsFragmentDoc;
  '\n  fragment DesignFields on Design {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    stage\n    revision\n    version\n    createdAt\n    updatedAt\n    institution {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.DesignFieldsFragmentDoc;
  '\n  fragment DesignDetailFields on Design {\n    ...DesignFields\n    participants {\n      role\n      joinedAt\n      user {\n        id\n        email\n        displayName\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    skills {\n      ...SkillFields\n    }\n    outcomes {\n      ...OutcomeFields\n    }\n    coverage {\n      uncoveredSkills {\n        id\n      }\n      uncoveredEssentialSkills {\n        id\n      }\n    }\n  }\n': typeof types.DesignDetailFieldsFragmentDoc;
  '\n  fragment DesignEventFields on DesignEvent {\n    seq\n    type\n    actor {\n      id\n    }\n    data\n    at\n  }\n': typeof types.DesignEventFieldsFragmentDoc;
  '\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      ...DesignFields\n      participants {\n        role\n        joinedAt\n        user {\n          id\n        }\n      }\n    }\n  }\n': typeof types.CreateDesignDocument;
  '\n  mutation UpdateDesign($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      ...DesignFields\n    }\n  }\n': typeof types.UpdateDesignDocument;
  '\n  query Design($id: ID!) {\n    design(id: $id) {\n      ...DesignDetailFields\n    }\n  }\n': typeof types.DesignDocument;
  '\n  query DesignId($id: ID!) {\n    design(id: $id) {\n      id\n      title\n    }\n  }\n': typeof types.DesignIdDocument;
  '\n  query DesignComments($id: ID!, $resolved: Boolean) {\n    design(id: $id) {\n      id\n      comments(resolved: $resolved) {\n        ...CommentFields\n      }\n    }\n  }\n': typeof types.DesignCommentsDocument;
  '\n  query DesignEvents($id: ID!, $afterSeq: Int, $limit: Int) {\n    design(id: $id) {\n      id\n      revision\n      events(afterSeq: $afterSeq, limit: $limit) {\n        ...DesignEventFields\n      }\n    }\n  }\n': typeof types.DesignEventsDocument;
  '\n  query Designs($filter: DesignFilter, $first: Int, $after: String) {\n    designs(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          stage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n': typeof types.DesignsDocument;
  '\n  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {\n    inviteToDesign(designId: $designId, email: $email, role: $role) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n': typeof types.InviteToDesignDocument;
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n      participants {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      ...SkillFields\n    }\n  }\n': typeof types.ProposeSkillDocument;
  '\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      ...SkillFields\n    }\n  }\n': typeof types.UpdateSkillDocument;
  '\n  mutation RemoveSkill($id: ID!) {\n    removeSkill(id: $id)\n  }\n': typeof types.RemoveSkillDocument;
  '\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      ...OutcomeFields\n    }\n  }\n': typeof types.AddOutcomeDocument;
  '\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      ...OutcomeFields\n    }\n  }\n': typeof types.UpdateOutcomeDocument;
  '\n  mutation RemoveOutcome($id: ID!) {\n    removeOutcome(id: $id)\n  }\n': typeof types.RemoveOutcomeDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n': typeof types.ResolveCommentDocument;
  '\n  query EventsByDefault($id: ID!) {\n    design(id: $id) {\n      events {\n        seq\n      }\n    }\n  }\n': typeof types.EventsByDefaultDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  query DesignInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        token\n        expiresAt\n      }\n    }\n  }\n': typeof types.DesignInvitationsDocument;
  '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query Everything($id: ID!) {\n    design(id: $id) {\n      ...DesignFields\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          ...UserFields\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n          statement\n          position\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n          name\n          priority\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        mentions {\n          id\n          displayName\n        }\n        replies {\n          id\n          body\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n          }\n        }\n      }\n      open: comments(resolved: false) {\n        id\n      }\n      coverage {\n        uncoveredSkills {\n          id\n          name\n        }\n        uncoveredEssentialSkills {\n          id\n          name\n        }\n      }\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      events(afterSeq: 0, limit: 100) {\n        seq\n        type\n        actor {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        data\n        at\n      }\n    }\n  }\n': typeof types.EverythingDocument;
  '\n  mutation ToPartnerReview($designId: ID!) {\n    transitionDesign(designId: $designId, to: PARTNER_REVIEW) {\n      id\n    }\n  }\n': typeof types.ToPartnerReviewDocument;
  '\n  mutation Endorse($designId: ID!) {\n    recordDecision(designId: $designId, kind: ENDORSE) {\n      id\n    }\n  }\n': typeof types.EndorseDocument;
  '\n  mutation AddCommentIdOnly($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n': typeof types.AddCommentIdOnlyDocument;
  '\n  mutation AddCommentWithLinks($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      author {\n        id\n        organization {\n          id\n        }\n      }\n      mentions {\n        id\n      }\n      replies {\n        id\n      }\n    }\n  }\n': typeof types.AddCommentWithLinksDocument;
  '\n  query OutcomeIssues($id: ID!) {\n    design(id: $id) {\n      outcomes {\n        id\n        statement\n        issues {\n          code\n          message\n        }\n      }\n    }\n  }\n': typeof types.OutcomeIssuesDocument;
  '\n  mutation UpdateOutcomeIssues($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      version\n      issues {\n        code\n        message\n      }\n    }\n  }\n': typeof types.UpdateOutcomeIssuesDocument;
  '\n  mutation AddOutcomeIssues($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      issues {\n        code\n      }\n    }\n  }\n': typeof types.AddOutcomeIssuesDocument;
  '\n      query OutcomesWithoutIssues($id: ID!) {\n        design(id: $id) {\n          outcomes {\n            id\n            statement\n          }\n        }\n      }\n    ': typeof types.OutcomesWithoutIssuesDocument;
  '\n  fragment SuggestionFields on Suggestion {\n    id\n    targetType\n    targetId\n    field\n    baseText\n    proposedText\n    note\n    status\n    decisionNote\n    decidedAt\n    currentText\n    outdated\n    author {\n      id\n    }\n    decidedBy {\n      id\n    }\n    myPermissions {\n      canAccept\n      canReject\n    }\n    createdAt\n  }\n': typeof types.SuggestionFieldsFragmentDoc;
  '\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n': typeof types.SuggestChangeDocument;
  '\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      ...SuggestionFields\n    }\n  }\n': typeof types.AcceptSuggestionDocument;
  '\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      ...SuggestionFields\n    }\n  }\n': typeof types.RejectSuggestionDocument;
  '\n  query DesignSuggestions($id: ID!, $status: SuggestionStatus) {\n    design(id: $id) {\n      id\n      myPermissions {\n        canSuggest\n      }\n      suggestions(status: $status) {\n        ...SuggestionFields\n      }\n    }\n  }\n': typeof types.DesignSuggestionsDocument;
  '\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    orgRole\n    organization {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n      }\n    }\n  }\n': typeof types.LogInDocument;
  '\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation InviteToOrganization($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      orgRole\n      token\n      expiresAt\n    }\n  }\n': typeof types.InviteToOrganizationDocument;
  '\n    query Available($id: ID!) {\n      design(id: $id) {\n        stage\n        availableTransitions {\n          to\n          rationaleRequired\n        }\n        availableDecisions\n      }\n    }\n  ': typeof types.AvailableDocument;
  '\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      orgRole\n      active\n    }\n  }\n': typeof types.OrganizationMembersDocument;
  '\n  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {\n    updateMemberRole(userId: $userId, orgRole: $orgRole) {\n      id\n      orgRole\n      active\n    }\n  }\n': typeof types.UpdateMemberRoleDocument;
  '\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      orgRole\n      active\n    }\n  }\n': typeof types.DeactivateMemberDocument;
  '\n  query SeededDesigns {\n    designs {\n      totalCount\n      edges {\n        node {\n          title\n          skills {\n            id\n          }\n          outcomes {\n            id\n          }\n          participants {\n            role\n          }\n          comments {\n            mentions {\n              id\n            }\n            replies {\n              id\n            }\n          }\n          coverage {\n            uncoveredEssentialSkills {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.SeededDesignsDocument;
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation LogOut {\n    logOut\n  }\n': typeof types.LogOutDocument;
  '\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n': typeof types.LogOutEverywhereDocument;
  '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n': typeof types.EndSessionDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query EndorsementCredentials($designId: ID!) {\n    exportEndorsementCredentials(designId: $designId)\n  }\n': typeof types.EndorsementCredentialsDocument;
  '\n        query EndorsementDecisions($id: ID!) {\n          design(id: $id) {\n            decisions {\n              id\n              kind\n              createdAt\n              user {\n                id\n              }\n            }\n          }\n        }\n      ': typeof types.EndorsementDecisionsDocument;
  '\n  query InstitutionPipeline {\n    institutionPipeline\n  }\n': typeof types.InstitutionPipelineDocument;
  '\n  query PipelineVersions {\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n': typeof types.PipelineVersionsDocument;
  '\n  mutation UpdatePipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n': typeof types.UpdatePipelineDocument;
  '\n  mutation SignOff($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n': typeof types.SignOffDocument;
  '\n  query UnitSignOffs($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n': typeof types.UnitSignOffsDocument;
  '\n  query DesignReadiness($id: ID!) {\n    design(id: $id) {\n      id\n      version\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n    }\n  }\n': typeof types.DesignReadinessDocument;
  '\n  mutation DuplicateDesign($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n      title\n      summary\n      hours\n      deliveryMode\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n        title\n      }\n    }\n  }\n': typeof types.DuplicateDesignDocument;
  '\n  query DerivedList {\n    designs(first: 50) {\n      edges {\n        node {\n          id\n          derivedFrom {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.DerivedListDocument;
  '\n  mutation ReviseDesign($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n      }\n    }\n  }\n': typeof types.ReviseDesignDocument;
  '\n  query CopyContent($id: ID!) {\n    design(id: $id) {\n      id\n      title\n      summary\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      creditValue\n      level\n      stage\n      revision\n      myPermissions {\n        canRevise\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        skills {\n          id\n        }\n      }\n      participants {\n        role\n        user {\n          id\n        }\n      }\n      comments {\n        id\n      }\n      decisions {\n        id\n      }\n      invitations {\n        email\n      }\n    }\n  }\n': typeof types.CopyContentDocument;
  '\n  query Superseded($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n': typeof types.SupersededDocument;
  '\n  query CasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n': typeof types.CasePackageDocument;
  '\n  query CtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n': typeof types.CtdlCredentialDocument;
  '\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n        myRole\n      }\n    }\n  }\n': typeof types.MyTasksDocument;
  '\n  mutation RemoveTaskParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n': typeof types.RemoveTaskParticipantDocument;
  '\n  fragment DecisionFields on Decision {\n    id\n    kind\n    revision\n    note\n    createdAt\n    user {\n      id\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.DecisionFieldsFragmentDoc;
  '\n  fragment SnapshotFields on Snapshot {\n    id\n    revision\n    stage\n    takenAt\n  }\n': typeof types.SnapshotFieldsFragmentDoc;
  '\n  fragment PublishedDesignFields on PublishedDesign {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    creditValue\n    issuerCountry\n    level\n    publishedAt\n    achievementUrl\n    institution {\n      id\n      name\n      kind\n    }\n    skills {\n      name\n      description\n      priority\n      frameworkRef {\n        framework\n        code\n        label\n        url\n      }\n    }\n    outcomes {\n      statement\n      bloomLevel\n      assessmentMethod\n      position\n    }\n    endorsedBy {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.PublishedDesignFieldsFragmentDoc;
  '\n  mutation Transition($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n      revision\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n': typeof types.TransitionDocument;
  '\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      ...DecisionFields\n    }\n  }\n': typeof types.RecordDecisionDocument;
  '\n  query Workflow($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      revision\n      current: decisions {\n        ...DecisionFields\n      }\n      all: decisions(currentRevisionOnly: false) {\n        ...DecisionFields\n      }\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n': typeof types.WorkflowDocument;
  '\n  query Decisions($id: ID!, $currentRevisionOnly: Boolean) {\n    design(id: $id) {\n      id\n      revision\n      decisions(currentRevisionOnly: $currentRevisionOnly) {\n        ...DecisionFields\n      }\n    }\n  }\n': typeof types.DecisionsDocument;
  '\n  query Snapshots($id: ID!) {\n    design(id: $id) {\n      id\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n': typeof types.SnapshotsDocument;
  '\n  query Compare($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n': typeof types.CompareDocument;
  '\n  query Badge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n': typeof types.BadgeDocument;
  '\n  query Brief($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n': typeof types.BriefDocument;
  '\n  query Catalog($first: Int, $after: String, $search: String, $sector: String, $deliveryMode: DeliveryMode) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n': typeof types.CatalogDocument;
  '\n  query CatalogDetail($first: Int, $after: String, $search: String) {\n    publishedCatalog(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...PublishedDesignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n': typeof types.CatalogDetailDocument;
  '\n  query PublishedDesign($id: ID!) {\n    publishedDesign(id: $id) {\n      ...PublishedDesignFields\n    }\n  }\n': typeof types.PublishedDesignDocument;
};
const documents: Documents = {
  '\n  fragment SkillFields on Skill {\n    id\n    name\n    description\n    priority\n    version\n    frameworkRef {\n      framework\n      code\n      label\n      url\n    }\n    proposedBy {\n      id\n    }\n    coveredBy {\n      id\n    }\n  }\n':
    types.SkillFieldsFragmentDoc,
  '\n  fragment OutcomeFields on Outcome {\n    id\n    statement\n    bloomLevel\n    assessmentMethod\n    position\n    version\n    skills {\n      id\n    }\n  }\n':
    types.OutcomeFieldsFragmentDoc,
  '\n  fragment CommentFields on Comment {\n    id\n    targetType\n    targetId\n    body\n    parentId\n    resolved\n    createdAt\n    author {\n      id\n    }\n    mentions {\n      id\n    }\n    replies {\n      id\n      parentId\n      body\n      author {\n        id\n      }\n    }\n  }\n':
    types.CommentFieldsFragmentDoc,
  '\n  fragment DesignFields on Design {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    stage\n    revision\n    version\n    createdAt\n    updatedAt\n    institution {\n      id\n      name\n      kind\n    }\n  }\n':
    types.DesignFieldsFragmentDoc,
  '\n  fragment DesignDetailFields on Design {\n    ...DesignFields\n    participants {\n      role\n      joinedAt\n      user {\n        id\n        email\n        displayName\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    skills {\n      ...SkillFields\n    }\n    outcomes {\n      ...OutcomeFields\n    }\n    coverage {\n      uncoveredSkills {\n        id\n      }\n      uncoveredEssentialSkills {\n        id\n      }\n    }\n  }\n':
    types.DesignDetailFieldsFragmentDoc,
  '\n  fragment DesignEventFields on DesignEvent {\n    seq\n    type\n    actor {\n      id\n    }\n    data\n    at\n  }\n':
    types.DesignEventFieldsFragmentDoc,
  '\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      ...DesignFields\n      participants {\n        role\n        joinedAt\n        user {\n          id\n        }\n      }\n    }\n  }\n':
    types.CreateDesignDocument,
  '\n  mutation UpdateDesign($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      ...DesignFields\n    }\n  }\n':
    types.UpdateDesignDocument,
  '\n  query Design($id: ID!) {\n    design(id: $id) {\n      ...DesignDetailFields\n    }\n  }\n':
    types.DesignDocument,
  '\n  query DesignId($id: ID!) {\n    design(id: $id) {\n      id\n      title\n    }\n  }\n':
    types.DesignIdDocument,
  '\n  query DesignComments($id: ID!, $resolved: Boolean) {\n    design(id: $id) {\n      id\n      comments(resolved: $resolved) {\n        ...CommentFields\n      }\n    }\n  }\n':
    types.DesignCommentsDocument,
  '\n  query DesignEvents($id: ID!, $afterSeq: Int, $limit: Int) {\n    design(id: $id) {\n      id\n      revision\n      events(afterSeq: $afterSeq, limit: $limit) {\n        ...DesignEventFields\n      }\n    }\n  }\n':
    types.DesignEventsDocument,
  '\n  query Designs($filter: DesignFilter, $first: Int, $after: String) {\n    designs(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          stage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n':
    types.DesignsDocument,
  '\n  mutation InviteToDesign($designId: ID!, $email: String!, $role: DesignRole!) {\n    inviteToDesign(designId: $designId, email: $email, role: $role) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n':
    types.InviteToDesignDocument,
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n      participants {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      ...SkillFields\n    }\n  }\n':
    types.ProposeSkillDocument,
  '\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      ...SkillFields\n    }\n  }\n':
    types.UpdateSkillDocument,
  '\n  mutation RemoveSkill($id: ID!) {\n    removeSkill(id: $id)\n  }\n': types.RemoveSkillDocument,
  '\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      ...OutcomeFields\n    }\n  }\n':
    types.AddOutcomeDocument,
  '\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      ...OutcomeFields\n    }\n  }\n':
    types.UpdateOutcomeDocument,
  '\n  mutation RemoveOutcome($id: ID!) {\n    removeOutcome(id: $id)\n  }\n': types.RemoveOutcomeDocument,
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n':
    types.ResolveCommentDocument,
  '\n  query EventsByDefault($id: ID!) {\n    design(id: $id) {\n      events {\n        seq\n      }\n    }\n  }\n':
    types.EventsByDefaultDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  query DesignInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        token\n        expiresAt\n      }\n    }\n  }\n':
    types.DesignInvitationsDocument,
  '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query Everything($id: ID!) {\n    design(id: $id) {\n      ...DesignFields\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          ...UserFields\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n          statement\n          position\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n          name\n          priority\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        mentions {\n          id\n          displayName\n        }\n        replies {\n          id\n          body\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n          }\n        }\n      }\n      open: comments(resolved: false) {\n        id\n      }\n      coverage {\n        uncoveredSkills {\n          id\n          name\n        }\n        uncoveredEssentialSkills {\n          id\n          name\n        }\n      }\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      events(afterSeq: 0, limit: 100) {\n        seq\n        type\n        actor {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        data\n        at\n      }\n    }\n  }\n':
    types.EverythingDocument,
  '\n  mutation ToPartnerReview($designId: ID!) {\n    transitionDesign(designId: $designId, to: PARTNER_REVIEW) {\n      id\n    }\n  }\n':
    types.ToPartnerReviewDocument,
  '\n  mutation Endorse($designId: ID!) {\n    recordDecision(designId: $designId, kind: ENDORSE) {\n      id\n    }\n  }\n':
    types.EndorseDocument,
  '\n  mutation AddCommentIdOnly($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n':
    types.AddCommentIdOnlyDocument,
  '\n  mutation AddCommentWithLinks($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      author {\n        id\n        organization {\n          id\n        }\n      }\n      mentions {\n        id\n      }\n      replies {\n        id\n      }\n    }\n  }\n':
    types.AddCommentWithLinksDocument,
  '\n  query OutcomeIssues($id: ID!) {\n    design(id: $id) {\n      outcomes {\n        id\n        statement\n        issues {\n          code\n          message\n        }\n      }\n    }\n  }\n':
    types.OutcomeIssuesDocument,
  '\n  mutation UpdateOutcomeIssues($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      version\n      issues {\n        code\n        message\n      }\n    }\n  }\n':
    types.UpdateOutcomeIssuesDocument,
  '\n  mutation AddOutcomeIssues($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      issues {\n        code\n      }\n    }\n  }\n':
    types.AddOutcomeIssuesDocument,
  '\n      query OutcomesWithoutIssues($id: ID!) {\n        design(id: $id) {\n          outcomes {\n            id\n            statement\n          }\n        }\n      }\n    ':
    types.OutcomesWithoutIssuesDocument,
  '\n  fragment SuggestionFields on Suggestion {\n    id\n    targetType\n    targetId\n    field\n    baseText\n    proposedText\n    note\n    status\n    decisionNote\n    decidedAt\n    currentText\n    outdated\n    author {\n      id\n    }\n    decidedBy {\n      id\n    }\n    myPermissions {\n      canAccept\n      canReject\n    }\n    createdAt\n  }\n':
    types.SuggestionFieldsFragmentDoc,
  '\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n':
    types.SuggestChangeDocument,
  '\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      ...SuggestionFields\n    }\n  }\n':
    types.AcceptSuggestionDocument,
  '\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      ...SuggestionFields\n    }\n  }\n':
    types.RejectSuggestionDocument,
  '\n  query DesignSuggestions($id: ID!, $status: SuggestionStatus) {\n    design(id: $id) {\n      id\n      myPermissions {\n        canSuggest\n      }\n      suggestions(status: $status) {\n        ...SuggestionFields\n      }\n    }\n  }\n':
    types.DesignSuggestionsDocument,
  '\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    orgRole\n    organization {\n      id\n      name\n      kind\n    }\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n      }\n    }\n  }\n':
    types.LogInDocument,
  '\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation InviteToOrganization($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      orgRole\n      token\n      expiresAt\n    }\n  }\n':
    types.InviteToOrganizationDocument,
  '\n    query Available($id: ID!) {\n      design(id: $id) {\n        stage\n        availableTransitions {\n          to\n          rationaleRequired\n        }\n        availableDecisions\n      }\n    }\n  ':
    types.AvailableDocument,
  '\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      orgRole\n      active\n    }\n  }\n':
    types.OrganizationMembersDocument,
  '\n  mutation UpdateMemberRole($userId: ID!, $orgRole: OrgRole!) {\n    updateMemberRole(userId: $userId, orgRole: $orgRole) {\n      id\n      orgRole\n      active\n    }\n  }\n':
    types.UpdateMemberRoleDocument,
  '\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      orgRole\n      active\n    }\n  }\n':
    types.DeactivateMemberDocument,
  '\n  query SeededDesigns {\n    designs {\n      totalCount\n      edges {\n        node {\n          title\n          skills {\n            id\n          }\n          outcomes {\n            id\n          }\n          participants {\n            role\n          }\n          comments {\n            mentions {\n              id\n            }\n            replies {\n              id\n            }\n          }\n          coverage {\n            uncoveredEssentialSkills {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.SeededDesignsDocument,
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation LogOut {\n    logOut\n  }\n': types.LogOutDocument,
  '\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n': types.LogOutEverywhereDocument,
  '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n': types.EndSessionDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  query EndorsementCredentials($designId: ID!) {\n    exportEndorsementCredentials(designId: $designId)\n  }\n':
    types.EndorsementCredentialsDocument,
  '\n        query EndorsementDecisions($id: ID!) {\n          design(id: $id) {\n            decisions {\n              id\n              kind\n              createdAt\n              user {\n                id\n              }\n            }\n          }\n        }\n      ':
    types.EndorsementDecisionsDocument,
  '\n  query InstitutionPipeline {\n    institutionPipeline\n  }\n': types.InstitutionPipelineDocument,
  '\n  query PipelineVersions {\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n':
    types.PipelineVersionsDocument,
  '\n  mutation UpdatePipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n':
    types.UpdatePipelineDocument,
  '\n  mutation SignOff($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n':
    types.SignOffDocument,
  '\n  query UnitSignOffs($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n':
    types.UnitSignOffsDocument,
  '\n  query DesignReadiness($id: ID!) {\n    design(id: $id) {\n      id\n      version\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n    }\n  }\n':
    types.DesignReadinessDocument,
  '\n  mutation DuplicateDesign($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n      title\n      summary\n      hours\n      deliveryMode\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n        title\n      }\n    }\n  }\n':
    types.DuplicateDesignDocument,
  '\n  query DerivedList {\n    designs(first: 50) {\n      edges {\n        node {\n          id\n          derivedFrom {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.DerivedListDocument,
  '\n  mutation ReviseDesign($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n      }\n    }\n  }\n':
    types.ReviseDesignDocument,
  '\n  query CopyContent($id: ID!) {\n    design(id: $id) {\n      id\n      title\n      summary\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      creditValue\n      level\n      stage\n      revision\n      myPermissions {\n        canRevise\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        skills {\n          id\n        }\n      }\n      participants {\n        role\n        user {\n          id\n        }\n      }\n      comments {\n        id\n      }\n      decisions {\n        id\n      }\n      invitations {\n        email\n      }\n    }\n  }\n':
    types.CopyContentDocument,
  '\n  query Superseded($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n':
    types.SupersededDocument,
  '\n  query CasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n':
    types.CasePackageDocument,
  '\n  query CtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n':
    types.CtdlCredentialDocument,
  '\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n        myRole\n      }\n    }\n  }\n':
    types.MyTasksDocument,
  '\n  mutation RemoveTaskParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n':
    types.RemoveTaskParticipantDocument,
  '\n  fragment DecisionFields on Decision {\n    id\n    kind\n    revision\n    note\n    createdAt\n    user {\n      id\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.DecisionFieldsFragmentDoc,
  '\n  fragment SnapshotFields on Snapshot {\n    id\n    revision\n    stage\n    takenAt\n  }\n':
    types.SnapshotFieldsFragmentDoc,
  '\n  fragment PublishedDesignFields on PublishedDesign {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    creditValue\n    issuerCountry\n    level\n    publishedAt\n    achievementUrl\n    institution {\n      id\n      name\n      kind\n    }\n    skills {\n      name\n      description\n      priority\n      frameworkRef {\n        framework\n        code\n        label\n        url\n      }\n    }\n    outcomes {\n      statement\n      bloomLevel\n      assessmentMethod\n      position\n    }\n    endorsedBy {\n      id\n      name\n      kind\n    }\n  }\n':
    types.PublishedDesignFieldsFragmentDoc,
  '\n  mutation Transition($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n      revision\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n':
    types.TransitionDocument,
  '\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      ...DecisionFields\n    }\n  }\n':
    types.RecordDecisionDocument,
  '\n  query Workflow($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      revision\n      current: decisions {\n        ...DecisionFields\n      }\n      all: decisions(currentRevisionOnly: false) {\n        ...DecisionFields\n      }\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n':
    types.WorkflowDocument,
  '\n  query Decisions($id: ID!, $currentRevisionOnly: Boolean) {\n    design(id: $id) {\n      id\n      revision\n      decisions(currentRevisionOnly: $currentRevisionOnly) {\n        ...DecisionFields\n      }\n    }\n  }\n':
    types.DecisionsDocument,
  '\n  query Snapshots($id: ID!) {\n    design(id: $id) {\n      id\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n':
    types.SnapshotsDocument,
  '\n  query Compare($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n':
    types.CompareDocument,
  '\n  query Badge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n': types.BadgeDocument,
  '\n  query Brief($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n': types.BriefDocument,
  '\n  query Catalog($first: Int, $after: String, $search: String, $sector: String, $deliveryMode: DeliveryMode) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n':
    types.CatalogDocument,
  '\n  query CatalogDetail($first: Int, $after: String, $search: String) {\n    publishedCatalog(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...PublishedDesignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n':
    types.CatalogDetailDocument,
  '\n  query PublishedDesign($id: ID!) {\n    publishedDesign(id: $id) {\n      ...PublishedDesignFields\n    }\n  }\n':
    types.PublishedDesignDocument,
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
  source: '\n  fragment SkillFields on Skill {\n    id\n    name\n    description\n    priority\n    version\n    frameworkRef {\n      framework\n      code\n      label\n      url\n    }\n    proposedBy {\n      id\n    }\n    coveredBy {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment SkillFields on Skill {\n    id\n    name\n    description\n    priority\n    version\n    frameworkRef {\n      framework\n      code\n      label\n      url\n    }\n    proposedBy {\n      id\n    }\n    coveredBy {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutcomeFields on Outcome {\n    id\n    statement\n    bloomLevel\n    assessmentMethod\n    position\n    version\n    skills {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment OutcomeFields on Outcome {\n    id\n    statement\n    bloomLevel\n    assessmentMethod\n    position\n    version\n    skills {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommentFields on Comment {\n    id\n    targetType\n    targetId\n    body\n    parentId\n    resolved\n    createdAt\n    author {\n      id\n    }\n    mentions {\n      id\n    }\n    replies {\n      id\n      parentId\n      body\n      author {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CommentFields on Comment {\n    id\n    targetType\n    targetId\n    body\n    parentId\n    resolved\n    createdAt\n    author {\n      id\n    }\n    mentions {\n      id\n    }\n    replies {\n      id\n      parentId\n      body\n      author {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DesignFields on Design {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    stage\n    revision\n    version\n    createdAt\n    updatedAt\n    institution {\n      id\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  fragment DesignFields on Design {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    stage\n    revision\n    version\n    createdAt\n    updatedAt\n    institution {\n      id\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DesignDetailFields on Design {\n    ...DesignFields\n    participants {\n      role\n      joinedAt\n      user {\n        id\n        email\n        displayName\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    skills {\n      ...SkillFields\n    }\n    outcomes {\n      ...OutcomeFields\n    }\n    coverage {\n      uncoveredSkills {\n        id\n      }\n      uncoveredEssentialSkills {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment DesignDetailFields on Design {\n    ...DesignFields\n    participants {\n      role\n      joinedAt\n      user {\n        id\n        email\n        displayName\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    skills {\n      ...SkillFields\n    }\n    outcomes {\n      ...OutcomeFields\n    }\n    coverage {\n      uncoveredSkills {\n        id\n      }\n      uncoveredEssentialSkills {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DesignEventFields on DesignEvent {\n    seq\n    type\n    actor {\n      id\n    }\n    data\n    at\n  }\n',
): (typeof documents)['\n  fragment DesignEventFields on DesignEvent {\n    seq\n    type\n    actor {\n      id\n    }\n    data\n    at\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      ...DesignFields\n      participants {\n        role\n        joinedAt\n        user {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDesign($input: CreateDesignInput!) {\n    createDesign(input: $input) {\n      ...DesignFields\n      participants {\n        role\n        joinedAt\n        user {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDesign($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      ...DesignFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDesign($id: ID!, $input: UpdateDesignInput!) {\n    updateDesign(id: $id, input: $input) {\n      ...DesignFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Design($id: ID!) {\n    design(id: $id) {\n      ...DesignDetailFields\n    }\n  }\n',
): (typeof documents)['\n  query Design($id: ID!) {\n    design(id: $id) {\n      ...DesignDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignId($id: ID!) {\n    design(id: $id) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  query DesignId($id: ID!) {\n    design(id: $id) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignComments($id: ID!, $resolved: Boolean) {\n    design(id: $id) {\n      id\n      comments(resolved: $resolved) {\n        ...CommentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignComments($id: ID!, $resolved: Boolean) {\n    design(id: $id) {\n      id\n      comments(resolved: $resolved) {\n        ...CommentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignEvents($id: ID!, $afterSeq: Int, $limit: Int) {\n    design(id: $id) {\n      id\n      revision\n      events(afterSeq: $afterSeq, limit: $limit) {\n        ...DesignEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignEvents($id: ID!, $afterSeq: Int, $limit: Int) {\n    design(id: $id) {\n      id\n      revision\n      events(afterSeq: $afterSeq, limit: $limit) {\n        ...DesignEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Designs($filter: DesignFilter, $first: Int, $after: String) {\n    designs(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          stage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Designs($filter: DesignFilter, $first: Int, $after: String) {\n    designs(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          stage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n'];
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
  source: '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n      participants {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      title\n      participants {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      ...SkillFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeSkill($designId: ID!, $input: ProposeSkillInput!) {\n    proposeSkill(designId: $designId, input: $input) {\n      ...SkillFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      ...SkillFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSkill($id: ID!, $input: UpdateSkillInput!) {\n    updateSkill(id: $id, input: $input) {\n      ...SkillFields\n    }\n  }\n'];
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
  source: '\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      ...OutcomeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddOutcome($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      ...OutcomeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      ...OutcomeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOutcome($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      ...OutcomeFields\n    }\n  }\n'];
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
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...CommentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventsByDefault($id: ID!) {\n    design(id: $id) {\n      events {\n        seq\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventsByDefault($id: ID!) {\n    design(id: $id) {\n      events {\n        seq\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      designTitle\n      institutionName\n      role\n      invitedBy\n      email\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        token\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignInvitations($id: ID!) {\n    design(id: $id) {\n      id\n      invitations {\n        id\n        email\n        role\n        token\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      role\n      token\n      expiresAt\n    }\n  }\n'];
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
  source: '\n  query Everything($id: ID!) {\n    design(id: $id) {\n      ...DesignFields\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          ...UserFields\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n          statement\n          position\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n          name\n          priority\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        mentions {\n          id\n          displayName\n        }\n        replies {\n          id\n          body\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n          }\n        }\n      }\n      open: comments(resolved: false) {\n        id\n      }\n      coverage {\n        uncoveredSkills {\n          id\n          name\n        }\n        uncoveredEssentialSkills {\n          id\n          name\n        }\n      }\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      events(afterSeq: 0, limit: 100) {\n        seq\n        type\n        actor {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        data\n        at\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Everything($id: ID!) {\n    design(id: $id) {\n      ...DesignFields\n      myPermissions {\n        canEdit\n        canProposeSkills\n        canAddOutcomes\n        canComment\n        canResolveAnyComment\n        canInvite\n        canRemoveParticipants\n      }\n      participants {\n        role\n        joinedAt\n        user {\n          ...UserFields\n        }\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        version\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n          displayName\n          organization {\n            id\n            name\n          }\n        }\n        coveredBy {\n          id\n          statement\n          position\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        version\n        skills {\n          id\n          name\n          priority\n          myPermissions {\n            canEdit\n          }\n        }\n        myPermissions {\n          canEdit\n          canRemove\n          canComment\n        }\n      }\n      comments {\n        id\n        targetType\n        targetId\n        body\n        parentId\n        resolved\n        createdAt\n        author {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        mentions {\n          id\n          displayName\n        }\n        replies {\n          id\n          body\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n          }\n        }\n      }\n      open: comments(resolved: false) {\n        id\n      }\n      coverage {\n        uncoveredSkills {\n          id\n          name\n        }\n        uncoveredEssentialSkills {\n          id\n          name\n        }\n      }\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n      events(afterSeq: 0, limit: 100) {\n        seq\n        type\n        actor {\n          id\n          displayName\n          organization {\n            name\n          }\n        }\n        data\n        at\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ToPartnerReview($designId: ID!) {\n    transitionDesign(designId: $designId, to: PARTNER_REVIEW) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ToPartnerReview($designId: ID!) {\n    transitionDesign(designId: $designId, to: PARTNER_REVIEW) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Endorse($designId: ID!) {\n    recordDecision(designId: $designId, kind: ENDORSE) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation Endorse($designId: ID!) {\n    recordDecision(designId: $designId, kind: ENDORSE) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCommentIdOnly($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCommentIdOnly($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCommentWithLinks($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      author {\n        id\n        organization {\n          id\n        }\n      }\n      mentions {\n        id\n      }\n      replies {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCommentWithLinks($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n      author {\n        id\n        organization {\n          id\n        }\n      }\n      mentions {\n        id\n      }\n      replies {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutcomeIssues($id: ID!) {\n    design(id: $id) {\n      outcomes {\n        id\n        statement\n        issues {\n          code\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OutcomeIssues($id: ID!) {\n    design(id: $id) {\n      outcomes {\n        id\n        statement\n        issues {\n          code\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOutcomeIssues($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      version\n      issues {\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOutcomeIssues($id: ID!, $input: UpdateOutcomeInput!) {\n    updateOutcome(id: $id, input: $input) {\n      version\n      issues {\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddOutcomeIssues($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      issues {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddOutcomeIssues($designId: ID!, $input: AddOutcomeInput!) {\n    addOutcome(designId: $designId, input: $input) {\n      issues {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query OutcomesWithoutIssues($id: ID!) {\n        design(id: $id) {\n          outcomes {\n            id\n            statement\n          }\n        }\n      }\n    ',
): (typeof documents)['\n      query OutcomesWithoutIssues($id: ID!) {\n        design(id: $id) {\n          outcomes {\n            id\n            statement\n          }\n        }\n      }\n    '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SuggestionFields on Suggestion {\n    id\n    targetType\n    targetId\n    field\n    baseText\n    proposedText\n    note\n    status\n    decisionNote\n    decidedAt\n    currentText\n    outdated\n    author {\n      id\n    }\n    decidedBy {\n      id\n    }\n    myPermissions {\n      canAccept\n      canReject\n    }\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment SuggestionFields on Suggestion {\n    id\n    targetType\n    targetId\n    field\n    baseText\n    proposedText\n    note\n    status\n    decisionNote\n    decidedAt\n    currentText\n    outdated\n    author {\n      id\n    }\n    decidedBy {\n      id\n    }\n    myPermissions {\n      canAccept\n      canReject\n    }\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SuggestChange($input: SuggestChangeInput!) {\n    suggestChange(input: $input) {\n      ...SuggestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      ...SuggestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptSuggestion($id: ID!) {\n    acceptSuggestion(id: $id) {\n      ...SuggestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      ...SuggestionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectSuggestion($id: ID!, $note: String) {\n    rejectSuggestion(id: $id, note: $note) {\n      ...SuggestionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignSuggestions($id: ID!, $status: SuggestionStatus) {\n    design(id: $id) {\n      id\n      myPermissions {\n        canSuggest\n      }\n      suggestions(status: $status) {\n        ...SuggestionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignSuggestions($id: ID!, $status: SuggestionStatus) {\n    design(id: $id) {\n      id\n      myPermissions {\n        canSuggest\n      }\n      suggestions(status: $status) {\n        ...SuggestionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    orgRole\n    organization {\n      id\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    orgRole\n    organization {\n      id\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      user {\n        ...UserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      accessToken\n      user {\n        id\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToOrganization($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      orgRole\n      token\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToOrganization($email: String!, $orgRole: OrgRole!) {\n    inviteToOrganization(email: $email, orgRole: $orgRole) {\n      id\n      email\n      orgRole\n      token\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query Available($id: ID!) {\n      design(id: $id) {\n        stage\n        availableTransitions {\n          to\n          rationaleRequired\n        }\n        availableDecisions\n      }\n    }\n  ',
): (typeof documents)['\n    query Available($id: ID!) {\n      design(id: $id) {\n        stage\n        availableTransitions {\n          to\n          rationaleRequired\n        }\n        availableDecisions\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      orgRole\n      active\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationMembers {\n    organizationMembers {\n      id\n      email\n      displayName\n      orgRole\n      active\n    }\n  }\n'];
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
  source: '\n  query SeededDesigns {\n    designs {\n      totalCount\n      edges {\n        node {\n          title\n          skills {\n            id\n          }\n          outcomes {\n            id\n          }\n          participants {\n            role\n          }\n          comments {\n            mentions {\n              id\n            }\n            replies {\n              id\n            }\n          }\n          coverage {\n            uncoveredEssentialSkills {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeededDesigns {\n    designs {\n      totalCount\n      edges {\n        node {\n          title\n          skills {\n            id\n          }\n          outcomes {\n            id\n          }\n          participants {\n            role\n          }\n          comments {\n            mentions {\n              id\n            }\n            replies {\n              id\n            }\n          }\n          coverage {\n            uncoveredEssentialSkills {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  mutation LogOut {\n    logOut\n  }\n',
): (typeof documents)['\n  mutation LogOut {\n    logOut\n  }\n'];
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
  source: '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n',
): (typeof documents)['\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n'];
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
  source: '\n  query EndorsementCredentials($designId: ID!) {\n    exportEndorsementCredentials(designId: $designId)\n  }\n',
): (typeof documents)['\n  query EndorsementCredentials($designId: ID!) {\n    exportEndorsementCredentials(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query EndorsementDecisions($id: ID!) {\n          design(id: $id) {\n            decisions {\n              id\n              kind\n              createdAt\n              user {\n                id\n              }\n            }\n          }\n        }\n      ',
): (typeof documents)['\n        query EndorsementDecisions($id: ID!) {\n          design(id: $id) {\n            decisions {\n              id\n              kind\n              createdAt\n              user {\n                id\n              }\n            }\n          }\n        }\n      '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InstitutionPipeline {\n    institutionPipeline\n  }\n',
): (typeof documents)['\n  query InstitutionPipeline {\n    institutionPipeline\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PipelineVersions {\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PipelineVersions {\n    institutionPipelineVersions {\n      version\n      definition\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n',
): (typeof documents)['\n  mutation UpdatePipeline($definition: JSON!) {\n    updateInstitutionPipeline(definition: $definition)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOff($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOff($designId: ID!, $unit: String!) {\n    signOffDesign(designId: $designId, unit: $unit) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitSignOffs($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitSignOffs($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      unitSignOffs {\n        unit\n        name\n        signedAt\n        signedBy {\n          id\n        }\n        canSignOff\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignReadiness($id: ID!) {\n    design(id: $id) {\n      id\n      version\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignReadiness($id: ID!) {\n    design(id: $id) {\n      id\n      version\n      issuerCountry\n      level\n      readiness {\n        ready\n        items {\n          framework\n          element\n          met\n          field\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DuplicateDesign($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n      title\n      summary\n      hours\n      deliveryMode\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DuplicateDesign($id: ID!) {\n    duplicateDesign(id: $id) {\n      id\n      title\n      summary\n      hours\n      deliveryMode\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DerivedList {\n    designs(first: 50) {\n      edges {\n        node {\n          id\n          derivedFrom {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DerivedList {\n    designs(first: 50) {\n      edges {\n        node {\n          id\n          derivedFrom {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviseDesign($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviseDesign($id: ID!) {\n    reviseDesign(id: $id) {\n      id\n      stage\n      myRole\n      institution {\n        id\n      }\n      derivedFrom {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CopyContent($id: ID!) {\n    design(id: $id) {\n      id\n      title\n      summary\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      creditValue\n      level\n      stage\n      revision\n      myPermissions {\n        canRevise\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        skills {\n          id\n        }\n      }\n      participants {\n        role\n        user {\n          id\n        }\n      }\n      comments {\n        id\n      }\n      decisions {\n        id\n      }\n      invitations {\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CopyContent($id: ID!) {\n    design(id: $id) {\n      id\n      title\n      summary\n      targetLearners\n      prerequisites\n      hours\n      deliveryMode\n      language\n      assessmentApproach\n      creditValue\n      level\n      stage\n      revision\n      myPermissions {\n        canRevise\n      }\n      skills {\n        id\n        name\n        description\n        priority\n        frameworkRef {\n          framework\n          code\n          label\n          url\n        }\n        proposedBy {\n          id\n        }\n      }\n      outcomes {\n        id\n        statement\n        bloomLevel\n        assessmentMethod\n        position\n        skills {\n          id\n        }\n      }\n      participants {\n        role\n        user {\n          id\n        }\n      }\n      comments {\n        id\n      }\n      decisions {\n        id\n      }\n      invitations {\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Superseded($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Superseded($id: ID!) {\n    publishedDesign(id: $id) {\n      id\n      title\n      supersededBy {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n',
): (typeof documents)['\n  query CasePackage($designId: ID!) {\n    exportCase(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n',
): (typeof documents)['\n  query CtdlCredential($designId: ID!) {\n    exportCtdl(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n        myRole\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTasks {\n    myTasks {\n      kind\n      since\n      design {\n        id\n        title\n        stage\n        myRole\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTaskParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveTaskParticipant($designId: ID!, $userId: ID!) {\n    removeParticipant(designId: $designId, userId: $userId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionFields on Decision {\n    id\n    kind\n    revision\n    note\n    createdAt\n    user {\n      id\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment DecisionFields on Decision {\n    id\n    kind\n    revision\n    note\n    createdAt\n    user {\n      id\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SnapshotFields on Snapshot {\n    id\n    revision\n    stage\n    takenAt\n  }\n',
): (typeof documents)['\n  fragment SnapshotFields on Snapshot {\n    id\n    revision\n    stage\n    takenAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublishedDesignFields on PublishedDesign {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    creditValue\n    issuerCountry\n    level\n    publishedAt\n    achievementUrl\n    institution {\n      id\n      name\n      kind\n    }\n    skills {\n      name\n      description\n      priority\n      frameworkRef {\n        framework\n        code\n        label\n        url\n      }\n    }\n    outcomes {\n      statement\n      bloomLevel\n      assessmentMethod\n      position\n    }\n    endorsedBy {\n      id\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  fragment PublishedDesignFields on PublishedDesign {\n    id\n    title\n    summary\n    sector\n    targetLearners\n    prerequisites\n    hours\n    deliveryMode\n    language\n    assessmentApproach\n    creditValue\n    issuerCountry\n    level\n    publishedAt\n    achievementUrl\n    institution {\n      id\n      name\n      kind\n    }\n    skills {\n      name\n      description\n      priority\n      frameworkRef {\n        framework\n        code\n        label\n        url\n      }\n    }\n    outcomes {\n      statement\n      bloomLevel\n      assessmentMethod\n      position\n    }\n    endorsedBy {\n      id\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Transition($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n      revision\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Transition($designId: ID!, $to: DesignStage!, $rationale: String) {\n    transitionDesign(designId: $designId, to: $to, rationale: $rationale) {\n      id\n      stage\n      revision\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      ...DecisionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDecision($designId: ID!, $kind: DecisionKind!, $note: String) {\n    recordDecision(designId: $designId, kind: $kind, note: $note) {\n      ...DecisionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workflow($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      revision\n      current: decisions {\n        ...DecisionFields\n      }\n      all: decisions(currentRevisionOnly: false) {\n        ...DecisionFields\n      }\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Workflow($id: ID!) {\n    design(id: $id) {\n      id\n      stage\n      revision\n      current: decisions {\n        ...DecisionFields\n      }\n      all: decisions(currentRevisionOnly: false) {\n        ...DecisionFields\n      }\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Decisions($id: ID!, $currentRevisionOnly: Boolean) {\n    design(id: $id) {\n      id\n      revision\n      decisions(currentRevisionOnly: $currentRevisionOnly) {\n        ...DecisionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Decisions($id: ID!, $currentRevisionOnly: Boolean) {\n    design(id: $id) {\n      id\n      revision\n      decisions(currentRevisionOnly: $currentRevisionOnly) {\n        ...DecisionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Snapshots($id: ID!) {\n    design(id: $id) {\n      id\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Snapshots($id: ID!) {\n    design(id: $id) {\n      id\n      snapshots {\n        ...SnapshotFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Compare($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n',
): (typeof documents)['\n  query Compare($fromId: ID!, $toId: ID!) {\n    compareSnapshots(fromId: $fromId, toId: $toId) {\n      path\n      before\n      after\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Badge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n',
): (typeof documents)['\n  query Badge($designId: ID!) {\n    exportOpenBadge(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Brief($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n',
): (typeof documents)['\n  query Brief($designId: ID!) {\n    exportBrief(designId: $designId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Catalog($first: Int, $after: String, $search: String, $sector: String, $deliveryMode: DeliveryMode) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Catalog($first: Int, $after: String, $search: String, $sector: String, $deliveryMode: DeliveryMode) {\n    publishedCatalog(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      deliveryMode: $deliveryMode\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogDetail($first: Int, $after: String, $search: String) {\n    publishedCatalog(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...PublishedDesignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query CatalogDetail($first: Int, $after: String, $search: String) {\n    publishedCatalog(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          ...PublishedDesignFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublishedDesign($id: ID!) {\n    publishedDesign(id: $id) {\n      ...PublishedDesignFields\n    }\n  }\n',
): (typeof documents)['\n  query PublishedDesign($id: ID!) {\n    publishedDesign(id: $id) {\n      ...PublishedDesignFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
