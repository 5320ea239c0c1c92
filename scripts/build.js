// Build dist/ with `nest build api`, and stamp it with a hash of everything the build reads.
// `--if-changed` skips the build while the stamp matches (a restart with no code change starts at
// once). Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', '.build-stamp');
const entry = join(root, 'dist', 'apps', 'api', 'src', 'main.js');

/** The build's inputs: sources (not tests), compiler and Nest settings, the exact dependencies, this script. */
function inputs() {
  const files = ['package-lock.json', 'nest-cli.json', 'scripts/build.js'];
  for (const name of readdirSync(root)) if (/^tsconfig.*\.json$/.test(name)) files.push(name);
  const walk = (dir) => {
    for (const item of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${item.name}`;
      if (item.isDirectory()) walk(path);
      else if (!item.name.endsWith('.spec.ts')) files.push(path);
    }
  };
  walk('apps');
  walk('libs');
  return files.sort();
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of inputs())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const current = fingerprint();
const stamped = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : undefined;
if (process.argv.includes('--if-changed') && stamped === current && existsSync(entry)) {
  process.stderr.write('Build is up to date (no source change since the last build).\n');
  process.exit(0);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
const nest = join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
const build = spawnSync(process.execPath, [nest, 'build', 'api'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// Written last: an interrupted or failed build leaves no stamp, so the next start builds again.
writeFileSync(stampFile, `${current}\n`);
process.stderr.write(`Built dist/ (${relative(root, stampFile)} ${current.slice(0, 12)}).\n`);
