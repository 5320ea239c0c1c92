import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../apps/console/codegen.js';

const OUT = 'apps/console/src/gql/';

/** The console's typed operations match schema.gql and its documents (run `npm run codegen` after changing either). */
describe('the console’s generated GraphQL types', () => {
  it('are what codegen makes of schema.gql and the console’s operations now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrutineer-codegen-'));
    try {
      // The same configuration, written elsewhere: the committed files are then compared byte for byte.
      const file = join(dir, 'codegen.json');
      const target = join(dir, 'gql/');
      writeFileSync(file, JSON.stringify({ ...config, generates: { [target]: config.generates[OUT] } }));
      const run = spawnSync(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', file, '--silent'], {
        cwd: process.cwd(),
        encoding: 'utf8',
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const names = readdirSync(target).sort();
      expect(readdirSync(OUT).sort()).toEqual(names);
      for (const name of names) {
        const same = readFileSync(join(OUT, name), 'utf8') === readFileSync(join(target, name), 'utf8');
        expect({ name, same }).toEqual({ name, same: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
