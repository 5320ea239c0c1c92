import 'reflect-metadata';
import { loadConfigOrExit, openDatabase } from '@scrutineer/platform';

/** `npm run migrate`: apply pending migrations to the configured database (under the advisory lock) and exit. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { dataSource, unlock, applied } = await openDatabase({ ...config, database: { ...config.database, runMigrations: true } });
  await dataSource.destroy();
  await unlock?.();
  process.stdout.write(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The database is up to date.\n',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
