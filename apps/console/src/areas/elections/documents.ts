import { graphql } from '../../gql';

export const CampaignBoardQuery = graphql(`
  query CampaignBoard {
    campaigns(first: 10) {
      totalCount
      edges {
        node {
          id
          name
          startsOn
          endsOn
          targetOn
          jurisdiction {
            id
            name
          }
          progress {
            total
            completed
            completedShare
            overdue
            byState {
              state
              count
            }
          }
          elections(overdue: true, first: 10) {
            totalCount
            edges {
              node {
                id
                state
                electionDay
                overdueItems
                organization {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const ElectionsListQuery = graphql(`
  query ElectionsList(
    $first: Int!
    $after: String
    $state: String
    $organizationType: OrganizationType
    $withinJurisdictionId: ID
    $overdue: Boolean
    $campaignId: ID
  ) {
    elections(
      first: $first
      after: $after
      state: $state
      organizationType: $organizationType
      withinJurisdictionId: $withinJurisdictionId
      overdue: $overdue
      campaignId: $campaignId
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          state
          electionDay
          overdue
          overdueItems
          organization {
            id
            name
            type
          }
          jurisdiction {
            id
            name
          }
          profile {
            id
          }
          deadlines {
            kind
            dueAt
            firedAt
            cancelledAt
          }
        }
      }
    }
  }
`);

export const ElectionFilterChoices = graphql(`
  query ElectionFilterChoices {
    jurisdictions(first: 100) {
      edges {
        node {
          id
          name
          depth
        }
      }
    }
    campaigns(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ElectionPageQuery = graphql(`
  query ElectionPage($id: ID!, $withBlockers: Boolean!, $acts: Boolean!) {
    election(id: $id) {
      id
      version
      state
      electionDay
      overdue
      overdueItems
      recordedLate
      noticePostedOn
      pollingOpenedOn
      failedOn
      organization {
        id
        name
        type
        memberCount
      }
      jurisdiction {
        id
        name
      }
      campaign {
        id
        name
      }
      profile {
        id
        version
        data
      }
      posts {
        post
        seats
      }
      vacancies {
        post
        seats
      }
      roll {
        publishedOn
        registered
        objectionsUntil
        objections {
          number
          receivedOn
          summary
          answeredOn
        }
      }
      candidates {
        id
        version
        name
        post
        state
        route
        nominatedOn
        findings {
          rule
          effect
          message
          citation
          values
        }
        reviews {
          level
          outcome
          note
          on
        }
        disqualification {
          level
          on
          reason
        }
        availableActions @include(if: $acts) {
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
      elected {
        post
        candidateIds
      }
      ties {
        post
        candidateIds
        seats
      }
      rounds {
        number
        kind
        revote
        outcome
        decisions {
          rule
          ok
          message
          citation
          values
        }
        posts {
          post
          seats
          minimumVotes
          unfilled
          elected {
            candidateId
            votes
          }
          tied {
            candidateId
            votes
          }
        }
      }
      notes {
        event
        on
        reason
      }
      availableActions {
        event
        allowed
        reasons {
          rule
          message
          citation
          values
        }
      }
      history(first: 100) {
        totalCount
        edges {
          node {
            id
            seq
            at
            action
            fromState
            toState
            recordedLate
            actor {
              label
              role
            }
          }
        }
      }
      blockers @include(if: $withBlockers) {
        kind
        reference
        citation
        since
        state
        summary
        dueOn
      }
    }
  }
`);
