import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** A new password: long enough to resist guessing, short enough to hash cheaply. */
export const IsNewPassword = () =>
  applyDecorators(
    IsString(),
    MinLength(PASSWORD_MIN, { message: `the password must be at least ${PASSWORD_MIN} characters long` }),
    MaxLength(PASSWORD_MAX, { message: `the password must be at most ${PASSWORD_MAX} characters long` }),
  );
