import { applyDecorators } from '@nestjs/common';
import { IsDateString, Matches } from 'class-validator';

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsLocalDate = (field: string) =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date (YYYY-MM-DD)` }),
    IsDateString({ strict: true }, { message: `${field} must be a date that exists (YYYY-MM-DD)` }),
  );
