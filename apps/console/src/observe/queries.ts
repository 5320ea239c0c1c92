import { graphql } from '../gql';

/** What the observer app reads from the server and keeps on the phone (reference-data.ts). */
export const ObserverVocabularyQuery = graphql(`
  query ObserverVocabulary {
    supervisionVocabulary {
      checklist {
        id
        text
        stages
        numbers
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
    }
  }
`);

/** Sites already reported in an election (by anyone in the reader's teams): offered as the site's name. */
export const ObserverSitesQuery = graphql(`
  query ObserverSites($electionId: ID!) {
    observations(electionId: $electionId, first: 100) {
      edges {
        node {
          site {
            name
            kind
          }
        }
      }
    }
  }
`);

export const SubmitObservationsMutation = graphql(`
  mutation SubmitObservations($input: SubmitObservationsInput!) {
    submitObservations(input: $input) {
      id
      status
      flags {
        rule
        item
        message
        values
      }
      problems {
        rule
        message
      }
    }
  }
`);

export const ObserverLoginMutation = graphql(`
  mutation ObserverLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

/** The team leader's view: the team's latest submissions in an election. */
export const TeamObservationsQuery = graphql(`
  query TeamObservations($electionId: ID!) {
    observations(electionId: $electionId, first: 20) {
      totalCount
      edges {
        node {
          id
          electionId
          observerId
          stage
          submittedAt
          observedAt
          maxSeverity
          site {
            name
          }
          flags {
            rule
          }
        }
      }
    }
  }
`);
