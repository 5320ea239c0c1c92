import type { Basis, Cited, RuleProfile } from '../profile.js';
import { describeMargin } from '../profile-rules.js';
import type { CitedThreshold } from '../tally.js';

/**
 * The rule profiles written out for people (README and docs/rule-profiles.md), generated from the
 * data so that the documentation and the rules cannot drift apart.
 */
const BASIS: Record<Basis, string> = { S: 'S', P: 'P', X: 'X', D: 'D' };

const threshold = (t: CitedThreshold & { measure?: string }): string => {
  const base = { REGISTERED: 'registered', ENTITLED: 'entitled (应到会)', PRESENT: 'present', VOTED: 'votes cast' }[t.base];
  const measure = t.measure ? `${t.measure === 'VOTED' ? 'voted' : 'present'} ` : '';
  return `${measure}${t.strict ? '>' : '≥'} ${t.ratio.num}/${t.ratio.den} of ${base}`;
};

/** A value with its source; a rule that does not apply has no source to show. */
const cell = (value: string, c: { citation: string; basis: Basis }): string =>
  c.citation === '—' ? value : `${value} — ${c.citation} [${BASIS[c.basis]}]`;
const cited = <T>(c: Cited<T>, show: (v: T) => string): string => cell(show(c.value), c);
const dash = (v: number | null, unit = ''): string => (v === null ? '—' : `${v}${unit}`);
const escape = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Rows of rule → text, the same rows for every profile. */
export function profileRows(p: RuleProfile): [string, string][] {
  const s = p.schedule;
  const margin = p.candidates.margin.value;
  return [
    ['Quorum', cell(threshold(p.tally.quorum), p.tally.quorum)],
    ['Elected with', cell(threshold(p.tally.election), p.tally.election)],
    ['Another round (另行选举)', p.tally.extraRound ? cell(threshold(p.tally.extraRound), p.tally.extraRound) : 'as a regular round'],
    ['Rounds before failure', cited(p.maxRounds, String)],
    ['Days to fill vacancies after failure', cited(p.vacancyFillDays, String)],
    ['Nomination routes', cited(p.candidates.routes, (r) => r.join(', '))],
    ['Candidates over seats (差额)', cited(p.candidates.margin, () => describeMargin(margin))],
    ['Initial list', cited(p.candidates.initialListRatio, (r) => (r === null ? '—' : `1:${r}`))],
    ['Qualification review', cited(p.candidates.reviewLevels, (v) => v.join(' → '))],
    ['Commitment letters', cited(p.candidates.commitmentLetters, (v) => (v ? 'required' : '—'))],
    ['Party age', cited(p.candidates.partyAgeYears, (v) => dash(v, ' years'))],
    [
      'Age limit',
      cited(p.candidates.maxAge, (v) => (v ? `over ${v.years}: ${v.effect === 'NEEDS_APPROVAL' ? 'approval needed' : 'unsuitable'}` : '—')),
    ],
    ['New members’ age', cited(p.candidates.newMemberMaxAge, (v) => dash(v, ' at most'))],
    [
      'Exclusions',
      p.candidates.exclusions.length ? p.candidates.exclusions.map((e) => `${e.text} (${e.effect}) — ${e.citation}`).join('; ') : '—',
    ],
    [
      'Body size',
      cited(p.body.size, (v) =>
        Object.entries(v)
          .map(([t, r]) => `${t} ${r.min}–${r.max}`)
          .join('; '),
      ),
    ],
    [
      'Secretary only',
      cited(p.body.secretaryOnly, (v) =>
        v === null
          ? '—'
          : [
              v.requiredBelow !== null ? `fewer than ${v.requiredBelow} members: required (no committee)` : null,
              v.allowedUpTo !== null ? `${v.allowedUpTo} or fewer: allowed with approval` : null,
            ]
              .filter(Boolean)
              .join('; '),
      ),
    ],
    [
      'Composition targets',
      p.body.composition.length
        ? p.body.composition.map((t) => `${t.text}${t.blocking ? ' (blocking)' : ''} — ${t.citation}`).join('; ')
        : '—',
    ],
    [
      'Proxies',
      cited(p.voting.proxy, (v) => (v.allowed ? `allowed${v.maxPerHolder ? `, ≤ ${v.maxPerHolder} per holder` : ''}` : 'not allowed')),
    ],
    ['Mobile ballot box', cited(p.voting.mobileBox, (v) => (v ? 'allowed' : 'not allowed'))],
    ['Secret writing booth', cited(p.voting.secretBooth, (v) => (v ? 'required' : '—'))],
    ['Self-nomination closes', cited(s.selfNominationClosesDaysBefore, (v) => (v === null ? '—' : `T-${v}`))],
    ['海推 by', cited(s.massNominationByDaysBefore, (v) => (v === null ? '—' : `T-${v}`))],
    ['Introduction request by', cited(s.introductionRequestDaysBefore, (v) => (v === null ? '—' : `T-${v}`))],
    ['Notice at least', cited(s.noticeMinDaysBefore, (v) => dash(v, ' days before'))],
    [
      'Roll objections',
      s.objectionFileDays.value === null
        ? '—'
        : `${s.objectionFileDays.value} days to file, ${s.objectionAnswerDays.value} to answer — ${s.objectionFileDays.citation} [${s.objectionFileDays.basis}]`,
    ],
    ['Start approval (请示/批复)', cited(p.steps.startApproval, (v) => (v ? 'required' : '—'))],
    ['Published voter roll', cited(p.steps.voterRoll, (v) => (v ? 'yes' : '—'))],
    ['Upper approval of candidates', cited(p.steps.candidateApproval, (v) => (v ? 'required' : '—'))],
    [
      'Result',
      cited(p.steps.result, (v) => ({ APPROVAL: 'effective on upper approval', FILING: 'filed (备案)', NONE: 'effective on the spot' })[v]),
    ],
    ['Handover', cited(p.steps.handover, (v) => (v ? 'recorded' : '—'))],
    ['Preparation', p.steps.preparation.length ? p.steps.preparation.join(', ') : '—'],
    ['Term', cited(p.termYears, (v) => `${v} years`)],
  ];
}

/** One table per profile: rule, value with its source and basis. */
export function profilesMarkdown(profiles: readonly RuleProfile[]): string {
  const out: string[] = [];
  for (const p of profiles) {
    out.push(
      `### ${p.id} v${p.version} — ${p.name}`,
      '',
      `Organisation types: ${p.organizationTypes.join(', ')}. Source: ${p.source}.${p.options?.length ? ` Options: ${p.options.join(', ')}.` : ''}`,
      '',
      '| Rule | Value — source [basis] |',
      '|---|---|',
    );
    for (const [rule, text] of profileRows(p)) out.push(`| ${rule} | ${escape(text)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The profile as plain text, one rule a line: "Candidates over seats (差额): at least 20% … — seed 002:289; seed 000 L244 [S]". */
export const describeProfile = (p: RuleProfile): string =>
  profileRows(p)
    .map(([rule, text]) => `${rule}: ${text}`)
    .join('\n');
