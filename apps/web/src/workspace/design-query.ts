import { graphql } from '../gql';
import type { DesignWorkspaceQuery } from '../gql/graphql';

/** Everything the workspace shows of a design, in one request (the API batches nested fields). */
export const DesignWorkspace = graphql(`
  query DesignWorkspace($id: ID!) {
    me {
      id
      displayName
      email
    }
    design(id: $id) {
      id
      title
      summary
      sector
      targetLearners
      prerequisites
      hours
      deliveryMode
      language
      assessmentApproach
      participationForm
      qualityAssurance
      creditValue
      stackability
      price
      validityPeriod
      issuerCountry
      level
      readiness {
        ready
        items {
          framework
          element
          met
          field
          message
        }
      }
      stage
      revision
      version
      myRole
      myPermissions {
        canEdit
        canProposeSkills
        canAddOutcomes
        canComment
        canSuggest
        canResolveAnyComment
        canInvite
        canRemoveParticipants
        canRevise
      }
      derivedFrom {
        id
        title
      }
      availableTransitions {
        to
        rationaleRequired
      }
      availableDecisions
      committeeVotesNeeded
      unitSignOffs {
        unit
        name
        signedAt
        signedBy {
          id
          displayName
        }
        canSignOff
      }
      createdAt
      updatedAt
      institution {
        id
        name
      }
      participants {
        role
        joinedAt
        user {
          id
          displayName
          email
          organization {
            id
            name
            kind
          }
        }
      }
      skills {
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
        proposedBy {
          id
          displayName
          organization {
            id
            name
          }
        }
        coveredBy {
          id
        }
        myPermissions {
          canEdit
          canRemove
        }
      }
      outcomes {
        id
        statement
        bloomLevel
        assessmentMethod
        position
        version
        skills {
          id
        }
        issues {
          code
          message
        }
        myPermissions {
          canEdit
          canRemove
        }
      }
      comments {
        id
        targetType
        targetId
        body
        parentId
        resolved
        createdAt
        author {
          id
          displayName
        }
        mentions {
          id
          displayName
        }
      }
      coverage {
        uncoveredSkills {
          id
        }
        uncoveredEssentialSkills {
          id
        }
      }
      decisions {
        id
        kind
        note
        revision
        createdAt
        user {
          id
          displayName
        }
      }
      snapshots {
        id
        revision
        stage
        takenAt
      }
      suggestions {
        id
        targetType
        targetId
        field
        baseText
        proposedText
        note
        status
        decisionNote
        currentText
        outdated
        createdAt
        author {
          id
          displayName
        }
        decidedBy {
          id
          displayName
        }
        myPermissions {
          canAccept
          canReject
        }
      }
    }
  }
`);

export type WorkspaceDesign = DesignWorkspaceQuery['design'];
export type WorkspaceSkill = WorkspaceDesign['skills'][number];
export type WorkspaceOutcome = WorkspaceDesign['outcomes'][number];
export type WorkspaceComment = WorkspaceDesign['comments'][number];
export type WorkspaceSuggestion = WorkspaceDesign['suggestions'][number];
export type WorkspaceMe = DesignWorkspaceQuery['me'];
