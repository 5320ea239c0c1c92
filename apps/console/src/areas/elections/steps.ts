import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Dayjs } from 'dayjs';
import { graphql } from '../../gql';

/**
 * Each election step (machine event) with its mutation and the fields its form asks for. The form adds
 * `id` and `expectedVersion`; `DEADLINE` is the scheduler's and has no form.
 */
export type StepField =
  | 'reason'
  | 'on'
  | 'publishedOn'
  | 'receivedOn'
  | 'answeredOn'
  | 'postedOn'
  | 'electionDay'
  | 'lateReason'
  | 'item'
  | 'registered'
  | 'summary'
  | 'objection'
  | 'outcome'
  | 'attendance'
  | 'secretBoothReady';

export interface StepSpec {
  // The documents differ in their input type; the form builds the input from the fields.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mutation: TypedDocumentNode<any, { input: any }>;
  fields: readonly StepField[];
}

const Submit = graphql(`
  mutation ElectionSubmit($input: ElectionStepInput!) {
    submitElection(input: $input) {
      id
      version
      state
    }
  }
`);
const ApproveStart = graphql(`
  mutation ElectionApproveStart($input: ElectionStepInput!) {
    approveElectionStart(input: $input) {
      id
      version
      state
    }
  }
`);
const RejectStart = graphql(`
  mutation ElectionRejectStart($input: ElectionReasonInput!) {
    rejectElectionStart(input: $input) {
      id
      version
      state
    }
  }
`);
const RecordPreparation = graphql(`
  mutation ElectionRecordPreparation($input: RecordPreparationInput!) {
    recordPreparation(input: $input) {
      id
      version
      state
    }
  }
`);
const CompletePreparation = graphql(`
  mutation ElectionCompletePreparation($input: ElectionStepInput!) {
    completePreparation(input: $input) {
      id
      version
      state
    }
  }
`);
const PublishRoll = graphql(`
  mutation ElectionPublishRoll($input: PublishVoterRollInput!) {
    publishVoterRoll(input: $input) {
      id
      version
      state
    }
  }
`);
const RecordObjection = graphql(`
  mutation ElectionRecordObjection($input: RecordRollObjectionInput!) {
    recordRollObjection(input: $input) {
      id
      version
      state
    }
  }
`);
const AnswerObjection = graphql(`
  mutation ElectionAnswerObjection($input: AnswerRollObjectionInput!) {
    answerRollObjection(input: $input) {
      id
      version
      state
    }
  }
`);
const CloseRoll = graphql(`
  mutation ElectionCloseRoll($input: ElectionStepInput!) {
    closeVoterRoll(input: $input) {
      id
      version
      state
    }
  }
`);
const CloseNomination = graphql(`
  mutation ElectionCloseNomination($input: ElectionStepInput!) {
    closeNomination(input: $input) {
      id
      version
      state
    }
  }
`);
const CompleteReview = graphql(`
  mutation ElectionCompleteReview($input: ElectionStepInput!) {
    completeCandidateReview(input: $input) {
      id
      version
      state
    }
  }
`);
const ApproveCandidates = graphql(`
  mutation ElectionApproveCandidates($input: ElectionStepInput!) {
    approveCandidateList(input: $input) {
      id
      version
      state
    }
  }
`);
const ReturnCandidates = graphql(`
  mutation ElectionReturnCandidates($input: ElectionReasonInput!) {
    returnCandidateList(input: $input) {
      id
      version
      state
    }
  }
`);
const PublishNotice = graphql(`
  mutation ElectionPublishNotice($input: PublishElectionNoticeInput!) {
    publishElectionNotice(input: $input) {
      id
      version
      state
    }
  }
`);
const OpenPolling = graphql(`
  mutation ElectionOpenPolling($input: OpenPollingInput!) {
    openPolling(input: $input) {
      id
      version
      state
    }
  }
`);
export const RecordRound = graphql(`
  mutation ElectionRecordRound($input: RecordRoundInput!) {
    recordRound(input: $input) {
      id
      version
      state
    }
  }
`);
const ApproveResult = graphql(`
  mutation ElectionApproveResult($input: ElectionStepInput!) {
    approveElectionResult(input: $input) {
      id
      version
      state
    }
  }
`);
const RejectResult = graphql(`
  mutation ElectionRejectResult($input: ElectionReasonInput!) {
    rejectElectionResult(input: $input) {
      id
      version
      state
    }
  }
`);
const Certify = graphql(`
  mutation ElectionCertify($input: ElectionStepInput!) {
    certifyElection(input: $input) {
      id
      version
      state
    }
  }
`);
const CompleteHandover = graphql(`
  mutation ElectionCompleteHandover($input: CompleteHandoverInput!) {
    completeHandover(input: $input) {
      id
      version
      state
    }
  }
`);
const Archive = graphql(`
  mutation ElectionArchive($input: ElectionStepInput!) {
    archiveElection(input: $input) {
      id
      version
      state
    }
  }
`);
const Defer = graphql(`
  mutation ElectionDefer($input: ElectionReasonInput!) {
    deferElection(input: $input) {
      id
      version
      state
    }
  }
`);
const Suspend = graphql(`
  mutation ElectionSuspend($input: ElectionReasonInput!) {
    suspendElection(input: $input) {
      id
      version
      state
    }
  }
`);
const Resume = graphql(`
  mutation ElectionResume($input: ElectionReasonInput!) {
    resumeElection(input: $input) {
      id
      version
      state
    }
  }
`);
const Cancel = graphql(`
  mutation ElectionCancel($input: ElectionReasonInput!) {
    cancelElection(input: $input) {
      id
      version
      state
    }
  }
`);
const Reschedule = graphql(`
  mutation ElectionReschedule($input: RescheduleElectionInput!) {
    rescheduleElection(input: $input) {
      id
      version
      state
    }
  }
`);
const DispatchSecretary = graphql(`
  mutation ElectionDispatchSecretary($input: ElectionReasonInput!) {
    dispatchSecretary(input: $input) {
      id
      version
      state
    }
  }
`);
const Annul = graphql(`
  mutation ElectionAnnul($input: ElectionReasonInput!) {
    annulElection(input: $input) {
      id
      version
      state
    }
  }
`);
const Rerun = graphql(`
  mutation ElectionRerun($input: NewElectionDayInput!) {
    rerunElection(input: $input) {
      id
      version
      state
    }
  }
`);
const ReopenVacancies = graphql(`
  mutation ElectionReopenVacancies($input: NewElectionDayInput!) {
    reopenVacancies(input: $input) {
      id
      version
      state
    }
  }
`);

