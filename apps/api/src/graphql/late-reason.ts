import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, Length } from 'class-validator';

export const LATE_REASON_DESCRIPTION =
  'Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明).';

/** The optional `lateReason` of a step that takes a past date. */
export const LateReasonField = () =>
  applyDecorators(
    Field(() => String, { nullable: true, description: LATE_REASON_DESCRIPTION }),
    IsOptional(),
    Length(1, 500, { message: 'lateReason must be 1 to 500 characters long' }),
  );

/** The reason, when given, for an event payload (absent keys stay absent in the audit trail). */
export const late = (input: { lateReason?: string }): { lateReason?: string } => (input.lateReason ? { lateReason: input.lateReason } : {});
