import { contradictions, observationProblems, type ChecklistAnswer, type ObservationDraft, type RecordedNumbers } from './observation.js';

const now = new Date('2024-12-23T10:00:00Z');

const draft = (over: Partial<ObservationDraft> = {}): ObservationDraft => ({
  stage: 'ELECTION_MEETING',
  observedAt: '2024-12-23T17:30:00+08:00',
  channel: 'WEB',
  site: { name: '村委大会议室', kind: 'MEETING_HALL', latitude: 34.75, longitude: 113.62 },
  checklist: [
    { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 36, present: 35 } },
    { item: 'BALLOT_BOX_SEALED', answer: 'YES' },
    { item: 'SECRET_BOOTH', answer: 'NO', note: '没有单独的划票室' },
    { item: 'PROXIES_WRITTEN', answer: 'NOT_APPLICABLE' },
  ],
  violations: [{ code: 'CANVASSING', severity: 'MINOR', description: '会场门口有人拉票' }],
  narrative: '选举大会按时开始。',
  ...over,
});

const fields = (d: ObservationDraft) => observationProblems(d, now).map((p) => p.field);
const answers = (...checklist: ChecklistAnswer[]) => draft({ checklist });
const none: RecordedNumbers = { entitled: null, present: null, ballotsIssued: null, maxProxiesPerHolder: null };
const rules = (d: ObservationDraft, recorded = none) => contradictions(d, recorded).map((f) => f.rule);

describe('observationProblems', () => {
  it('accepts a sound observation', () => {
    expect(observationProblems(draft(), now)).toEqual([]);
    expect(observationProblems(draft({ site: { name: '第三投票站', kind: 'POLLING_POINT' }, violations: [] }), now)).toEqual([]);
  });

  it('refuses an unknown item, naming its place', () => {
    expect(fields(answers({ item: 'BALLOT_BOX_SEALED', answer: 'YES' }, { item: 'NOPE' as never, answer: 'YES' }))).toEqual([
      'checklist[1].item',
    ]);
  });

  it('refuses an item answered twice', () => {
    const problems = observationProblems(
      answers(
        { item: 'SECRET_BOOTH', answer: 'YES' },
        { item: 'BALLOT_BOX_SEALED', answer: 'YES' },
        { item: 'SECRET_BOOTH', answer: 'NO' },
      ),
      now,
    );
    expect(problems).toEqual([{ field: 'checklist[2].item', message: expect.stringContaining('checklist[0]') }]);
  });

  it('refuses an unknown answer', () => {
    expect(fields(answers({ item: 'SECRET_BOOTH', answer: 'MAYBE' as never }))).toEqual(['checklist[0].answer']);
  });

  it('refuses numbers on an item that carries none, or a number the item does not carry', () => {
    expect(fields(answers({ item: 'SECRET_BOOTH', answer: 'YES', numbers: { present: 3 } }))).toEqual(['checklist[0].numbers.present']);
    expect(fields(answers({ item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 3, ballotsIssued: 3 } }))).toEqual([
      'checklist[0].numbers.ballotsIssued',
    ]);
    expect(fields(answers({ item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { votes: 3 } as never }))).toEqual([
      'checklist[0].numbers.votes',
    ]);
  });

  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '35' as never])('refuses the number %p', (n) => {
    expect(fields(answers({ item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 55, present: n } }))).toEqual([
      'checklist[0].numbers.present',
    ]);
  });

  it('accepts zero and leaves out an undefined number', () => {
    expect(fields(answers({ item: 'ATTENDANCE_COUNTED', answer: 'NO', numbers: { entitled: 0, present: undefined } }))).toEqual([]);
  });

  it.each(['NOT_SEEN', 'NOT_APPLICABLE'] as const)('refuses numbers with %s', (answer) => {
    expect(fields(answers({ item: 'ATTENDANCE_COUNTED', answer, numbers: { present: 35 } }))).toEqual(['checklist[0].numbers']);
    expect(fields(answers({ item: 'ATTENDANCE_COUNTED', answer, numbers: {} }))).toEqual([]);
  });

  it('refuses coordinates outside WGS84 or only half a pair', () => {
    const site = (latitude?: number, longitude?: number) =>
      fields(
        draft({
          site: {
            name: 'x',
            kind: 'OTHER',
            ...(latitude === undefined ? {} : { latitude }),
            ...(longitude === undefined ? {} : { longitude }),
          },
        }),
      );
    expect(site(90, 180)).toEqual([]);
    expect(site(-90, -180)).toEqual([]);
    expect(site(90.01, 0)).toEqual(['site.latitude']);
    expect(site(0, -180.5)).toEqual(['site.longitude']);
    expect(site(Number.NaN, 0)).toEqual(['site.latitude']);
    expect(site(34.75, undefined)).toEqual(['site.longitude']);
    expect(site(undefined, 113.62)).toEqual(['site.latitude']);
  });

  it('refuses an empty site name and an unknown site kind', () => {
    expect(fields(draft({ site: { name: '  ', kind: 'MEETING_HALL' } }))).toEqual(['site.name']);
    expect(fields(draft({ site: { name: 'x', kind: 'BARN' as never } }))).toEqual(['site.kind']);
  });

  it.each([
    '2024-12-23',
    '2024-12-23T10:00:00',
    'yesterday',
    '2024-13-40T10:00:00Z',
    '2024-02-30T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2024-12-23T24:00:00Z',
    '2024-12-23T10:00:00+25:00',
    '',
  ])('refuses observedAt %p', (observedAt) => {
    expect(fields(draft({ observedAt }))).toEqual(['observedAt']);
  });

  it('allows a device clock up to 5 minutes fast, and any time in the past', () => {
    expect(fields(draft({ observedAt: '2024-12-23T10:05:00Z' }))).toEqual([]);
    expect(fields(draft({ observedAt: '2024-12-23T18:05:00.000+08:00' }))).toEqual([]);
    expect(fields(draft({ observedAt: '2024-12-23T10:05:00.001Z' }))).toEqual(['observedAt']);
    expect(fields(draft({ observedAt: '2021-11-07T08:00Z' }))).toEqual([]);
    expect(fields(draft({ observedAt: '2024-02-29T23:59:59.999-05:00' }))).toEqual([]);
  });

  it('refuses a narrative over 20,000 characters, counting characters not bytes', () => {
    expect(fields(draft({ narrative: '票'.repeat(20_000) }))).toEqual([]);
    expect(fields(draft({ narrative: '𠮷'.repeat(20_000) }))).toEqual([]);
    expect(fields(draft({ narrative: '票'.repeat(20_001) }))).toEqual(['narrative']);
  });

  it('refuses more than 100 violations', () => {
    const v = { code: 'OTHER', severity: 'INFO', description: 'x' } as const;
    expect(fields(draft({ violations: Array.from({ length: 100 }, () => v) }))).toEqual([]);
    expect(fields(draft({ violations: Array.from({ length: 101 }, () => v) }))).toEqual(['violations']);
  });

  it('refuses a violation without a description, or with an unknown code or severity', () => {
    expect(fields(draft({ violations: [{ code: 'BRIBERY', severity: 'MAJOR', description: ' \n' }] }))).toEqual([
      'violations[0].description',
    ]);
    expect(fields(draft({ violations: [{ code: 'THEFT' as never, severity: 'HUGE' as never, description: 'x' }] }))).toEqual([
      'violations[0].code',
      'violations[0].severity',
    ]);
  });

  it('refuses an unknown stage or channel', () => {
    expect(fields(draft({ stage: 'PICNIC' as never, channel: 'SMS' as never }))).toEqual(['stage', 'channel']);
  });

  it('reports every problem at once', () => {
    const d = draft({
      observedAt: 'soon',
      site: { name: '', kind: 'OTHER', latitude: 100 },
      checklist: [{ item: 'ATTENDANCE_COUNTED', answer: 'NOT_SEEN', numbers: { present: -1 } }],
      violations: [{ code: 'BRIBERY', severity: 'CRITICAL', description: '' }],
    });
    expect(fields(d)).toEqual([
      'observedAt',
      'site.name',
      'site.latitude',
      'site.longitude',
      'checklist[0].numbers',
      'checklist[0].numbers.present',
      'violations[0].description',
    ]);
  });
});

