// Jest runs in native ESM mode (NestJS 12 ships ES modules only): see package.json "test".
import { availableParallelism } from 'node:os';

const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
  moduleNameMapper: {
    '^@scrutineer/(domain|workflow|db|platform)$': '<rootDir>/libs/$1/src/index.ts',
    // The console imports the domain's modules by path (vite.config.ts): `@scrutineer/domain/rules/tally`.
    '^@scrutineer/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

/** @type {import('jest').Config} */
export default {
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  testTimeout: 60_000,
  // Test files are mostly waiting on a database: at least two run at once, even on two cores.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  projects: [
    // Pure rules, machines and helpers: no database, milliseconds each.
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    // Real database (PGlite, or the server named by DATABASE_URL), real HTTP, real GraphQL.
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/test/**/*.spec.ts'] },
  ],
};
