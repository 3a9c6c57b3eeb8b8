import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

export type Spawned = { child: ChildProcess; pid: number; stderr(): string; stdout(): string };

/**
 * `node dist/<file>.js` from the repository root: the file as `npm run build` compiled it, so the
 * process is what `npm start` runs (run.ts builds before the scenarios).
 * OUTFIELD_BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each spawned process there.
 */
export function spawnBuilt(file: string, env: Record<string, string>): Spawned {
  const profileDir = process.env.OUTFIELD_BENCH_CPU_PROF;
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, [...profile, '--enable-source-maps', path.join(root, 'dist', file.replace(/\.ts$/, '.js'))], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  return { child, pid: child.pid ?? 0, stderr: () => errors, stdout: () => output };
}

/** Waits until the process has printed `text` on stdout. */
export async function waitForOutput(spawned: Spawned, text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!spawned.stdout().includes(text)) {
    if (spawned.child.exitCode !== null) throw new Error(`process exited (${spawned.child.exitCode}): ${spawned.stderr().trim()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms: ${spawned.stderr().trim()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Polls `isDone` until it holds; rejects after `timeoutMs` saying what it waited for. */
export async function waitUntil(isDone: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!isDone()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls `url` until it answers 200; rejects when the process exits first or `timeoutMs` passes. */
export async function waitFor200(url: string, spawned: Spawned, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (spawned.child.exitCode !== null) throw new Error(`process exited (${spawned.child.exitCode}): ${spawned.stderr().trim()}`);
    const status = await fetch(url).then((res) => res.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms: ${spawned.stderr().trim()}`);
}

export async function stopProcess(spawned: Spawned): Promise<void> {
  const { child } = spawned;
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

const rssKb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
};

const childrenOf = async (pid: number): Promise<number[]> => {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.split(/\s+/).filter(Boolean).map(Number);
};

/** Resident memory in MB of the process alone and with its child processes (Linux /proc). */
export async function residentMemory(pid: number): Promise<{ processMb: number; withChildrenMb: number }> {
  const own = await rssKb(pid);
  let total = own;
  for (const child of await childrenOf(pid)) total += await rssKb(child);
  return { processMb: own / 1024, withChildrenMb: total / 1024 };
}
