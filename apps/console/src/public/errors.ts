import type { TFunction } from 'i18next';
import { ApiError } from './api';

/** An error as a sentence in the reader's language; never the server's own (English) message. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.other');
  if (error.code === 'RATE_LIMITED') return t('errors.RATE_LIMITED', { seconds: error.retryAfterSeconds ?? 60 });
  if (error.code === 'NETWORK') return t('errors.network');
  if (error.code === 'BAD_USER_INPUT') return t('errors.BAD_USER_INPUT');
  if (error.code.startsWith('PROOF_OF_WORK')) return t('file.verifyFailed');
  return t('errors.other');
}
