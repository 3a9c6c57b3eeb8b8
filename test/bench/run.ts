/**
 * `npm run bench [-- --quick]`: measures the SPEC §6 bars side by side with their baselines, prints
 * one table and writes bench-results/latest.json. Figures are reported, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ackLatency } from './ack-latency.js';
import { aggregations } from './aggregations.js';
import type { BenchOptions, BenchRow, Scenario } from './bench-types.js';
import { formatTable } from './format-table.js';
import { nudgeFanout } from './nudge-fanout.js';
import { startupMemory } from './startup-memory.js';

/** One module per scenario; adding one is one import and one entry here. */
const SCENARIOS: readonly Scenario[] = [ackLatency, nudgeFanout, aggregations, startupMemory];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsFile = path.join(root, 'bench-results', 'latest.json');

async function runScenario(scenario: Scenario, options: BenchOptions): Promise<BenchRow[]> {
  process.stderr.write(`bench: ${scenario.name}…\n`);
  try {
    return await scenario.run(options);
  } catch (error) {
    return [{ scenario: scenario.name, metric: 'all', value: null, unit: '', note: `failed: ${(error as Error).message}` }];
  }
}

// The app and the bare Bolt baseline run compiled, as `npm start` runs the app.
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const scratchDir = await mkdtemp(path.join(tmpdir(), 'outfield-bench-'));
const startedAt = new Date();
const rows: BenchRow[] = [];
try {
  for (const scenario of SCENARIOS.filter((s) => !only || s.name.includes(only))) {
    rows.push(...(await runScenario(scenario, { quick, scratchDir })));
  }
} finally {
  await rm(scratchDir, { recursive: true, force: true });
}
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version, platform: process.platform };
const seconds = (Date.now() - startedAt.getTime()) / 1000;
process.stdout.write(`\nOutfield bench${quick ? ' (--quick)' : ''} on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${seconds.toFixed(0)} s\n\n`);
process.stdout.write(`${formatTable(rows)}\n\n`);
await mkdir(path.dirname(resultsFile), { recursive: true });
await writeFile(resultsFile, `${JSON.stringify({ startedAt: startedAt.toISOString(), quick, seconds, machine, rows }, null, 2)}\n`);
process.stdout.write(`written to ${path.relative(process.cwd(), resultsFile)}\n`);
