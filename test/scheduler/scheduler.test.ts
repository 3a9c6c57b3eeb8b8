import { describe, expect, it } from 'vitest';
import { createLog } from '../../src/log.js';
import type { Sender } from '../../src/outbox/sender.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { ManualClock } from '../../src/time/manual-clock.js';

const log = createLog('silent');

function recordingSender(events: string[]): Sender {
  return {
    drain: async () => {
      events.push('drain');
    },
    stop: async () => {
      events.push('stop sender');
    },
  };
}

describe('scheduler', () => {
  it('plans at start (catching up after downtime); stop tells the sender to take no new batch and waits for the tick', async () => {
    const events: string[] = [];
    const clock = new ManualClock('2026-11-24T16:00:00Z');
    const scheduler = createScheduler({
      db: {} as never, clock, log, sender: recordingSender(events),
      planners: [{ name: 'probe', plan: async (now) => (events.push(`plan ${now.toISOString()}`), []) }],
    });
    scheduler.start();
    await scheduler.stop();
    expect(events).toEqual(['plan 2026-11-24T16:00:00.000Z', 'stop sender', 'drain']);
  });

  it('keeps going when one planner fails', async () => {
    const events: string[] = [];
    const scheduler = createScheduler({
      db: {} as never, clock: new ManualClock(), log, sender: recordingSender(events),
      planners: [
        { name: 'broken', plan: async () => { throw new Error('boom'); } },
        { name: 'fine', plan: async () => (events.push('fine planned'), []) },
      ],
    });
    await scheduler.runDueWork();
    expect(events).toEqual(['fine planned', 'drain']);
  });
});
