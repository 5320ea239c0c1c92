import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillGenerated, generatedDocs } from '@scrutineer/domain';

describe('README', () => {
  it('shows the lifecycle and the rule profiles as the code has them (run `npm run docs` after changing either)', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    expect(fillGenerated(readme, generatedDocs())).toBe(readme);
  });
});
