// Build what `npm start` serves: the API into dist/ (`nest build api`) and the staff console into
// dist-console/ (`vite build`). Each is stamped with a hash of everything its build reads; with
// `--if-changed` a part whose stamp matches is not built again (a restart with no change starts at
// once, and a change to the API does not rebuild the console). Plain JavaScript: it runs before
// anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every file under `dir` (relative to the root), tests left out. */
function walk(dir, files = [], skip = () => false) {
  for (const item of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${item.name}`;
    if (skip(path)) continue;
    if (item.isDirectory()) walk(path, files, skip);
    else if (!/\.spec\.tsx?$/.test(item.name)) files.push(path);
  }
  return files;
}

const TARGETS = [
  {
    name: 'API',
    out: 'dist',
    entry: 'dist/apps/api/src/main.js',
    inputs: () => [
      'package-lock.json',
      'nest-cli.json',
      'scripts/build.js',
      ...readdirSync(root).filter((n) => /^tsconfig.*\.json$/.test(n)),
      ...walk('apps', [], (p) => p === 'apps/console'),
      ...walk('libs'),
    ],
    build: [join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build', 'api'],
  },
  {
    name: 'console',
    out: 'dist-console',
    entry: 'dist-console/index.html',
    // The console runs libs/domain's rules in the browser: a change there rebuilds it too.
    inputs: () => ['package-lock.json', 'scripts/build.js', ...walk('apps/console'), ...walk('libs/domain')],
    build: [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/console/vite.config.ts', '--logLevel', 'warn'],
  },
];

function fingerprint(files) {
  const hash = createHash('sha256');
  for (const file of [...new Set(files)].sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const onlyIfChanged = process.argv.includes('--if-changed');
for (const target of TARGETS) {
  const stampFile = join(root, target.out, '.build-stamp');
  const current = fingerprint(target.inputs());
  const stamped = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : undefined;
  if (onlyIfChanged && stamped === current && existsSync(join(root, target.entry))) {
    process.stderr.write(`${target.name} is up to date (no source change since the last build).\n`);
    continue;
  }
  rmSync(join(root, target.out), { recursive: true, force: true });
  const build = spawnSync(process.execPath, target.build, { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Written last: an interrupted or failed build leaves no stamp, so the next start builds again.
  writeFileSync(stampFile, `${current}\n`);
  process.stderr.write(`Built ${target.out}/ (${relative(root, stampFile)} ${current.slice(0, 12)}).\n`);
}