describe('contradictions', () => {
  it('flags nothing in a consistent observation without a record', () => {
    expect(contradictions(draft(), none)).toEqual([]);
  });

  it('flags present over entitled, saying both numbers', () => {
    const flags = contradictions(answers({ item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 35, present: 36 } }), none);
    expect(flags).toEqual([
      {
        item: 'ATTENDANCE_COUNTED',
        rule: 'present-over-entitled',
        message: '36 present but only 35 entitled',
        values: { present: 36, entitled: 35 },
      },
    ]);
  });

  it('flags ballots issued not equal to voters present, either way', () => {
    const d = (ballotsIssued: number) => answers({ item: 'BALLOTS_MATCH_PRESENT', answer: 'NO', numbers: { ballotsIssued, present: 42 } });
    expect(rules(d(42))).toEqual([]);
    expect(rules(d(41))).toEqual(['ballots-issued-not-present']);
    expect(contradictions(d(43), none)[0]!.message).toBe('43 ballots issued to 42 voters present');
  });

  it('takes present from the attendance item when the ballots item does not give it', () => {
    const d = answers(
      { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
      { item: 'BALLOTS_MATCH_PRESENT', answer: 'YES', numbers: { ballotsIssued: 40 } },
    );
    expect(contradictions(d, none)).toEqual([
      expect.objectContaining({
        item: 'BALLOTS_MATCH_PRESENT',
        rule: 'ballots-issued-not-present',
        values: { ballotsIssued: 40, present: 42 },
      }),
    ]);
  });

  it('flags one number given differently on two items', () => {
    const d = answers(
      { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
      { item: 'BALLOTS_MATCH_PRESENT', answer: 'YES', numbers: { ballotsIssued: 41, present: 41 } },
    );
    const flags = contradictions(d, none);
    expect(flags).toEqual([
      {
        item: null,
        rule: 'same-number-differs',
        message: 'present is 42 on ATTENDANCE_COUNTED but 41 on BALLOTS_MATCH_PRESENT',
        values: {
          'ATTENDANCE_COUNTED.present': 42,
          'BALLOTS_MATCH_PRESENT.present': 41,
          field: 'present',
          first: 42,
          firstItem: 'ATTENDANCE_COUNTED',
          other: 41,
          otherItem: 'BALLOTS_MATCH_PRESENT',
        },
      },
    ]);
  });

  it('flags more ballots returned than issued (the round would be void)', () => {
    const d = (ballotsReturned: number) =>
      answers({ item: 'PUBLIC_COUNTING', answer: 'YES', numbers: { ballotsIssued: 42, ballotsReturned } });
    expect(rules(d(42))).toEqual([]);
    expect(rules(d(40))).toEqual([]);
    expect(contradictions(d(43), none)).toEqual([
      expect.objectContaining({ rule: 'ballots-returned-over-issued', message: '43 ballots returned but only 42 issued' }),
    ]);
  });

  it('flags proxies over the cap stated on site and over the rules’ cap, once when they are the same', () => {
    const d = (proxiesHeld: number, maxProxiesPerHolder?: number) =>
      answers({
        item: 'PROXIES_WRITTEN',
        answer: 'YES',
        numbers: maxProxiesPerHolder === undefined ? { proxiesHeld } : { proxiesHeld, maxProxiesPerHolder },
      });
    const cap3 = { ...none, maxProxiesPerHolder: 3 };
    expect(rules(d(3, 3), cap3)).toEqual([]);
    expect(rules(d(4, 3))).toEqual(['proxies-over-cap']);
    expect(rules(d(4, 3), cap3)).toEqual(['proxies-over-cap']);
    expect(rules(d(4), cap3)).toEqual(['proxies-over-recorded-cap']);
    expect(rules(d(4, 5), cap3)).toEqual(['recorded-cap-differs', 'proxies-over-recorded-cap']);
    expect(rules(d(6, 5), cap3)).toEqual(['proxies-over-cap', 'recorded-cap-differs', 'proxies-over-recorded-cap']);
    expect(contradictions(d(5), cap3)[0]!.message).toBe("one holder carried 5 proxies; the election's rules allow 3");
  });

  it('compares with the recorded numbers only where they are recorded', () => {
    const d = draft({
      checklist: [
        { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
        { item: 'BALLOTS_MATCH_PRESENT', answer: 'YES', numbers: { ballotsIssued: 42, present: 42 } },
      ],
    });
    expect(contradictions(d, none)).toEqual([]);
    expect(contradictions(d, { entitled: 46, present: 42, ballotsIssued: 42, maxProxiesPerHolder: null })).toEqual([]);
    expect(contradictions(d, { entitled: 47, present: 41, ballotsIssued: 43, maxProxiesPerHolder: null })).toEqual([
      {
        item: 'ATTENDANCE_COUNTED',
        rule: 'recorded-entitled-differs',
        message: 'entitled to attend: observed 46, recorded 47',
        values: { observed: 46, recorded: 47 },
      },
      {
        item: 'ATTENDANCE_COUNTED',
        rule: 'recorded-present-differs',
        message: 'present: observed 42, recorded 41',
        values: { observed: 42, recorded: 41 },
      },
      {
        item: 'BALLOTS_MATCH_PRESENT',
        rule: 'recorded-ballotsIssued-differs',
        message: 'ballots issued: observed 42, recorded 43',
        values: { observed: 42, recorded: 43 },
      },
    ]);
  });

  // seed 000 L275–277: 55 Party members with the vote, 36 of them at home, 35 present. An observer who counts
  // those at home as entitled disagrees with a record of 55; the present count agrees.
  it('flags the 55 entitled, 35 present branch where the observer counted 36 at home as entitled', () => {
    const d = answers({ item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 36, present: 35 } });
    const flags = contradictions(d, { entitled: 55, present: 35, ballotsIssued: null, maxProxiesPerHolder: null });
    expect(flags).toEqual([expect.objectContaining({ rule: 'recorded-entitled-differs', values: { observed: 36, recorded: 55 } })]);
    expect(flags[0]!.message).toContain('36');
    expect(flags[0]!.message).toContain('55');
  });

  it('flags nothing when the observer agrees with 55 entitled, 35 present: a missed quorum is the tally’s call', () => {
    const d = answers({ item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 55, present: 35 } });
    expect(contradictions(d, { entitled: 55, present: 35, ballotsIssued: null, maxProxiesPerHolder: null })).toEqual([]);
  });

  it('ignores numbers under NOT_SEEN and NOT_APPLICABLE (refused anyway)', () => {
    const d = answers({ item: 'ATTENDANCE_COUNTED', answer: 'NOT_SEEN', numbers: { entitled: 1, present: 9 } });
    expect(contradictions(d, { entitled: 55, present: 35, ballotsIssued: null, maxProxiesPerHolder: null })).toEqual([]);
  });
});
