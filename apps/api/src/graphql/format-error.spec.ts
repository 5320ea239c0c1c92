import { DomainError } from '@scrutineer/domain';
import { GraphQLError } from 'graphql';
import type { ErrorLog, Refusal } from '../errors/error-log.js';
import { createFormatError } from './format-error.js';

describe('GraphQL error formatting', () => {
  const faults: unknown[] = [];
  const refusals: Refusal[] = [];
  const log: ErrorLog = { fault: (err) => faults.push(err), refusal: (r) => refusals.push(r) };
  const format = createFormatError(log);
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });
  beforeEach(() => {
    faults.length = 0;
    refusals.length = 0;
  });

  it('keeps the code, message and details of a domain error, and logs the refusal once, with a reference and without its message', () => {
    const err = new DomainError('CONFLICT', 'changed by someone else', { expectedVersion: 1, actualVersion: 2 });
    const formatted = format({ message: err.message, path: ['x'] }, wrap(err));
    expect(formatted).toEqual({
      message: 'changed by someone else',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 },
    });
    expect(refusals).toEqual([{ code: 'CONFLICT', reference: expect.any(String), path: ['x'], fields: undefined }]);
    expect(faults).toEqual([]);
  });

  it('hides an unexpected error behind a reference, and logs it as a fault', () => {
    const formatted = format(
      { message: 'secret SQL detail', extensions: { stacktrace: ['at x'] } },
      wrap(new TypeError('secret SQL detail')),
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String) });
    expect(formatted.message).toMatch(/^Internal server error \(reference [0-9a-f-]{36}\)$/);
    expect(JSON.stringify(formatted)).not.toContain('secret');
    expect(faults).toHaveLength(1);
    expect(refusals).toEqual([]);
  });

  it('passes Apollo’s own request errors through with their codes', () => {
    const formatted = format({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError('Syntax Error'));
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(refusals.map((r) => r.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('never repeats the value graphql-js quoted in a validation message', () => {
    const message = 'Expected value of type "String", found 13812345678; String cannot represent a non string value: 13812345678';
    const formatted = format({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message));
    expect(formatted.message).toBe('Expected value of type "String".');
  });

  it('treats a request error without a code as a fault', () => {
    const formatted = format({ message: 'odd', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('odd'));
    expect(formatted.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    expect(faults).toHaveLength(1);
  });
});
