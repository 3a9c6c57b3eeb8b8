import { readFile } from 'node:fs/promises';

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the parenthesised command name: utime and stime are the 14th and 15th of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

/** One sample of a Prometheus text page, e.g. `nodejs_eventloop_lag_p99_seconds`. */
export function sampleOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** The app's own view of a run, read from its /metrics after the load. */
export async function scrapeAppFigures(baseUrl: string) {
  const text = await fetch(`${baseUrl}/metrics`).then((res) => res.text(), () => '');
  return {
    eventLoopP99Ms: (sampleOf(text, 'nodejs_eventloop_lag_p99_seconds') ?? Number.NaN) * 1000,
    eventLoopMaxMs: (sampleOf(text, 'nodejs_eventloop_lag_max_seconds') ?? Number.NaN) * 1000,
    gcSeconds: ['minor', 'major', 'incremental', 'weakcb']
      .map((kind) => sampleOf(text, `nodejs_gc_duration_seconds_sum{kind="${kind}"}`) ?? 0)
      .reduce((a, b) => a + b, 0),
    oneStatementCalls: sampleOf(text, 'outfield_calls_logged_total{path="one_statement"}') ?? 0,
    heapUsedMb: (sampleOf(text, 'nodejs_heap_size_used_bytes') ?? Number.NaN) / 2 ** 20,
    heapTotalMb: (sampleOf(text, 'nodejs_heap_size_total_bytes') ?? Number.NaN) / 2 ** 20,
    externalMb: (sampleOf(text, 'nodejs_external_memory_bytes') ?? Number.NaN) / 2 ** 20,
  };
}
