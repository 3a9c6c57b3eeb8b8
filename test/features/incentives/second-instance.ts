import { createOutfield, type Outfield } from '../../../src/app.js';
import { createLog } from '../../../src/log.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * Another app instance on the same database, clock and fake Slack (a restart, or a second instance
 * behind the load balancer): `work` drives it, then it is stopped.
 */
export async function withSecondInstance(t: TestApp, work: (other: Outfield) => Promise<void>): Promise<void> {
  const other = createOutfield({ config: t.config, db: t.db, clock: t.clock, log: createLog(t.config.logLevel), scheduling: 'manual' });
  await other.start();
  try {
    await work(other);
  } finally {
    await other.stop();
  }
}
