import { DomainError } from '@scrutineer/domain';
import { GraphQLError } from 'graphql';
import { createFormatError } from './format-error.js';

describe('GraphQL error formatting', () => {
  const logged: unknown[] = [];
  const format = createFormatError((err) => logged.push(err));
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

  it('keeps the code, message and details of a domain error', () => {
    const err = new DomainError('CONFLICT', 'changed by someone else', { expectedVersion: 1, actualVersion: 2 });
    expect(format({ message: err.message, path: ['x'] }, wrap(err))).toEqual({
      message: 'changed by someone else',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 },
    });
  });

  it('hides an unexpected error behind a reference, and logs it', () => {
    const formatted = format(
      { message: 'secret SQL detail', extensions: { stacktrace: ['at x'] } },
      wrap(new TypeError('secret SQL detail')),
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String) });
    expect(formatted.message).toMatch(/^Internal server error \(reference [0-9a-f-]{36}\)$/);
    expect(JSON.stringify(formatted)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('passes Apollo’s own request errors through with their codes', () => {
    const formatted = format({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError('Syntax Error'));
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});
