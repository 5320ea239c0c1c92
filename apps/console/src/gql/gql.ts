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
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation CandidateStartReview($input: CandidateStepInput!) {\n    startCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.CandidateStartReviewDocument,
    "\n  mutation CandidateApprove($input: ApproveCandidateInput!) {\n    approveCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.CandidateApproveDocument,
    "\n  mutation CandidateDisqualify($input: DisqualifyCandidateInput!) {\n    disqualifyCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.CandidateDisqualifyDocument,
    "\n  mutation CandidateConfirmFormal($input: ConfirmFormalCandidateInput!) {\n    confirmFormalCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.CandidateConfirmFormalDocument,
    "\n  mutation CandidateWithdraw($input: WithdrawCandidateInput!) {\n    withdrawCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.CandidateWithdrawDocument,
    "\n  query CampaignBoard {\n    campaigns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          startsOn\n          endsOn\n          targetOn\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n          elections(overdue: true, first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                state\n                electionDay\n                overdueItems\n                organization {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignBoardDocument,
    "\n  query ElectionsList(\n    $first: Int!\n    $after: String\n    $state: String\n    $organizationType: OrganizationType\n    $withinJurisdictionId: ID\n    $overdue: Boolean\n    $campaignId: ID\n  ) {\n    elections(\n      first: $first\n      after: $after\n      state: $state\n      organizationType: $organizationType\n      withinJurisdictionId: $withinJurisdictionId\n      overdue: $overdue\n      campaignId: $campaignId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          electionDay\n          overdue\n          overdueItems\n          organization {\n            id\n            name\n            type\n          }\n          jurisdiction {\n            id\n            name\n          }\n          profile {\n            id\n          }\n          deadlines {\n            kind\n            dueAt\n            firedAt\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ElectionsListDocument,
    "\n  query ElectionFilterChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ElectionFilterChoicesDocument,
    "\n  query ElectionPage($id: ID!, $withBlockers: Boolean!, $acts: Boolean!) {\n    election(id: $id) {\n      id\n      version\n      state\n      electionDay\n      overdue\n      overdueItems\n      recordedLate\n      noticePostedOn\n      pollingOpenedOn\n      failedOn\n      organization {\n        id\n        name\n        type\n        memberCount\n      }\n      jurisdiction {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n      }\n      profile {\n        id\n        version\n        data\n      }\n      posts {\n        post\n        seats\n      }\n      vacancies {\n        post\n        seats\n      }\n      roll {\n        publishedOn\n        registered\n        objectionsUntil\n        objections {\n          number\n          receivedOn\n          summary\n          answeredOn\n        }\n      }\n      candidates {\n        id\n        version\n        name\n        post\n        state\n        route\n        nominatedOn\n        findings {\n          rule\n          effect\n          message\n          citation\n          values\n        }\n        reviews {\n          level\n          outcome\n          note\n          on\n        }\n        disqualification {\n          level\n          on\n          reason\n        }\n        availableActions @include(if: $acts) {\n          event\n          allowed\n          reasons {\n            rule\n            message\n            citation\n            values\n          }\n        }\n      }\n      elected {\n        post\n        candidateIds\n      }\n      ties {\n        post\n        candidateIds\n        seats\n      }\n      rounds {\n        number\n        kind\n        revote\n        outcome\n        decisions {\n          rule\n          ok\n          message\n          citation\n          values\n        }\n        posts {\n          post\n          seats\n          minimumVotes\n          unfilled\n          elected {\n            candidateId\n            votes\n          }\n          tied {\n            candidateId\n            votes\n          }\n        }\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            seq\n            at\n            action\n            fromState\n            toState\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n      blockers @include(if: $withBlockers) {\n        kind\n        reference\n        citation\n        since\n        state\n        summary\n        dueOn\n      }\n    }\n  }\n": typeof types.ElectionPageDocument,
    "\n  mutation ElectionSubmit($input: ElectionStepInput!) {\n    submitElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionSubmitDocument,
    "\n  mutation ElectionApproveStart($input: ElectionStepInput!) {\n    approveElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionApproveStartDocument,
    "\n  mutation ElectionRejectStart($input: ElectionReasonInput!) {\n    rejectElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionRejectStartDocument,
    "\n  mutation ElectionRecordPreparation($input: RecordPreparationInput!) {\n    recordPreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionRecordPreparationDocument,
    "\n  mutation ElectionCompletePreparation($input: ElectionStepInput!) {\n    completePreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionCompletePreparationDocument,
    "\n  mutation ElectionPublishRoll($input: PublishVoterRollInput!) {\n    publishVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionPublishRollDocument,
    "\n  mutation ElectionRecordObjection($input: RecordRollObjectionInput!) {\n    recordRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionRecordObjectionDocument,
    "\n  mutation ElectionAnswerObjection($input: AnswerRollObjectionInput!) {\n    answerRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionAnswerObjectionDocument,
    "\n  mutation ElectionCloseRoll($input: ElectionStepInput!) {\n    closeVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionCloseRollDocument,
    "\n  mutation ElectionCloseNomination($input: ElectionStepInput!) {\n    closeNomination(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionCloseNominationDocument,
    "\n  mutation ElectionCompleteReview($input: ElectionStepInput!) {\n    completeCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionCompleteReviewDocument,
    "\n  mutation ElectionApproveCandidates($input: ElectionStepInput!) {\n    approveCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionApproveCandidatesDocument,
    "\n  mutation ElectionReturnCandidates($input: ElectionReasonInput!) {\n    returnCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionReturnCandidatesDocument,
    "\n  mutation ElectionPublishNotice($input: PublishElectionNoticeInput!) {\n    publishElectionNotice(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionPublishNoticeDocument,
    "\n  mutation ElectionOpenPolling($input: OpenPollingInput!) {\n    openPolling(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionOpenPollingDocument,
    "\n  mutation ElectionRecordRound($input: RecordRoundInput!) {\n    recordRound(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionRecordRoundDocument,
    "\n  mutation ElectionApproveResult($input: ElectionStepInput!) {\n    approveElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionApproveResultDocument,
    "\n  mutation ElectionRejectResult($input: ElectionReasonInput!) {\n    rejectElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionRejectResultDocument,
    "\n  mutation ElectionCertify($input: ElectionStepInput!) {\n    certifyElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionCertifyDocument,
    "\n  mutation ElectionCompleteHandover($input: CompleteHandoverInput!) {\n    completeHandover(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionCompleteHandoverDocument,
    "\n  mutation ElectionArchive($input: ElectionStepInput!) {\n    archiveElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionArchiveDocument,
    "\n  mutation ElectionDefer($input: ElectionReasonInput!) {\n    deferElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionDeferDocument,
    "\n  mutation ElectionSuspend($input: ElectionReasonInput!) {\n    suspendElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionSuspendDocument,
    "\n  mutation ElectionResume($input: ElectionReasonInput!) {\n    resumeElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionResumeDocument,
    "\n  mutation ElectionCancel($input: ElectionReasonInput!) {\n    cancelElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionCancelDocument,
    "\n  mutation ElectionReschedule($input: RescheduleElectionInput!) {\n    rescheduleElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionRescheduleDocument,
    "\n  mutation ElectionDispatchSecretary($input: ElectionReasonInput!) {\n    dispatchSecretary(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionDispatchSecretaryDocument,
    "\n  mutation ElectionAnnul($input: ElectionReasonInput!) {\n    annulElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionAnnulDocument,
    "\n  mutation ElectionRerun($input: NewElectionDayInput!) {\n    rerunElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionRerunDocument,
    "\n  mutation ElectionReopenVacancies($input: NewElectionDayInput!) {\n    reopenVacancies(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.ElectionReopenVacanciesDocument,
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": typeof types.HomeSupervisionWorkDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
};
const documents: Documents = {
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation CandidateStartReview($input: CandidateStepInput!) {\n    startCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.CandidateStartReviewDocument,
    "\n  mutation CandidateApprove($input: ApproveCandidateInput!) {\n    approveCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.CandidateApproveDocument,
    "\n  mutation CandidateDisqualify($input: DisqualifyCandidateInput!) {\n    disqualifyCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.CandidateDisqualifyDocument,
    "\n  mutation CandidateConfirmFormal($input: ConfirmFormalCandidateInput!) {\n    confirmFormalCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.CandidateConfirmFormalDocument,
    "\n  mutation CandidateWithdraw($input: WithdrawCandidateInput!) {\n    withdrawCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.CandidateWithdrawDocument,
    "\n  query CampaignBoard {\n    campaigns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          startsOn\n          endsOn\n          targetOn\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n          elections(overdue: true, first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                state\n                electionDay\n                overdueItems\n                organization {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CampaignBoardDocument,
    "\n  query ElectionsList(\n    $first: Int!\n    $after: String\n    $state: String\n    $organizationType: OrganizationType\n    $withinJurisdictionId: ID\n    $overdue: Boolean\n    $campaignId: ID\n  ) {\n    elections(\n      first: $first\n      after: $after\n      state: $state\n      organizationType: $organizationType\n      withinJurisdictionId: $withinJurisdictionId\n      overdue: $overdue\n      campaignId: $campaignId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          electionDay\n          overdue\n          overdueItems\n          organization {\n            id\n            name\n            type\n          }\n          jurisdiction {\n            id\n            name\n          }\n          profile {\n            id\n          }\n          deadlines {\n            kind\n            dueAt\n            firedAt\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n": types.ElectionsListDocument,
    "\n  query ElectionFilterChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ElectionFilterChoicesDocument,
    "\n  query ElectionPage($id: ID!, $withBlockers: Boolean!, $acts: Boolean!) {\n    election(id: $id) {\n      id\n      version\n      state\n      electionDay\n      overdue\n      overdueItems\n      recordedLate\n      noticePostedOn\n      pollingOpenedOn\n      failedOn\n      organization {\n        id\n        name\n        type\n        memberCount\n      }\n      jurisdiction {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n      }\n      profile {\n        id\n        version\n        data\n      }\n      posts {\n        post\n        seats\n      }\n      vacancies {\n        post\n        seats\n      }\n      roll {\n        publishedOn\n        registered\n        objectionsUntil\n        objections {\n          number\n          receivedOn\n          summary\n          answeredOn\n        }\n      }\n      candidates {\n        id\n        version\n        name\n        post\n        state\n        route\n        nominatedOn\n        findings {\n          rule\n          effect\n          message\n          citation\n          values\n        }\n        reviews {\n          level\n          outcome\n          note\n          on\n        }\n        disqualification {\n          level\n          on\n          reason\n        }\n        availableActions @include(if: $acts) {\n          event\n          allowed\n          reasons {\n            rule\n            message\n            citation\n            values\n          }\n        }\n      }\n      elected {\n        post\n        candidateIds\n      }\n      ties {\n        post\n        candidateIds\n        seats\n      }\n      rounds {\n        number\n        kind\n        revote\n        outcome\n        decisions {\n          rule\n          ok\n          message\n          citation\n          values\n        }\n        posts {\n          post\n          seats\n          minimumVotes\n          unfilled\n          elected {\n            candidateId\n            votes\n          }\n          tied {\n            candidateId\n            votes\n          }\n        }\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            seq\n            at\n            action\n            fromState\n            toState\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n      blockers @include(if: $withBlockers) {\n        kind\n        reference\n        citation\n        since\n        state\n        summary\n        dueOn\n      }\n    }\n  }\n": types.ElectionPageDocument,
    "\n  mutation ElectionSubmit($input: ElectionStepInput!) {\n    submitElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionSubmitDocument,
    "\n  mutation ElectionApproveStart($input: ElectionStepInput!) {\n    approveElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionApproveStartDocument,
    "\n  mutation ElectionRejectStart($input: ElectionReasonInput!) {\n    rejectElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionRejectStartDocument,
    "\n  mutation ElectionRecordPreparation($input: RecordPreparationInput!) {\n    recordPreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionRecordPreparationDocument,
    "\n  mutation ElectionCompletePreparation($input: ElectionStepInput!) {\n    completePreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionCompletePreparationDocument,
    "\n  mutation ElectionPublishRoll($input: PublishVoterRollInput!) {\n    publishVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionPublishRollDocument,
    "\n  mutation ElectionRecordObjection($input: RecordRollObjectionInput!) {\n    recordRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionRecordObjectionDocument,
    "\n  mutation ElectionAnswerObjection($input: AnswerRollObjectionInput!) {\n    answerRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionAnswerObjectionDocument,
    "\n  mutation ElectionCloseRoll($input: ElectionStepInput!) {\n    closeVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionCloseRollDocument,
    "\n  mutation ElectionCloseNomination($input: ElectionStepInput!) {\n    closeNomination(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionCloseNominationDocument,
    "\n  mutation ElectionCompleteReview($input: ElectionStepInput!) {\n    completeCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionCompleteReviewDocument,
    "\n  mutation ElectionApproveCandidates($input: ElectionStepInput!) {\n    approveCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionApproveCandidatesDocument,
    "\n  mutation ElectionReturnCandidates($input: ElectionReasonInput!) {\n    returnCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionReturnCandidatesDocument,
    "\n  mutation ElectionPublishNotice($input: PublishElectionNoticeInput!) {\n    publishElectionNotice(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionPublishNoticeDocument,
    "\n  mutation ElectionOpenPolling($input: OpenPollingInput!) {\n    openPolling(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionOpenPollingDocument,
    "\n  mutation ElectionRecordRound($input: RecordRoundInput!) {\n    recordRound(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionRecordRoundDocument,
    "\n  mutation ElectionApproveResult($input: ElectionStepInput!) {\n    approveElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionApproveResultDocument,
    "\n  mutation ElectionRejectResult($input: ElectionReasonInput!) {\n    rejectElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionRejectResultDocument,
    "\n  mutation ElectionCertify($input: ElectionStepInput!) {\n    certifyElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionCertifyDocument,
    "\n  mutation ElectionCompleteHandover($input: CompleteHandoverInput!) {\n    completeHandover(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionCompleteHandoverDocument,
    "\n  mutation ElectionArchive($input: ElectionStepInput!) {\n    archiveElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionArchiveDocument,
    "\n  mutation ElectionDefer($input: ElectionReasonInput!) {\n    deferElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionDeferDocument,
    "\n  mutation ElectionSuspend($input: ElectionReasonInput!) {\n    suspendElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionSuspendDocument,
    "\n  mutation ElectionResume($input: ElectionReasonInput!) {\n    resumeElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionResumeDocument,
    "\n  mutation ElectionCancel($input: ElectionReasonInput!) {\n    cancelElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionCancelDocument,
    "\n  mutation ElectionReschedule($input: RescheduleElectionInput!) {\n    rescheduleElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionRescheduleDocument,
    "\n  mutation ElectionDispatchSecretary($input: ElectionReasonInput!) {\n    dispatchSecretary(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionDispatchSecretaryDocument,
    "\n  mutation ElectionAnnul($input: ElectionReasonInput!) {\n    annulElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionAnnulDocument,
    "\n  mutation ElectionRerun($input: NewElectionDayInput!) {\n    rerunElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionRerunDocument,
    "\n  mutation ElectionReopenVacancies($input: NewElectionDayInput!) {\n    reopenVacancies(input: $input) {\n      id\n      version\n      state\n    }\n  }\n": types.ElectionReopenVacanciesDocument,
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": types.HomeSupervisionWorkDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n": types.VerifyAuditChainDocument,
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
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateStartReview($input: CandidateStepInput!) {\n    startCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateStartReview($input: CandidateStepInput!) {\n    startCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateApprove($input: ApproveCandidateInput!) {\n    approveCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateApprove($input: ApproveCandidateInput!) {\n    approveCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateDisqualify($input: DisqualifyCandidateInput!) {\n    disqualifyCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateDisqualify($input: DisqualifyCandidateInput!) {\n    disqualifyCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateConfirmFormal($input: ConfirmFormalCandidateInput!) {\n    confirmFormalCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateConfirmFormal($input: ConfirmFormalCandidateInput!) {\n    confirmFormalCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CandidateWithdraw($input: WithdrawCandidateInput!) {\n    withdrawCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CandidateWithdraw($input: WithdrawCandidateInput!) {\n    withdrawCandidate(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignBoard {\n    campaigns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          startsOn\n          endsOn\n          targetOn\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n          elections(overdue: true, first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                state\n                electionDay\n                overdueItems\n                organization {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignBoard {\n    campaigns(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          startsOn\n          endsOn\n          targetOn\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n          elections(overdue: true, first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                state\n                electionDay\n                overdueItems\n                organization {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElectionsList(\n    $first: Int!\n    $after: String\n    $state: String\n    $organizationType: OrganizationType\n    $withinJurisdictionId: ID\n    $overdue: Boolean\n    $campaignId: ID\n  ) {\n    elections(\n      first: $first\n      after: $after\n      state: $state\n      organizationType: $organizationType\n      withinJurisdictionId: $withinJurisdictionId\n      overdue: $overdue\n      campaignId: $campaignId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          electionDay\n          overdue\n          overdueItems\n          organization {\n            id\n            name\n            type\n          }\n          jurisdiction {\n            id\n            name\n          }\n          profile {\n            id\n          }\n          deadlines {\n            kind\n            dueAt\n            firedAt\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElectionsList(\n    $first: Int!\n    $after: String\n    $state: String\n    $organizationType: OrganizationType\n    $withinJurisdictionId: ID\n    $overdue: Boolean\n    $campaignId: ID\n  ) {\n    elections(\n      first: $first\n      after: $after\n      state: $state\n      organizationType: $organizationType\n      withinJurisdictionId: $withinJurisdictionId\n      overdue: $overdue\n      campaignId: $campaignId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          electionDay\n          overdue\n          overdueItems\n          organization {\n            id\n            name\n            type\n          }\n          jurisdiction {\n            id\n            name\n          }\n          profile {\n            id\n          }\n          deadlines {\n            kind\n            dueAt\n            firedAt\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElectionFilterChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElectionFilterChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElectionPage($id: ID!, $withBlockers: Boolean!, $acts: Boolean!) {\n    election(id: $id) {\n      id\n      version\n      state\n      electionDay\n      overdue\n      overdueItems\n      recordedLate\n      noticePostedOn\n      pollingOpenedOn\n      failedOn\n      organization {\n        id\n        name\n        type\n        memberCount\n      }\n      jurisdiction {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n      }\n      profile {\n        id\n        version\n        data\n      }\n      posts {\n        post\n        seats\n      }\n      vacancies {\n        post\n        seats\n      }\n      roll {\n        publishedOn\n        registered\n        objectionsUntil\n        objections {\n          number\n          receivedOn\n          summary\n          answeredOn\n        }\n      }\n      candidates {\n        id\n        version\n        name\n        post\n        state\n        route\n        nominatedOn\n        findings {\n          rule\n          effect\n          message\n          citation\n          values\n        }\n        reviews {\n          level\n          outcome\n          note\n          on\n        }\n        disqualification {\n          level\n          on\n          reason\n        }\n        availableActions @include(if: $acts) {\n          event\n          allowed\n          reasons {\n            rule\n            message\n            citation\n            values\n          }\n        }\n      }\n      elected {\n        post\n        candidateIds\n      }\n      ties {\n        post\n        candidateIds\n        seats\n      }\n      rounds {\n        number\n        kind\n        revote\n        outcome\n        decisions {\n          rule\n          ok\n          message\n          citation\n          values\n        }\n        posts {\n          post\n          seats\n          minimumVotes\n          unfilled\n          elected {\n            candidateId\n            votes\n          }\n          tied {\n            candidateId\n            votes\n          }\n        }\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            seq\n            at\n            action\n            fromState\n            toState\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n      blockers @include(if: $withBlockers) {\n        kind\n        reference\n        citation\n        since\n        state\n        summary\n        dueOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElectionPage($id: ID!, $withBlockers: Boolean!, $acts: Boolean!) {\n    election(id: $id) {\n      id\n      version\n      state\n      electionDay\n      overdue\n      overdueItems\n      recordedLate\n      noticePostedOn\n      pollingOpenedOn\n      failedOn\n      organization {\n        id\n        name\n        type\n        memberCount\n      }\n      jurisdiction {\n        id\n        name\n      }\n      campaign {\n        id\n        name\n      }\n      profile {\n        id\n        version\n        data\n      }\n      posts {\n        post\n        seats\n      }\n      vacancies {\n        post\n        seats\n      }\n      roll {\n        publishedOn\n        registered\n        objectionsUntil\n        objections {\n          number\n          receivedOn\n          summary\n          answeredOn\n        }\n      }\n      candidates {\n        id\n        version\n        name\n        post\n        state\n        route\n        nominatedOn\n        findings {\n          rule\n          effect\n          message\n          citation\n          values\n        }\n        reviews {\n          level\n          outcome\n          note\n          on\n        }\n        disqualification {\n          level\n          on\n          reason\n        }\n        availableActions @include(if: $acts) {\n          event\n          allowed\n          reasons {\n            rule\n            message\n            citation\n            values\n          }\n        }\n      }\n      elected {\n        post\n        candidateIds\n      }\n      ties {\n        post\n        candidateIds\n        seats\n      }\n      rounds {\n        number\n        kind\n        revote\n        outcome\n        decisions {\n          rule\n          ok\n          message\n          citation\n          values\n        }\n        posts {\n          post\n          seats\n          minimumVotes\n          unfilled\n          elected {\n            candidateId\n            votes\n          }\n          tied {\n            candidateId\n            votes\n          }\n        }\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            seq\n            at\n            action\n            fromState\n            toState\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n      blockers @include(if: $withBlockers) {\n        kind\n        reference\n        citation\n        since\n        state\n        summary\n        dueOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionSubmit($input: ElectionStepInput!) {\n    submitElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionSubmit($input: ElectionStepInput!) {\n    submitElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionApproveStart($input: ElectionStepInput!) {\n    approveElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionApproveStart($input: ElectionStepInput!) {\n    approveElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionRejectStart($input: ElectionReasonInput!) {\n    rejectElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionRejectStart($input: ElectionReasonInput!) {\n    rejectElectionStart(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionRecordPreparation($input: RecordPreparationInput!) {\n    recordPreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionRecordPreparation($input: RecordPreparationInput!) {\n    recordPreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionCompletePreparation($input: ElectionStepInput!) {\n    completePreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionCompletePreparation($input: ElectionStepInput!) {\n    completePreparation(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionPublishRoll($input: PublishVoterRollInput!) {\n    publishVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionPublishRoll($input: PublishVoterRollInput!) {\n    publishVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionRecordObjection($input: RecordRollObjectionInput!) {\n    recordRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionRecordObjection($input: RecordRollObjectionInput!) {\n    recordRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionAnswerObjection($input: AnswerRollObjectionInput!) {\n    answerRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionAnswerObjection($input: AnswerRollObjectionInput!) {\n    answerRollObjection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionCloseRoll($input: ElectionStepInput!) {\n    closeVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionCloseRoll($input: ElectionStepInput!) {\n    closeVoterRoll(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionCloseNomination($input: ElectionStepInput!) {\n    closeNomination(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionCloseNomination($input: ElectionStepInput!) {\n    closeNomination(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionCompleteReview($input: ElectionStepInput!) {\n    completeCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionCompleteReview($input: ElectionStepInput!) {\n    completeCandidateReview(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionApproveCandidates($input: ElectionStepInput!) {\n    approveCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionApproveCandidates($input: ElectionStepInput!) {\n    approveCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionReturnCandidates($input: ElectionReasonInput!) {\n    returnCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionReturnCandidates($input: ElectionReasonInput!) {\n    returnCandidateList(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionPublishNotice($input: PublishElectionNoticeInput!) {\n    publishElectionNotice(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionPublishNotice($input: PublishElectionNoticeInput!) {\n    publishElectionNotice(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionOpenPolling($input: OpenPollingInput!) {\n    openPolling(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionOpenPolling($input: OpenPollingInput!) {\n    openPolling(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionRecordRound($input: RecordRoundInput!) {\n    recordRound(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionRecordRound($input: RecordRoundInput!) {\n    recordRound(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionApproveResult($input: ElectionStepInput!) {\n    approveElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionApproveResult($input: ElectionStepInput!) {\n    approveElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionRejectResult($input: ElectionReasonInput!) {\n    rejectElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionRejectResult($input: ElectionReasonInput!) {\n    rejectElectionResult(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionCertify($input: ElectionStepInput!) {\n    certifyElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionCertify($input: ElectionStepInput!) {\n    certifyElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionCompleteHandover($input: CompleteHandoverInput!) {\n    completeHandover(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionCompleteHandover($input: CompleteHandoverInput!) {\n    completeHandover(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionArchive($input: ElectionStepInput!) {\n    archiveElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionArchive($input: ElectionStepInput!) {\n    archiveElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionDefer($input: ElectionReasonInput!) {\n    deferElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionDefer($input: ElectionReasonInput!) {\n    deferElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionSuspend($input: ElectionReasonInput!) {\n    suspendElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionSuspend($input: ElectionReasonInput!) {\n    suspendElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionResume($input: ElectionReasonInput!) {\n    resumeElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionResume($input: ElectionReasonInput!) {\n    resumeElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionCancel($input: ElectionReasonInput!) {\n    cancelElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionCancel($input: ElectionReasonInput!) {\n    cancelElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionReschedule($input: RescheduleElectionInput!) {\n    rescheduleElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionReschedule($input: RescheduleElectionInput!) {\n    rescheduleElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionDispatchSecretary($input: ElectionReasonInput!) {\n    dispatchSecretary(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionDispatchSecretary($input: ElectionReasonInput!) {\n    dispatchSecretary(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionAnnul($input: ElectionReasonInput!) {\n    annulElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionAnnul($input: ElectionReasonInput!) {\n    annulElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionRerun($input: NewElectionDayInput!) {\n    rerunElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionRerun($input: NewElectionDayInput!) {\n    rerunElection(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ElectionReopenVacancies($input: NewElectionDayInput!) {\n    reopenVacancies(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ElectionReopenVacancies($input: NewElectionDayInput!) {\n    reopenVacancies(input: $input) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n"): (typeof documents)["\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;