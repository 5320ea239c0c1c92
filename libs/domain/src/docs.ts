import { caseMachine } from './cases/case.machine.js';
import { electionMachine } from './machines/election.machine.js';
import { toMermaid } from './machines/mermaid.js';
import { profilesMarkdown } from './rules/profiles/describe.js';
import { PROFILES } from './rules/profiles/index.js';

/** The README's generated sections, by marker name (`npm run docs` writes them; a test checks them). */
export function generatedDocs(): Record<string, string> {
  return {
    'election-lifecycle': ['```mermaid', toMermaid(electionMachine, { omitEvents: ['DEADLINE'] }), '```'].join('\n'),
    'rule-profiles': profilesMarkdown(Object.values(PROFILES).flat()),
    'case-lifecycle': ['```mermaid', toMermaid(caseMachine, { omitEvents: ['DEADLINE', 'REMEDY_RESULT'] }), '```'].join('\n'),
  };
}

/** Replace each `<!-- generated:NAME -->…<!-- /generated:NAME -->` block of a document. */
export function fillGenerated(document: string, sections: Record<string, string>): string {
  let out = document;
  for (const [name, body] of Object.entries(sections)) {
    const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`The document has no generated:${name} block`);
    out = out.replace(pattern, (_, open: string, close: string) => `${open}\n${body}\n${close}`);
  }
  return out;
}