/** Every step an election's buttons offer, but RECORD_ROUND (its own form with the tally preview). */
export const STEPS: Readonly<Record<string, StepSpec>> = {
  SUBMIT: { mutation: Submit, fields: [] },
  APPROVE_START: { mutation: ApproveStart, fields: [] },
  REJECT_START: { mutation: RejectStart, fields: ['reason'] },
  RECORD_PREPARATION: { mutation: RecordPreparation, fields: ['item', 'on', 'lateReason'] },
  COMPLETE_PREPARATION: { mutation: CompletePreparation, fields: [] },
  PUBLISH_ROLL: { mutation: PublishRoll, fields: ['publishedOn', 'registered', 'lateReason'] },
  RECORD_OBJECTION: { mutation: RecordObjection, fields: ['receivedOn', 'summary', 'lateReason'] },
  ANSWER_OBJECTION: { mutation: AnswerObjection, fields: ['objection', 'answeredOn', 'outcome', 'lateReason'] },
  CLOSE_ROLL: { mutation: CloseRoll, fields: [] },
  CLOSE_NOMINATION: { mutation: CloseNomination, fields: [] },
  COMPLETE_REVIEW: { mutation: CompleteReview, fields: [] },
  APPROVE_CANDIDATES: { mutation: ApproveCandidates, fields: [] },
  RETURN_CANDIDATES: { mutation: ReturnCandidates, fields: ['reason'] },
  PUBLISH_NOTICE: { mutation: PublishNotice, fields: ['postedOn', 'lateReason'] },
  OPEN_POLLING: { mutation: OpenPolling, fields: ['attendance', 'secretBoothReady'] },
  APPROVE_RESULT: { mutation: ApproveResult, fields: [] },
  REJECT_RESULT: { mutation: RejectResult, fields: ['reason'] },
  CERTIFY: { mutation: Certify, fields: [] },
  COMPLETE_HANDOVER: { mutation: CompleteHandover, fields: ['on', 'lateReason'] },
  ARCHIVE: { mutation: Archive, fields: [] },
  DEFER: { mutation: Defer, fields: ['reason'] },
  SUSPEND: { mutation: Suspend, fields: ['reason'] },
  RESUME: { mutation: Resume, fields: ['reason'] },
  CANCEL: { mutation: Cancel, fields: ['reason'] },
  RESCHEDULE: { mutation: Reschedule, fields: ['electionDay', 'reason'] },
  DISPATCH_SECRETARY: { mutation: DispatchSecretary, fields: ['reason'] },
  ANNUL: { mutation: Annul, fields: ['reason'] },
  RERUN: { mutation: Rerun, fields: ['electionDay', 'reason'] },
  REOPEN_VACANCIES: { mutation: ReopenVacancies, fields: ['electionDay', 'reason'] },
};

/** Date fields: a day the form asks for, sent as YYYY-MM-DD. */
export const DATE_FIELDS: readonly StepField[] = ['on', 'publishedOn', 'receivedOn', 'answeredOn', 'postedOn', 'electionDay'];

/** A step form's values: its fields, the attendance as two numbers. */
export type StepValues = Partial<Record<StepField, unknown>> & { entitled?: number | null; present?: number | null };

/** The input of a step's mutation from the form's values (dates as YYYY-MM-DD, empty optional fields left out). */
export function stepInput(
  target: { id: string; version: number },
  fields: readonly StepField[],
  values: StepValues,
): Record<string, unknown> {
  const input: Record<string, unknown> = { id: target.id, expectedVersion: target.version };
  for (const field of fields) {
    const value = values[field];
    if (field === 'attendance') {
      if (values.entitled !== undefined && values.entitled !== null) input.entitled = values.entitled;
      if (values.present !== undefined && values.present !== null) input.present = values.present;
    } else if (field === 'secretBoothReady') input.secretBoothReady = Boolean(value);
    else if (DATE_FIELDS.includes(field)) input[field] = value ? (value as Dayjs).format('YYYY-MM-DD') : undefined;
    else if (typeof value === 'string') {
      if (value.trim() !== '') input[field] = value.trim();
    } else if (value !== undefined && value !== null) input[field] = value;
  }
  return input;
}

/**
 * Reasons the step's own form answers: the server judges the buttons without the step's fields, so a
 * rule that asks for them (the attendance at opening, the note on an approval despite findings) blocks
 * until they are given — the form asks for them, and the server judges them on submit.
 */
const ANSWERED_BY_FORM = new Set(['attendance-missing', 'needs-note']);

export function withFormAnswers<A extends { allowed: boolean; reasons: readonly { rule: string }[] }>(actions: readonly A[]): A[] {
  return actions.map((a) =>
    !a.allowed && a.reasons.length > 0 && a.reasons.every((r) => ANSWERED_BY_FORM.has(r.rule)) ? { ...a, allowed: true, reasons: [] } : a,
  );
}
