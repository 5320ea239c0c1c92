import { graphql } from '../../gql';

/** The teams the reader belongs to (a supervisor) or their jurisdiction sent (the office, inspectors). */
export const TeamsQuery = graphql(`
  query SupervisionTeams {
    supervisionTeams {
      id
      name
      kind
      jurisdictionId
      leaderId
      members {
        id
        displayName
        username
      }
      assignments {
        electionId
        jurisdictionId
      }
    }
  }
`);

/** Elections in the reader's scope, with where they lie (to see which a team's assignment covers). */
export const ElectionsQuery = graphql(`
  query SupervisionElections {
    elections(first: 100) {
      totalCount
      edges {
        node {
          id
          state
          electionDay
          organization {
            id
            name
          }
          jurisdiction {
            id
            name
            ancestors {
              id
            }
          }
        }
      }
    }
  }
`);

export const JurisdictionsQuery = graphql(`
  query SupervisionJurisdictions {
    jurisdictions(first: 100) {
      edges {
        node {
          id
          name
          depth
        }
      }
    }
  }
`);

export const VocabularyQuery = graphql(`
  query SupervisionVocabulary {
    supervisionVocabulary {
      checklist {
        id
        text
        citation
      }
      stages {
        code
        label
      }
      violationCodes {
        code
        label
      }
      severities
      teamKinds
    }
  }
`);

export const CoverageQuery = graphql(`
  query SupervisionCoverageSummary {
    supervisionCoverage {
      elections
      observations
      observedOnPollingDay
      openOrders
      overdueOrders
    }
  }
`);

export const SiteSummariesQuery = graphql(`
  query SupervisionSiteSummaries($electionId: ID!) {
    siteSummaries(electionId: $electionId) {
      site
      stage
      observers
      conflicts
      items {
        item
        status
        differs
      }
    }
  }
`);

export const SiteSummaryQuery = graphql(`
  query SupervisionSiteSummary($electionId: ID!, $site: String!, $stage: String!) {
    siteSummary(electionId: $electionId, site: $site, stage: $stage) {
      site
      stage
      observers
      conflicts
      items {
        item
        status
        differs
        answers {
          observationId
          observer
          answer
          numbers {
            entitled
            present
            ballotsIssued
            ballotsReturned
            proxiesHeld
            maxProxiesPerHolder
          }
        }
      }
    }
  }
`);

export const ObservationsQuery = graphql(`
  query SupervisionObservations($electionId: ID, $stage: String, $severity: String, $site: String, $violationCode: String) {
    observations(electionId: $electionId, stage: $stage, severity: $severity, site: $site, violationCode: $violationCode, first: 50) {
      totalCount
      edges {
        node {
          id
          electionId
          observerId
          observedAt
          stage
          site {
            name
            kind
          }
          maxSeverity
          recordedLate
          violations {
            code
            severity
          }
          flags {
            rule
            item
            message
            values
          }
        }
      }
    }
  }
`);

export const ObservationQuery = graphql(`
  query SupervisionObservation($id: ID!) {
    observation(id: $id) {
      id
      electionId
      teamId
      observerId
      observedAt
      submittedAt
      stage
      channel
      recordedLate
      lateReason
      narrative
      maxSeverity
      site {
        name
        kind
      }
      checklist {
        item
        answer
        note
        numbers {
          entitled
          present
          ballotsIssued
          ballotsReturned
          proxiesHeld
          maxProxiesPerHolder
        }
      }
      violations {
        code
        severity
        description
      }
      flags {
        rule
        item
        message
        values
      }
    }
    observationAmendments(id: $id) {
      id
      amendedAt
      amendedBy
      reason
      changes
    }
    observationOrders(observationId: $id) {
      id
      state
      dueOn
      overdue
      requirement
    }
  }
`);

export const OrdersQuery = graphql(`
  query SupervisionOrders($electionId: ID!) {
    rectificationOrders(electionId: $electionId) {
      id
      electionId
      observationId
      teamId
      state
      requirement
      dueOn
      overdue
      blocking
    }
  }
`);

export const OrderQuery = graphql(`
  query SupervisionOrder($id: ID!) {
    rectificationOrder(id: $id) {
      id
      version
      electionId
      observationId
      teamId
      state
      requirement
      dueOn
      overdue
      blocking
      rectification
      verification
      rejections
    }
    rectificationOrderActions(id: $id) {
      event
      allowed
      reasons {
        rule
        message
        citation
        values
      }
    }
  }
`);

export const IssueOrderMutation = graphql(`
  mutation SupervisionIssueOrder($input: IssueRectificationOrderInput!) {
    issueRectificationOrder(input: $input) {
      id
      state
      dueOn
    }
  }
`);

export const AcknowledgeOrder = graphql(`
  mutation SupervisionAcknowledgeOrder($input: OrderStepInput!) {
    acknowledgeRectificationOrder(input: $input) {
      id
      state
      version
    }
  }
`);

export const RectifyOrder = graphql(`
  mutation SupervisionRectifyOrder($input: RectifyOrderInput!) {
    rectifyRectificationOrder(input: $input) {
      id
      state
      version
    }
  }
`);

export const VerifyOrder = graphql(`
  mutation SupervisionVerifyOrder($input: VerifyOrderInput!) {
    verifyRectificationOrder(input: $input) {
      id
      state
      version
    }
  }
`);

export const RejectOrder = graphql(`
  mutation SupervisionRejectOrder($input: OrderReasonInput!) {
    rejectRectificationOrder(input: $input) {
      id
      state
      version
    }
  }
`);

export const CancelOrder = graphql(`
  mutation SupervisionCancelOrder($input: OrderReasonInput!) {
    cancelRectificationOrder(input: $input) {
      id
      state
      version
    }
  }
`);

export const ChangeOrderDue = graphql(`
  mutation SupervisionChangeOrderDue($input: ChangeOrderDueInput!) {
    changeRectificationOrderDue(input: $input) {
      id
      state
      dueOn
      version
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation SupervisionCreateTeam($input: CreateTeamInput!) {
    createSupervisionTeam(input: $input) {
      id
    }
  }
`);

export const AssignTeamMutation = graphql(`
  mutation SupervisionAssignTeam($input: AssignTeamInput!) {
    assignSupervisionTeam(input: $input) {
      id
      assignments {
        electionId
        jurisdictionId
      }
    }
  }
`);
