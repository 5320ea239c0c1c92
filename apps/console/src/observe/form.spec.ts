import { CHECKLIST } from '@scrutineer/domain/supervision/checklist';
import { emptyForm, formFlags, formProblems, itemsFor, toPayload, type FormState } from './form';

const checklist = CHECKLIST.map((i) => ({ id: i.id, stages: i.stages, numbers: i.numbers }));
const now = new Date('2026-11-20T09:00:00Z');

const meeting = (answers: FormState['answers']): FormState => ({
  ...emptyForm(),
  electionId: 'e1',
  siteName: ' 村委会大礼堂 ',
  stage: 'ELECTION_MEETING',
  answers,
});

describe('the observer form', () => {
  it('shows the stage’s checklist items, and all of them under OTHER', () => {
    expect(itemsFor(checklist, 'ELECTION_MEETING').map((i) => i.id)).toContain('ATTENDANCE_COUNTED');
    expect(itemsFor(checklist, 'ELECTION_MEETING').map((i) => i.id)).not.toContain('VOTER_LIST_POSTED');
    expect(itemsFor(checklist, 'OTHER')).toHaveLength(checklist.length);
    expect(itemsFor(checklist, undefined)).toEqual([]);
  });

  it('flags more present than entitled, and ballots issued ≠ present, as they are typed (the domain’s rules)', () => {
    const form = meeting({
      ATTENDANCE_COUNTED: { answer: 'YES', numbers: { entitled: 100, present: 120 } },
      BALLOTS_MATCH_PRESENT: { answer: 'NO', numbers: { ballotsIssued: 118, present: 120 } },
    });
    expect(formFlags(form, checklist, now).map((f) => f.rule)).toEqual(['present-over-entitled', 'ballots-issued-not-present']);
    expect(formProblems(form, checklist, now)).toEqual([]);
  });

  it('keeps no numbers for an item not seen, and ignores blank number fields', () => {
    const form = meeting({
      ATTENDANCE_COUNTED: { answer: 'NOT_SEEN', numbers: { entitled: 100, present: 120 } },
      BALLOTS_MATCH_PRESENT: { answer: 'YES', numbers: { ballotsIssued: null, present: 90 } },
    });
    expect(formFlags(form, checklist, now)).toEqual([]);
    const sent = toPayload('id-1', form, checklist, now.toISOString());
    expect(sent.checklist).toEqual([
      { item: 'ATTENDANCE_COUNTED', answer: 'NOT_SEEN' },
      { item: 'BALLOTS_MATCH_PRESENT', answer: 'YES', numbers: { present: 90 } },
    ]);
    expect(sent.site).toEqual({ name: '村委会大礼堂', kind: 'MEETING_HALL' });
  });

  it('asks for an election, a site, a stage and each violation’s details before saving', () => {
    const fields = formProblems({ ...emptyForm(), violations: [{ description: ' ' }] }, checklist, now).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'electionId',
        'stage',
        'site.name',
        'violations[0].code',
        'violations[0].severity',
        'violations[0].description',
      ]),
    );
  });

  it('sends answers of the chosen stage only, with the position when the phone gave one', () => {
    const form: FormState = {
      ...meeting({ VOTER_LIST_POSTED: { answer: 'YES' }, SECRET_BOOTH: { answer: 'NO' } }),
      latitude: 34.75,
      longitude: 113.62,
      violations: [{ code: 'CANVASSING', severity: 'MINOR', description: ' 会场外拉票 ' }],
    };
    const sent = toPayload('id-2', form, checklist, now.toISOString());
    expect(sent.checklist).toEqual([{ item: 'SECRET_BOOTH', answer: 'NO' }]);
    expect(sent.site).toEqual({ name: '村委会大礼堂', kind: 'MEETING_HALL', latitude: 34.75, longitude: 113.62 });
    expect(sent.violations).toEqual([{ code: 'CANVASSING', severity: 'MINOR', description: '会场外拉票' }]);
    expect(sent).toMatchObject({ id: 'id-2', electionId: 'e1', channel: 'MOBILE_OFFLINE', observedAt: now.toISOString() });
  });
});
