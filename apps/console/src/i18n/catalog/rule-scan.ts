/**
 * Finds the rule ids the backend can refuse (or flag) with in its TypeScript source, with the keys of the
 * `values` each occurrence gives, so the catalogue's tests can hold every id to a sentence in both
 * languages and every sentence to numbers the rule really carries. Pure text in, occurrences out: the
 * tests read the files. Not part of the console's bundle (nothing in the app imports it).
 *
 * Recognised forms:
 *   fail('id', message, { values: { … } })          — libs/domain rules
 *   not(rule, 'id', message)                         — routing rules (no values)
 *   { rule: 'id', …, values: { … } }                 — literal refusals, decisions, findings
 *   rule: cond ? 'a' : 'b'   /   rule: name ?? 'id'  — each literal outcome
 *   check(ITEM, 'id', ok, message, { … })            — observation flags (values: the last argument)
 * A template id (`exclusion-${…}`) is reported as such, for the caller to expand.
 */

export interface RuleOccurrence {
  id: string;
  /** The id is a template literal: `${…}` parts still in it. */
  template: boolean;
  /** Keys of the values literal; [] when the occurrence gives none. */
  valueKeys: string[];
  /** Values this scanner cannot see: a computed key, a spread or a values expression that is not a literal. */
  open: boolean;
  /** Character offset in the text. */
  at: number;
}

/** The index just past the string, template or comment starting at `i`, or `i` when none starts there. */
function skipLiteral(text: string, i: number): number {
  const c = text[i];
  if (c === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end === -1 ? text.length : end;
  }
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end === -1 ? text.length : end + 2;
  }
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== '`') {
      if (text[j] === '\\') j += 2;
      else if (text[j] === '$' && text[j + 1] === '{') j = matching(text, j + 1) + 1;
      else j += 1;
    }
    return j + 1;
  }
  return i;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The index of the bracket closing the one at `start`, skipping strings, templates and comments. */
