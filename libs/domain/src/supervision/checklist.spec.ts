import { CHECKLIST, NUMBER_FIELDS, checklistForStage, checklistItem, isChecklistItemId } from './checklist.js';
import {
  CHECKLIST_ANSWERS,
  OBSERVATION_CHANNELS,
  OBSERVED_STAGES,
  SEVERITIES,
  TEAM_KINDS,
  VIOLATION_CODES,
  highestSeverity,
  isSerious,
  severityRank,
} from './vocabulary.js';

describe('supervision vocabulary', () => {
  it.each([
    ['TEAM_KINDS', TEAM_KINDS],
    ['OBSERVED_STAGES', OBSERVED_STAGES],
    ['OBSERVATION_CHANNELS', OBSERVATION_CHANNELS],
    ['CHECKLIST_ANSWERS', CHECKLIST_ANSWERS],
    ['VIOLATION_CODES', VIOLATION_CODES],
    ['SEVERITIES', SEVERITIES],
    ['NUMBER_FIELDS', NUMBER_FIELDS],
  ] as const)('%s has no duplicates', (_name, values) => {
    expect(new Set<string>(values).size).toBe(values.length);
  });

  it('has every violation DOMAIN.md names, and OTHER', () => {
    for (const code of [
      'BRIBERY',
      'CANVASSING',
      'CLAN_CONTROL',
      'INTIMIDATION',
      'BLACK_BOX_COUNTING',
      'PROXY_ABUSE',
      'MOBILE_BOX_MISUSE',
      'SKIPPED_STEP',
      'STAFF_ERROR',
      'OTHER',
    ])
      expect(VIOLATION_CODES).toContain(code);
  });

  it('ranks severities and calls MAJOR and CRITICAL serious', () => {
    expect(SEVERITIES.map(severityRank)).toEqual([0, 1, 2, 3]);
    expect(SEVERITIES.filter(isSerious)).toEqual(['MAJOR', 'CRITICAL']);
    expect(highestSeverity([])).toBeNull();
    expect(highestSeverity(['MINOR', 'CRITICAL', 'INFO'])).toBe('CRITICAL');
  });
});

describe('checklist', () => {
  it('has unique ids, Chinese text with a gloss, a citation, known stages and numbers', () => {
    expect(new Set(CHECKLIST.map((c) => c.id)).size).toBe(CHECKLIST.length);
    for (const item of CHECKLIST) {
      expect(item.text).toMatch(/[\u4e00-\u9fff]/);
      expect(item.text).toMatch(/\([a-z].+\)$/);
      expect(item.citation.trim()).not.toBe('');
      expect(item.citation).toMatch(/seed \d{3}|DOMAIN\.md/);
      expect(item.stages.length).toBeGreaterThan(0);
      for (const s of item.stages) expect(OBSERVED_STAGES).toContain(s);
      for (const n of item.numbers) expect(NUMBER_FIELDS).toContain(n);
      expect(new Set(item.numbers).size).toBe(item.numbers.length);
    }
  });

  it('has the items DOMAIN.md lists, with their numbers', () => {
    for (const id of [
      'VOTER_LIST_POSTED',
      'NOTICE_POSTED',
      'CANDIDATES_PUBLICISED',
      'MONITORING_INSTALLED',
      'ATTENDANCE_COUNTED',
      'BALLOT_BOX_SEALED',
      'SECRET_BOOTH',
      'PROXIES_WRITTEN',
      'MOBILE_BOX_ALLOWED',
      'BALLOTS_MATCH_PRESENT',
      'PUBLIC_COUNTING',
      'RESULT_ANNOUNCED',
      'UPPER_SUPERVISOR_PRESENT',
      'POLICE_STAFF_PRESENT',
    ])
      expect(isChecklistItemId(id)).toBe(true);
    expect(checklistItem('ATTENDANCE_COUNTED').numbers).toEqual(['entitled', 'present']);
    expect(checklistItem('PROXIES_WRITTEN').numbers).toEqual(['proxiesHeld', 'maxProxiesPerHolder']);
    expect(checklistItem('BALLOTS_MATCH_PRESENT').numbers).toEqual(['ballotsIssued', 'present']);
    expect(isChecklistItemId('NOPE')).toBe(false);
  });

  it('carries every number field on some item', () => {
    for (const n of NUMBER_FIELDS) expect(CHECKLIST.some((c) => (c.numbers as readonly string[]).includes(n))).toBe(true);
  });

  it('offers every stage but OTHER some items, and OTHER all of them', () => {
    for (const stage of OBSERVED_STAGES) expect(checklistForStage(stage).length).toBeGreaterThan(0);
    expect(checklistForStage('OTHER')).toHaveLength(CHECKLIST.length);
    expect(checklistForStage('COUNTING').map((c) => c.id)).toContain('PUBLIC_COUNTING');
    expect(checklistForStage('VOTER_REGISTRATION').map((c) => c.id)).toEqual(['VOTER_LIST_POSTED']);
  });
});
