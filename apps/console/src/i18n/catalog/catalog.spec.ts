import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { CLOCK_STEPS } from '../../../../../libs/domain/src/cases/case.types';
import { caseMachine } from '../../../../../libs/domain/src/cases/case.machine';
import { CASE_PROFILE_IDS } from '../../../../../libs/domain/src/cases/case-profile';
import { NON_ACCEPTANCE } from '../../../../../libs/domain/src/cases/vocabulary';
import { candidateMachine } from '../../../../../libs/domain/src/machines/candidate.machine';
import { electionMachine } from '../../../../../libs/domain/src/machines/election.machine';
import { PREPARATION_ITEMS } from '../../../../../libs/domain/src/rules/profile';
import { CHECKLIST, NUMBER_FIELDS } from '../../../../../libs/domain/src/supervision/checklist';
import { SITE_KINDS } from '../../../../../libs/domain/src/supervision/observation';
import { rectificationMachine } from '../../../../../libs/domain/src/supervision/rectification.machine';
import { en } from '../en';
import { zhCN } from '../zh-CN';
import { catalogEn, catalogZhCN } from './index';
import { matching, scanRuleIds, topLevelParts, type RuleOccurrence } from './rule-scan';

/** The backend's TypeScript source, where refusals are written (tests and generated files left out). */
const SOURCE_ROOTS = ['libs/domain/src', 'libs/platform/src', 'libs/workflow/src', 'apps/api/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = SOURCE_ROOTS.flatMap(sourceFiles).map((path) => ({ path: relative('.', path), text: readFileSync(path, 'utf8') }));
const occurrences: (RuleOccurrence & { path: string })[] = files.flatMap((f) => scanRuleIds(f.text).map((o) => ({ ...o, path: f.path })));

/** Enum values from schema.gql, by enum name. */
const schemaEnums: Record<string, string[]> = Object.fromEntries(
  [...readFileSync('schema.gql', 'utf8').matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [
    m[1]!,
    m[2]!
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line)),
  ]),
);

/**
 * Template ids and what they become: each one the scanner finds must be listed here, so a new template
 * cannot slip past the catalogue.
 */
