import { ReadBatch } from './read-batch.js';

/** A batch runner whose answers the test releases: the keys of every call, in order. */
function held() {
  const calls: string[][] = [];
  const pending: { resolve(values: string[]): void; reject(error: Error): void; keys: string[] }[] = [];
  const batch = new ReadBatch<string, string>(
    (keys) =>
      new Promise<string[]>((resolve, reject) => {
        calls.push(keys);
        pending.push({ resolve, reject, keys });
      }),
  );
  const answer = (i: number) => pending[i]!.resolve(pending[i]!.keys.map((k) => `row ${k}`));
  return { batch, calls, pending, answer };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ReadBatch', () => {
  it('sends the lookups made in one turn as one batch, and answers each with its own value', async () => {
    const { batch, calls, answer } = held();
    const a = batch.load('a');
    const b = batch.load('b');
    const c = batch.load('c');
    await turn();
    expect(calls).toEqual([['a', 'b', 'c']]);
    answer(0);
    await expect(Promise.all([a, b, c])).resolves.toEqual(['row a', 'row b', 'row c']);
  });

  it('holds the lookups made while a batch is in flight, and sends them together when it is answered', async () => {
    const { batch, calls, answer } = held();
    const first = batch.load('a');
    await turn();
    const later = [batch.load('b'), batch.load('c')];
    await turn();
    expect(calls).toEqual([['a']]);
    answer(0);
    await expect(first).resolves.toBe('row a');
    await turn();
    expect(calls).toEqual([['a'], ['b', 'c']]);
    answer(1);
    await expect(Promise.all(later)).resolves.toEqual(['row b', 'row c']);
  });

  it('fails every lookup of a failed batch with its error, and goes on with the next', async () => {
    const { batch, calls, pending, answer } = held();
    const failed = [batch.load('a'), batch.load('b')];
    await turn();
    const next = batch.load('c');
    pending[0]!.reject(new Error('connection lost'));
    for (const f of failed) await expect(f).rejects.toThrow('connection lost');
    await turn();
    expect(calls[1]).toEqual(['c']);
    answer(1);
    await expect(next).resolves.toBe('row c');
  });

  it('fails the batch when the runner throws before answering', async () => {
    const batch = new ReadBatch<string, string>(() => {
      throw new Error('no statement');
    });
    await expect(batch.load('a')).rejects.toThrow('no statement');
  });

  it('sends at most 100 lookups a statement', async () => {
    const { batch, calls, answer } = held();
    const loads = Array.from({ length: 150 }, (_, i) => batch.load(String(i)));
    await turn();
    expect(calls.map((k) => k.length)).toEqual([100]);
    answer(0);
    await turn();
    await turn();
    expect(calls.map((k) => k.length)).toEqual([100, 50]);
    answer(1);
    expect(await Promise.all(loads)).toEqual(loads.map((_, i) => `row ${i}`));
  });
});
