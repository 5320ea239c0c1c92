import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The codes README's "Errors" table lists: every code a client can see must be one of them. */
export function documentedCodes(): Set<string> {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const section = readme.split('\n### Errors\n')[1]!.split('\n## ')[0]!;
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return new Set(rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!)));
}

export interface Answer {
  status: number;
  body: unknown;
  text?: string;
}

/**
 * The error codes of an answer, read in its route's documented format: Open311 answers
 * `[{ code: <HTTP status>, description }]`, tus uploads plain text; every other route
 * `{ errors: [{ message, extensions: { code } }] }`.
 * Throws when an error answer is not in that format.
 */
export function errorCodesOf(path: string, res: Answer): string[] {
  // tus (resumable uploads) answers in its protocol's plain text: only its status counts.
  if (path.startsWith('/uploads')) return [];
  if (path.startsWith('/open311/')) {
    if (res.status < 400) return [];
    const body = res.body as { code?: unknown; description?: unknown }[];
    if (!Array.isArray(body) || body.length === 0) throw new Error(`not an Open311 error: ${res.status} ${res.text ?? ''}`);
    for (const e of body) {
      if (e.code !== res.status || typeof e.description !== 'string') throw new Error(`not an Open311 error: ${JSON.stringify(body)}`);
    }
    return body.map((e) => `HTTP_${String(e.code)}`);
  }
  const errors = (res.body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors;
  if (res.status >= 400 && !Array.isArray(errors)) throw new Error(`error without an errors list: ${res.status} ${res.text ?? ''}`);
  return (errors ?? []).map((e) => {
    if (typeof e.message !== 'string' || typeof e.extensions?.code !== 'string')
      throw new Error(`error without a code: ${JSON.stringify(e)}`);
    return e.extensions.code;
  });
}

/** What is wrong with an answer to hostile input, or null: a 5xx, INTERNAL_SERVER_ERROR, an undocumented code, a stack. */
export function hostileAnswerProblem(path: string, res: Answer, documented = documentedCodes()): string | null {
  if (res.status >= 500) return `HTTP ${res.status}`;
  let codes: string[];
  try {
    codes = errorCodesOf(path, res);
  } catch (error) {
    return (error as Error).message;
  }
  if (codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  const undocumented = codes.filter((c) => !c.startsWith('HTTP_') && !documented.has(c));
  if (undocumented.length > 0) return `undocumented code ${undocumented.join(', ')}`;
  if (/stacktrace|\bat .*\.[jt]s:\d+/.test(res.text ?? JSON.stringify(res.body))) return 'a stack trace';
  return null;
}
