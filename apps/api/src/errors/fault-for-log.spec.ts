import { QueryFailedError } from 'typeorm';
import { faultForLog, maskValues } from './fault-for-log.js';

describe('faults as they are logged', () => {
  it('mask the values PostgreSQL quotes, not the names of what failed', () => {
    expect(maskValues('invalid input syntax for type uuid: "李秘密"')).toBe('invalid input syntax for type uuid: "…"');
    expect(maskValues('duplicate key value violates unique constraint "cases_tracking_code_key"')).toBe(
      'duplicate key value violates unique constraint "cases_tracking_code_key"',
    );
  });

  it('keep neither the query’s parameters nor the driver’s detail', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "13812345678"'), {
      code: '22P02',
      detail: 'Key (phone)=(13812345678)',
      table: 'cases',
    });
    const error = new QueryFailedError('SELECT $1', ['13812345678', '李秘密'], driverError);
    const logged = faultForLog(error);
    expect(logged).toMatchObject({ type: 'QueryFailedError', sqlState: '22P02', table: 'cases' });
    expect(JSON.stringify(logged)).not.toMatch(/13812345678|李秘密/);
    expect(logged.stack).toMatch(/^\s+at /);
  });
});
