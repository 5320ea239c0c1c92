import { assigneeOptions, clockColour, dateFieldOf, daysBack, needsLateReason, searchOf, STEP_FIELDS, stepInput } from './steps';

describe('case steps in the console', () => {
  const c = { id: 'c1', version: 4 };

  it('builds each step mutation input from the form, leaving out what is empty', () => {
    expect(stepInput('REGISTER', {}, c)).toEqual({ id: 'c1', expectedVersion: 4 });
    expect(stepInput('ACCEPT', { decidedOn: '2026-05-02', reason: '  ', lateReason: '' }, c)).toEqual({
      id: 'c1',
      expectedVersion: 4,
      decidedOn: '2026-05-02',
    });
    expect(stepInput('ACCEPT', { sameMatterAsCaseId: 'c0', reason: '同一事项' }, c)).toEqual({
      id: 'c1',
      expectedVersion: 4,
      reason: '同一事项',
      sameMatterAsCaseId: 'c0',
    });
    expect(stepInput('NOT_ACCEPT', { reason: ' 不属于受理范围 ' }, c)).toEqual({ id: 'c1', expectedVersion: 4, reason: '不属于受理范围' });
    expect(stepInput('ASSIGN', { assigneeId: 'u1' }, c)).toEqual({ id: 'c1', expectedVersion: 4, assigneeId: 'u1' });
    expect(stepInput('MARK_BLOCKING', { blocking: false, reason: '已查清' }, c)).toEqual({
      id: 'c1',
      expectedVersion: 4,
      blocking: false,
      reason: '已查清',
    });
    expect(stepInput('DECIDE', { summary: '经核查属实', finding: 'SUBSTANTIATED' }, c)).toEqual({
      id: 'c1',
      expectedVersion: 4,
      finding: 'SUBSTANTIATED',
      remedies: [],
      summary: '经核查属实',
    });
    expect(stepInput('REPLY', { repliedOn: '2026-05-03', text: '答复如下', lateReason: '补录' }, c)).toEqual({
      id: 'c1',
      expectedVersion: 4,
      repliedOn: '2026-05-03',
      text: '答复如下',
      lateReason: '补录',
    });
    expect(stepInput('DECIDE_REVIEW', { finding: 'UNSUBSTANTIATED', remedies: ['EXPLANATION'], summary: 's', reply: 'r' }, c)).toEqual({
      id: 'c1',
      expectedVersion: 4,
      finding: 'UNSUBSTANTIATED',
      remedies: ['EXPLANATION'],
      summary: 's',
      reply: 'r',
    });
    for (const event of Object.keys(STEP_FIELDS)) expect(() => stepInput(event, {}, c)).not.toThrow();
    expect(() => stepInput('CLOSE', {}, c)).toThrow();
  });

  it('asks for a late-entry reason only for dates more than three days back', () => {
    expect(daysBack('2026-05-01', '2026-05-05')).toBe(4);
    expect(needsLateReason('2026-05-02', '2026-05-05')).toBe(false);
    expect(needsLateReason('2026-05-01', '2026-05-05')).toBe(true);
    expect(needsLateReason(undefined, '2026-05-05')).toBe(false);
    expect(dateFieldOf('REPLY')).toBe('repliedOn');
    expect(dateFieldOf('REQUEST_REVIEW')).toBe('receivedOn');
    expect(dateFieldOf('ACCEPT')).toBe('decidedOn');
    expect(dateFieldOf('ASSIGN')).toBeNull();
  });

  it('tells a tracking code from words to search for', () => {
    expect(searchOf('  ')).toBeNull();
    expect(searchOf('XF-AB12CD34EF')).toEqual({ trackingCode: 'XF-AB12CD34EF' });
    expect(searchOf('xf ab12 cd34')).toEqual({ trackingCode: 'XF-AB12CD34' });
    expect(searchOf('贿选 西村')).toEqual({ search: '贿选 西村' });
  });

  it('colours the clocks: in time green, late red, running blue or red when overdue, stopped grey', () => {
    expect(clockColour({ outcome: 'MET', overdue: false })).toBe('green');
    expect(clockColour({ outcome: 'LATE', overdue: true })).toBe('red');
    expect(clockColour({ outcome: 'RUNNING', overdue: false, daysLeft: 3 })).toBe('blue');
    expect(clockColour({ outcome: 'RUNNING', overdue: false, daysLeft: -1 })).toBe('red');
    expect(clockColour({ outcome: 'STOPPED', overdue: false })).toBe('gray');
  });

  it('offers the handlers who may take the case, the signed-in one first and named as such', () => {
    const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;
    const me = { id: 'u1', displayName: '张三' };
    const candidates = [
      { id: 'u2', name: '李四' },
      { id: 'u1', name: '张三' },
    ];
    expect(assigneeOptions({ candidates, assignee: { id: 'u2' } }, me, t)).toEqual([
      { value: 'u1', label: 'cases.field.assignMe{"name":"张三"}' },
      { value: 'u2', label: '李四（cases.page.assignee）' },
    ]);
    expect(assigneeOptions({ candidates: [{ id: 'u2', name: '李四' }] }, me, t)).toEqual([{ value: 'u2', label: '李四' }]);
  });
});
