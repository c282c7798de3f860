import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('runs items that arrive together as one batch, and a full batch at once', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number>(async (items) => void batches.push(items), 3, 1_000);
    await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('runs a partial batch once its first item has waited the linger time', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number>(async (items) => void batches.push(items), 10, 5);
    await Promise.all([batcher.add(1), batcher.add(2)]);
    expect(batches).toEqual([[1, 2]]);
  });

  it('when a batch fails, runs each item alone: only the bad item fails', async () => {
    const runs: number[][] = [];
    const batcher = new MicroBatcher<number>(
      async (items) => {
        runs.push(items);
        if (items.includes(2)) throw new Error(`cannot process ${items.join(',')}`);
      },
      3,
      1_000,
    );
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.add(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('cannot process 2');
    expect(runs).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