export function matching(text: string, start: number): number {
  const stack: string[] = [];
  let i = start;
  while (i < text.length) {
    const skipped = skipLiteral(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = text[i]!;
    if (OPEN[c]) stack.push(OPEN[c]);
    else if (c === ')' || c === ']' || c === '}') {
      stack.pop();
      if (stack.length === 0) return i;
    }
    i += 1;
  }
  return text.length;
}

/** The index of the `{` of the object literal enclosing `at` (the nearest unmatched one before it). */
function enclosingBrace(text: string, at: number): number {
  // Walk from the start so that strings and comments are skipped correctly, keeping the open brackets.
  const stack: number[] = [];
  let i = 0;
  while (i < at) {
    const skipped = skipLiteral(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = text[i]!;
    if (c === '{' || c === '(' || c === '[') stack.push(i);
    else if (c === '}' || c === ')' || c === ']') stack.pop();
    i += 1;
  }
  for (let k = stack.length - 1; k >= 0; k -= 1) if (text[stack[k]!] === '{') return stack[k]!;
  return -1;
}

/** The parts of a bracketed list (arguments, object members) split at its own commas. */
export function topLevelParts(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  let i = 0;
  while (i < inner.length) {
    const skipped = skipLiteral(inner, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = inner[i]!;
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
    i += 1;
  }
  parts.push(inner.slice(from));
  return parts
    .map(stripComments)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function stripComments(part: string): string {
  let out = '';
  let i = 0;
  while (i < part.length) {
    const skipped = skipLiteral(part, i);
    if (skipped !== i) {
      if (part[i] !== '/') out += part.slice(i, skipped);
      i = skipped;
    } else {
      out += part[i];
      i += 1;
    }
  }
  return out;
}

/** Keys of an object literal's text `{ … }`, and whether some cannot be read (computed, spread). */
export function objectKeys(literal: string): { keys: string[]; open: boolean } {
  const keys: string[] = [];
  let open = false;
  for (const member of topLevelParts(literal.slice(1, -1))) {
    if (member.startsWith('...') || member.startsWith('[')) {
      open = true;
      continue;
    }
    const quoted = /^(['"])(.*?)\1/.exec(member);
    const key = quoted ? quoted[2]! : /^[A-Za-z_$][\w$]*/.exec(member)?.[0];
    if (key) keys.push(key);
  }
  return { keys, open };
}

/** The value keys under `values:` among an object literal's own members. */
function valuesOfObject(literal: string): { keys: string[]; open: boolean } {
  for (const member of topLevelParts(literal.slice(1, -1))) {
    const m = /^values\s*:\s*/.exec(member);
    if (!m) continue;
    const rest = member.slice(m[0].length);
    return rest.startsWith('{') ? objectKeys(rest.slice(0, matching(rest, 0) + 1)) : { keys: [], open: true };
  }
  return { keys: [], open: false };
}

/** The values of a call's arguments: an options argument with `values:`, or (for check) the last object. */
function valuesOfCall(args: string[], lastObjectIsValues: boolean): { keys: string[]; open: boolean } {
  const objects = args.filter((a) => a.startsWith('{'));
  if (lastObjectIsValues) return objects.length ? objectKeys(objects.at(-1)!) : { keys: [], open: false };
  for (const o of objects) {
    const found = valuesOfObject(o);
    if (found.keys.length || found.open) return found;
  }
  return { keys: [], open: false };
}

/** A string or template literal at the start of `expr`, as [id, template]. */
function literalAt(expr: string): [string, boolean] | null {
  const m = /^(['`])((?:\\.|(?!\1)[^\\])*)\1/.exec(expr.trim());
  return m ? [m[2]!, m[1] === '`' && m[2]!.includes('${')] : null;
}

/** Where strings, templates and comments lie: a match inside one is not code. */
function literalRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const skipped = skipLiteral(text, i);
    if (skipped !== i) {
      ranges.push([i, skipped]);
      i = skipped;
    } else i += 1;
  }
  return ranges;
}

export function scanRuleIds(text: string): RuleOccurrence[] {
  const out: RuleOccurrence[] = [];
  const ranges = literalRanges(text);
  const inLiteral = (at: number) => ranges.some(([from, to]) => at >= from && at < to);
  const add = (id: string, template: boolean, at: number, values: { keys: string[]; open: boolean }) =>
    out.push({ id, template, at, valueKeys: values.keys, open: values.open });

  // Calls: fail('id', …), not(rule, 'id', …), check(ITEM, 'id', …).
  for (const m of text.matchAll(/\b(fail|not|check)\(/g)) {
    const open = m.index + m[0].length - 1;
    if (inLiteral(m.index)) continue;
    const args = topLevelParts(text.slice(open + 1, matching(text, open)));
    const position = m[1] === 'fail' ? 0 : 1;
    const literal = args[position] === undefined ? null : literalAt(args[position]);
    if (!literal || (m[1] === 'check' && args.length < 5)) continue;
    add(literal[0], literal[1], m.index, m[1] === 'not' ? { keys: [], open: false } : valuesOfCall(args, m[1] === 'check'));
  }

  // Object members: rule: 'id' (or each literal outcome of a conditional), values from the same object.
  for (const m of text.matchAll(/\brule\s*:\s*/g)) {
    const from = m.index + m[0].length;
    if (inLiteral(m.index)) continue;
    const brace = enclosingBrace(text, m.index);
    if (brace === -1) continue;
    const object = text.slice(brace, matching(text, brace) + 1);
    const member = topLevelParts(object.slice(1, -1)).find((p) => /^rule\s*:/.test(p));
    if (!member) continue;
    // One line up to a `;`: a type (`rule: string;` in an interface) is not an expression.
    const expr = member.replace(/^rule\s*:\s*/, '').split(/[;\n]/)[0]!;
    const outcomes: [string, boolean][] = [];
    const whole = literalAt(expr);
    if (whole && whole[0].length + 2 === expr.trim().length) outcomes.push(whole);
    else
      for (const o of expr.matchAll(/(?:\?\?|\?|:)\s*((['`])(?:\\.|(?!\2)[^\\])*\2)/g)) {
        const lit = literalAt(o[1]!);
        if (lit) outcomes.push(lit);
      }
    for (const [id, template] of outcomes) add(id, template, from, valuesOfObject(object));
  }
  return out;
}
