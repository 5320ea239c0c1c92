/** Where the data lives: embedded PostgreSQL (PGlite) in a directory, or a PostgreSQL server. */
export type DatabaseOptions =
  | {
      kind: 'embedded';
      /** PGlite data directory; omit for an in-memory database (tests only). */
      dataDir?: string;
      /** Load a `dumpDataDir()` tarball instead of initialising an empty cluster (tests only). */
      loadDataDir?: Blob | File;
    }
  | {
      kind: 'server';
      url: string;
      poolSize?: number;
      applicationName?: string;
    };
