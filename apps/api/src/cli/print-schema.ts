import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '@scrutineer/platform';
import { createDataSource } from '@scrutineer/db';
import { createApp } from '../bootstrap.js';
import { schemaSdl } from '../graphql/schema-sdl.js';

/** `npm run schema`: write the GraphQL schema to schema.gql (committed; CI fails when it drifts). */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'schema-printing-only-schema-printing-only' });
  // An empty in-memory database: building the schema needs the app, not data.
  const dataSource = await createDataSource({ kind: 'embedded' }).initialize();
  const app = await createApp(config, { database: { external: dataSource } });
  await app.init();
  const target = process.argv[2] ?? 'schema.gql';
  writeFileSync(target, schemaSdl(app.get(GraphQLSchemaHost).schema));
  await app.close();
  await dataSource.destroy();
  process.stdout.write(`Wrote ${target}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Printing the schema failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
