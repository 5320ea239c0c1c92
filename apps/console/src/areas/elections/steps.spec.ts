import dayjs from 'dayjs';
import { STEPS, stepInput, withFormAnswers } from './steps';

describe('an election step’s form', () => {
  const target = { id: 'e1', version: 7 };

  it('sends the fields its mutation takes: dates as days, texts trimmed, empty optional ones left out', () => {
    expect(
      stepInput(target, STEPS.RECORD_PREPARATION!.fields, { item: 'RULES_ADOPTED', on: dayjs('2026-03-05T10:00:00'), lateReason: '  ' }),
    ).toEqual({ id: 'e1', expectedVersion: 7, item: 'RULES_ADOPTED', on: '2026-03-05' });
    expect(stepInput(target, STEPS.RESCHEDULE!.fields, { electionDay: dayjs('2026-04-01'), reason: ' 提前召开 ' })).toEqual({
      id: 'e1',
      expectedVersion: 7,
      electionDay: '2026-04-01',
      reason: '提前召开',
    });
  });

  it('opens polling with the attendance where the quorum counts it, and the booth as a yes or no', () => {
    expect(stepInput(target, STEPS.OPEN_POLLING!.fields, { entitled: 55, present: 50, secretBoothReady: true })).toEqual({
      id: 'e1',
      expectedVersion: 7,
      entitled: 55,
      present: 50,
      secretBoothReady: true,
    });
    expect(stepInput(target, STEPS.OPEN_POLLING!.fields, {})).toEqual({ id: 'e1', expectedVersion: 7, secretBoothReady: false });
  });

  it('does not disable a step for what its own form asks, and keeps every other reason', () => {
    const actions = [
      { event: 'OPEN_POLLING', allowed: false, reasons: [{ rule: 'attendance-missing' }] },
      { event: 'APPROVE', allowed: false, reasons: [{ rule: 'needs-note' }] },
      { event: 'CLOSE_NOMINATION', allowed: false, reasons: [{ rule: 'candidate-margin' }] },
      { event: 'OPEN_POLLING', allowed: false, reasons: [{ rule: 'attendance-missing' }, { rule: 'before-election-day' }] },
    ];
    expect(withFormAnswers(actions).map((a) => a.allowed)).toEqual([true, true, false, false]);
  });
});
