/** Shapes shared by the bench runner and its scenarios (npm run bench; not part of npm test). */

export type BenchOptions = {
  /** Smaller sizes so the whole run fits in CI (well under a minute). */
  quick: boolean;
  /** A scratch folder for database files, removed by the runner. */
  scratchDir: string;
};

export type BenchRow = {
  scenario: string;
  metric: string;
  /** null when the figure could not be measured; `note` says why. */
  value: number | null;
  unit: string;
  /** The SPEC §6 bar this figure is held against, in words (e.g. "< 100 ms"). */
  bar?: string;
  /** Whether the bar is met; absent when the row has no bar. */
  meetsBar?: boolean;
  note?: string;
};

export type Scenario = {
  name: string;
  run(options: BenchOptions): Promise<BenchRow[]>;
};

/** The value at quantile q (0..1) of ascending `sorted`, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Median wall time in ms of `runs` runs after one warm-up run. */
export async function timeMedian(work: () => Promise<unknown>, runs = 7): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return round(median(times));
}