const TEMPLATES: Record<string, () => string[]> = {
  "exclusion-${window.kind.toLowerCase().replace(/_/g, '-')}": () =>
    schemaEnums.ExclusionKind!.map((kind) => `exclusion-${kind.toLowerCase().replace(/_/g, '-')}`),
  'recorded-${field}-differs': () =>
    files.flatMap((f) => [...f.text.matchAll(/\bagainst\(\s*'[A-Z_]+'\s*,\s*'(\w+)'/g)].map((m) => `recorded-${m[1]}-differs`)),
};

/** Every rule id with the value keys of each place that gives it. */
const rules = new Map<string, { keys: string[][]; open: boolean; where: string[] }>();
for (const o of occurrences) {
  const ids = o.template ? (TEMPLATES[o.id]?.() ?? [o.id]) : [o.id];
  for (const id of ids) {
    const rule = rules.get(id) ?? { keys: [], open: false, where: [] };
    rule.keys.push(o.valueKeys);
    rule.open ||= o.open;
    rule.where.push(o.path);
    rules.set(id, rule);
  }
}

const union = (id: string) => new Set(rules.get(id)!.keys.flat());
const intersection = (id: string) => {
  const [first = [], ...rest] = rules.get(id)!.keys;
  return new Set(first.filter((k) => rest.every((keys) => keys.includes(k))));
};

const placeholders = (sentence: string) => new Set([...sentence.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!));
const sorted = (set: Set<string>) => [...set].sort();

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;

/** Every string in a nested catalogue, by its dotted key. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const reasonsZh: Record<string, string> = catalogZhCN.reasons;
const reasonsEn: Record<string, string> = catalogEn.reasons;

describe('the rule scanner', () => {
  it('finds each form of rule id, with the keys of its values', () => {
    const text = `
      const a = fail('plain', 'message');
      const b = fail(
        'multi-line',
        \`\${x} of \${y}\`, // a comment that isn't code
        { citation: c, values: { seats, needed: minimum(seats), 'quoted.key': 1 } },
      );
      const c = not(needsApproval, 'routed', 'go the other way');
      throw ruleViolation('English', { rule: 'from-api', values: { trackingCode: code } });
      throw badInput(due.message, { field: 'dueOn', rule: due.rule });
      out.push({ rule: r.kind === 'EXTRA' ? 'extra-one' : 'regular-one', ok, values: { [measure]: n, base } });
      return { ok: false, rule: name ?? 'fallback', message: 'x' };
      check('ITEM', 'flagged', a <= b, \`\${a} over \${b}\`, { a, b });
      findings.push({ rule: \`templated-\${kind}\`, values: spread });
      // fail('in-a-comment', 'not code')
      const s = "fail('in-a-string')";
    `;
    const found = scanRuleIds(text).map(({ id, template, valueKeys, open }) => ({ id, template, valueKeys, open }));
    expect(found).toEqual([
      { id: 'plain', template: false, valueKeys: [], open: false },
      { id: 'multi-line', template: false, valueKeys: ['seats', 'needed', 'quoted.key'], open: false },
      { id: 'routed', template: false, valueKeys: [], open: false },
      { id: 'flagged', template: false, valueKeys: ['a', 'b'], open: false },
      { id: 'from-api', template: false, valueKeys: ['trackingCode'], open: false },
      { id: 'extra-one', template: false, valueKeys: ['base'], open: true },
      { id: 'regular-one', template: false, valueKeys: ['base'], open: true },
      { id: 'fallback', template: false, valueKeys: [], open: false },
      { id: 'templated-${kind}', template: true, valueKeys: [], open: true },
    ]);
  });

  it('finds the rules the backend is known to refuse with, in the places they are written', () => {
    const where = (id: string) => [...new Set(rules.get(id)?.where ?? [])].sort();
    expect(where('candidate-margin')).toEqual(['libs/domain/src/rules/profile-rules.ts']);
    expect(where('quorum')).toEqual(['libs/domain/src/machines/election.rules.ts', 'libs/domain/src/rules/tally.ts']);
    expect(where('matter-final')).toEqual(['apps/api/src/cases/cases.service.ts', 'libs/platform/src/cases/open-case.ts']);
    expect(where('election-over')).toEqual(['apps/api/src/supervision/orders.service.ts']);
    expect(where('actor-role')).toEqual(['libs/domain/src/workflow/actor-rules.ts']);
    expect(where('date-before')).toEqual(['libs/domain/src/calendar/given-date.ts']);
    expect(where('review-final')).toEqual(['libs/domain/src/machines/candidate.machine.ts']);
    expect(where('state')).toEqual(['libs/workflow/src/runtime/available-actions.ts']);
    expect(where('guard')).toEqual(['libs/domain/src/workflow/explain.ts']);
    expect(where('election-threshold')).toEqual(['libs/domain/src/rules/tally.ts']);
    expect(where('proxies-over-cap')).toEqual(['libs/domain/src/supervision/observation.ts']);
    expect(where('recorded-ballotsIssued-differs')).toEqual(['libs/domain/src/supervision/observation.ts']);
    expect(where('exclusion-gang-related')).toEqual(['libs/domain/src/rules/eligibility.ts']);
    expect(sorted(union('candidate-margin'))).toEqual(['candidates', 'needed', 'percent', 'post', 'seats']);
    expect(rules.size).toBeGreaterThan(120);
  });

  it('expands every template id it meets', () => {
    const templates = [...new Set(occurrences.filter((o) => o.template).map((o) => o.id))].sort();
    expect(templates).toEqual(Object.keys(TEMPLATES).sort());
    for (const expand of Object.values(TEMPLATES)) expect(expand().length).toBeGreaterThan(0);
  });
});

describe('the refusal reasons', () => {
  const ids = [...rules.keys()].sort();

  it('name every rule id of the backend in Chinese and in English', () => {
    expect(ids.filter((id) => !reasonsZh[id])).toEqual([]);
    expect(ids.filter((id) => !reasonsEn[id])).toEqual([]);
  });

  it('hold no sentence for a rule the backend no longer has', () => {
    const stale = Object.keys(reasonsZh).filter((key) => !rules.has(key.replace(/_brief$/, '')));
    expect(stale).toEqual([]);
  });

  it('use the same numbers in both languages', () => {
    const differ = Object.keys(reasonsZh).filter(
      (key) => sorted(placeholders(reasonsZh[key]!)).join() !== sorted(placeholders(reasonsEn[key]!)).join(),
    );
    expect(differ).toEqual([]);
  });

  it('use only numbers the rule gives; where places give different numbers, a brief sentence uses those all give', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const rule = rules.get(id)!;
      const full = placeholders(reasonsZh[id] ?? '');
      const beyond = [...full].filter((k) => !union(id).has(k));
      if (beyond.length && !rule.open) problems.push(`${id}: ${beyond.join(', ')} never given`);
      const always = intersection(id);
      if ([...full].every((k) => always.has(k))) continue;
      const brief = reasonsZh[`${id}_brief`];
      if (brief === undefined)
        problems.push(`${id}: needs a _brief sentence (some places give only ${sorted(always).join(', ') || 'no values'})`);
      else {
        const missing = [...placeholders(brief)].filter((k) => !always.has(k));
        if (missing.length) problems.push(`${id}_brief: ${missing.join(', ')} not given everywhere`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the state and step names', () => {
  const MACHINES: Record<string, AnyStateMachine> = {
    election: electionMachine,
    candidate: candidateMachine,
    case: caseMachine,
    rectification: rectificationMachine,
  };

  function walk(machine: AnyStateMachine): { states: string[]; events: string[] } {
    const states: string[] = [];
    const events = new Set<string>();
    const visit = (node: AnyStateNode) => {
      for (const [event] of node.transitions) if (!event.startsWith('xstate.')) events.add(event);
      for (const child of Object.values(node.states) as AnyStateNode[]) {
        if (child.type === 'history') continue;
        states.push(child.key);
        visit(child);
      }
    };
    visit(machine.root);
    return { states, events: [...events] };
  }

  it.each(Object.keys(MACHINES))('name every state and event of the %s machine in both languages', (name) => {
    const { states, events } = walk(MACHINES[name]!);
    expect(states.length).toBeGreaterThan(4);
    for (const [catalogue, language] of [
      [catalogZhCN, 'zh-CN'],
      [catalogEn, 'en'],
    ] as const) {
      const stateNames = (catalogue.states as Record<string, Record<string, string>>)[name]!;
      const eventNames = (catalogue.events as Record<string, Record<string, string>>)[name]!;
      expect({ language, missing: states.filter((s) => !stateNames[s]) }).toEqual({ language, missing: [] });
      // `create` names the audit entry of the creation.
      expect({ language, missing: [...events, 'create'].filter((e) => !eventNames[e]) }).toEqual({ language, missing: [] });
      expect({ language, extra: Object.keys(stateNames).filter((s) => !states.includes(s)) }).toEqual({ language, extra: [] });
    }
  });
});

describe('the vocabularies', () => {
  const camel = (name: string) => name[0]!.toLowerCase() + name.slice(1);
  const vocabZh = catalogZhCN.vocab as unknown as Record<string, Record<string, string>>;
  const vocabEn = catalogEn.vocab as unknown as Record<string, Record<string, string>>;

  /** Vocabularies the schema does not list as enums, from the domain itself. */
  const DOMAIN: Record<string, readonly string[]> = {
    clockStep: CLOCK_STEPS,
    caseProfileId: CASE_PROFILE_IDS,
    preparationItem: PREPARATION_ITEMS,
    checklistItem: CHECKLIST.map((item) => item.id),
    siteKind: SITE_KINDS,
    acceptanceOutcome: ['ACCEPTED', ...NON_ACCEPTANCE],
    field: NUMBER_FIELDS,
  };

  const expected: [string, readonly string[]][] = [
    ...Object.entries(schemaEnums).map(([name, values]) => [camel(name), values] as [string, string[]]),
    ...Object.entries(DOMAIN),
  ];

  it('cover every enum of the schema and the domain’s own lists', () => {
    expect(Object.keys(schemaEnums).length).toBeGreaterThan(25);
    const missing = expected.flatMap(([name, values]) =>
      values.flatMap((v) => [
        ...(vocabZh[name]?.[v] ? [] : [`zh-CN vocab.${name}.${v}`]),
        ...(vocabEn[name]?.[v] ? [] : [`en vocab.${name}.${v}`]),
      ]),
    );
    expect(missing).toEqual([]);
  });

  it('name every date field, earlier step and list a rule gives as an id', () => {
    const given = (pattern: RegExp) => [...new Set(files.flatMap((f) => [...f.text.matchAll(pattern)].map((m) => m[1]!)))];
    // The fields handed to the date checks: by argument, or as the `field` of givenDateProblem({ … }).
    const dateFields = [
      ...new Set([
        ...given(/(?:givenOn\(e, |given\(|(?:electionDay|dueDay)Problem\()'(\w+)'/g),
        ...files.flatMap((f) =>
          [...f.text.matchAll(/givenDateProblem\(\{/g)].flatMap((m) => {
            const open = m.index + m[0].length - 1;
            const field = topLevelParts(f.text.slice(open + 1, matching(f.text, open))).find((p) => p.startsWith('field:'));
            return [...(field ?? '').matchAll(/'([a-z]\w*)'/g)].map((q) => q[1]!);
          }),
        ),
      ]),
    ];
    // The earlier step a date may not precede: `{ on, what, step }`.
    const steps = given(/\bwhat: [^\n]*?\bstep: '([A-Z_]+)'/g);
    expect(dateFields).toEqual(
      expect.arrayContaining(['publishedOn', 'receivedOn', 'decidedOn', 'electionDay', 'dueOn', 'commitmentsSignedOn']),
    );
    expect(steps).toEqual(expect.arrayContaining(['ROLL_PUBLISHED', 'CASE_ACCEPTED', 'CANDIDATE_NOMINATED']));
    const missing = [
      ...dateFields.filter((f) => !vocabZh.field![f] || !vocabEn.field![f]).map((f) => `field.${f}`),
      ...steps.filter((s) => !vocabZh.dateBound![s] || !vocabEn.dateBound![s]).map((s) => `dateBound.${s}`),
    ];
    expect(missing).toEqual([]);
  });

  it('name the audit trail’s platform actions', () => {
    const actions = [
      ...new Set(
        files
          .filter((f) => f.path.startsWith('apps/api/'))
          .flatMap((f) => [
            ...[...f.text.matchAll(/\baction: '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!),
            // Teams record through a helper that takes the action as an argument.
            ...[...f.text.matchAll(/this\.record\([^)]*?'([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!),
          ]),
      ),
    ].sort();
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login', 'case.identity_revealed', 'observation.submit_batch', 'team.create', 'user.create']),
    );
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);
    const missing = actions.filter(
      (a) => typeof lookup(catalogZhCN.audit.actions, a) !== 'string' || typeof lookup(catalogEn.audit.actions, a) !== 'string',
    );
    expect(missing).toEqual([]);
  });
});

describe('the catalogue as a whole', () => {
  it('leaves no Chinese entry in English', () => {
    const english = leaves(catalogZhCN).filter(([key, text]) => key !== 'vocab.listSeparator' && !CJK.test(text));
    expect(english).toEqual([]);
  });

  it('has every entry in English too, and no English entry left in Chinese only', () => {
    const zhKeys = leaves(catalogZhCN).map(([k]) => k);
    const enEntries = new Map(leaves(catalogEn));
    expect(zhKeys.filter((k) => !enEntries.has(k))).toEqual([]);
    expect([...enEntries.keys()].filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect([...enEntries].filter(([key, text]) => key !== 'vocab.listSeparator' && !LATIN.test(text))).toEqual([]);
  });

  it('agrees with the shell’s own texts where both name a thing (roles, levels)', () => {
    expect(catalogZhCN.vocab.role).toEqual(zhCN.roles);
    expect(catalogEn.vocab.role).toEqual(en.roles);
    const shared = Object.keys(catalogZhCN.vocab.jurisdictionLevel) as (keyof typeof zhCN.levels)[];
    for (const level of shared)
      expect(catalogZhCN.vocab.jurisdictionLevel[level as keyof typeof catalogZhCN.vocab.jurisdictionLevel]).toBe(zhCN.levels[level]);
  });

  it('leaves the shell’s own texts with every key in both languages', () => {
    const zhKeys = leaves(zhCN).map(([k]) => k);
    const enKeys = leaves(en).map(([k]) => k);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
  });

  it('does not collide with the shell’s keys: the shell’s `reasons` and `audit` keep theirs', () => {
    expect(Object.keys(catalogZhCN.reasons)).not.toContain('source');
    expect(Object.keys(catalogZhCN.reasons)).not.toContain('unknownRule');
    expect(Object.keys(catalogZhCN.audit)).toEqual(['actions']);
  });
});
