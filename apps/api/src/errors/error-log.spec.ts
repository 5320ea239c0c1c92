import { DomainError } from '@scrutineer/domain';
import { errorLog } from './error-log.js';

describe('error log lines', () => {
  const written: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const log = errorLog({
    info: (obj, msg) => written.push({ level: 'info', obj: obj as Record<string, unknown>, msg }),
    warn: (obj, msg) => written.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }),
    error: (obj, msg) => written.push({ level: 'error', obj: obj as Record<string, unknown>, msg }),
  });
  beforeEach(() => (written.length = 0));

  it('write a refusal once, at info, or at warn for who-are-you, may-you and too-many', () => {
    log.refusal({ code: 'BAD_USER_INPUT', reference: 'r1', fields: ['identity.phone'], path: undefined });
    log.refusal({ code: 'FORBIDDEN', reference: 'r2' });
    expect(written).toEqual([
      {
        level: 'info',
        obj: { code: 'BAD_USER_INPUT', reference: 'r1', fields: ['identity.phone'] },
        msg: 'request refused: BAD_USER_INPUT',
      },
      { level: 'warn', obj: { code: 'FORBIDDEN', reference: 'r2' }, msg: 'request refused: FORBIDDEN' },
    ]);
  });

  it('write a fault at error with its type and stack, without the error object itself', () => {
    log.fault(Object.assign(new TypeError('boom'), { parameters: ['13812345678'] }), 'r3');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ level: 'error', obj: { reference: 'r3', fault: { type: 'TypeError', message: 'boom' } } });
    expect(JSON.stringify(written)).not.toContain('13812345678');
    log.fault(new DomainError('NOT_FOUND', 'x'), 'r4');
    expect(written[1]!.obj.fault).toMatchObject({ type: 'DomainError' });
  });
});
