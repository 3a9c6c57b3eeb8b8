import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker copies the write-ahead log back into the database file. */
const CHECKPOINT_EVERY_MS = 250;

/**
 * The worker's whole program (plain CommonJS, so it runs the same under tsx and compiled): its own
 * connection, a PASSIVE checkpoint on a timer. PASSIVE never waits for a lock and never blocks a
 * reader or the writer; frames still in use are left for the next round.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(workerData.driver);
const db = new Sqlite(workerData.file, { timeout: 0 });
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { if (error.code !== 'SQLITE_BUSY') throw error; }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export type WalCheckpointer = { stop(): Promise<void> };

/**
 * Checkpoints a WAL-mode SQLite file from a worker thread. Without it, SQLite checkpoints inside
 * whichever commit pushes the log past 1,000 pages: on the event loop, in the middle of someone's
 * `/call` (about a third of a logged call's database time in the bench). The app's connections keep
 * a larger automatic threshold only as a fallback should the worker fall behind.
 */
export function startWalCheckpointer(file: string, onError: (error: Error) => void, everyMs = CHECKPOINT_EVERY_MS): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, everyMs } });
  worker.unref();
  worker.on('error', onError);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      worker.ref(); // an unreferenced worker would let the process end while stop() still waits for it
      worker.postMessage('stop');
      await exited;
    },
  };
}
