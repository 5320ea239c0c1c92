interface Waiting<K, V> {
  key: K;
  resolve(value: V): void;
  reject(error: unknown): void;
}

/** Lookups per statement at most: a batch is one parameter, kept small. */
const MAX_BATCH = 100;

/**
 * Lookups of one kind that arrive together go to the database as one statement: the ones made in the
 * same turn of the event loop, and those made while the previous batch is in flight. On a loaded API,
 * ten concurrent `case(id)` reads cost one round trip (one statement for PostgreSQL to bind and execute,
 * one call into PGlite) instead of ten (issue 12); alone, a lookup waits only for the end of the turn.
 * `run` answers one value per key, in order; if it fails, every lookup of its batch fails with its error.
 */
export class ReadBatch<K, V> {
  private waiting: Waiting<K, V>[] = [];
  private scheduled = false;
  private inFlight = false;

  constructor(private readonly run: (keys: K[]) => Promise<V[]>) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.send();
    });
  }

  private send(): void {
    const batch = this.waiting.splice(0, MAX_BATCH);
    this.inFlight = true;
    let answer: Promise<V[]>;
    try {
      answer = this.run(batch.map((w) => w.key));
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer
      .then(
        (values) => batch.forEach((w, i) => w.resolve(values[i]!)),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        this.inFlight = false;
        this.schedule();
      });
  }
}
