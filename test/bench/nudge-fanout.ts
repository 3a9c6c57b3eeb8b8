import type { Scenario } from './bench-types.js';

/**
 * SPEC §6 nudge fan-out (10,000 reps due in one minute; then 20% 429 Retry-After). It needs the
 * outbox and the nudge sweep, which are not merged on this branch: the row says so instead of a number.
 */
export const nudgeFanout: Scenario = {
  name: 'nudge fan-out',
  async run() {
    const note = 'not measured: outbox not merged yet';
    return [
      { scenario: this.name, metric: 'time to send 10,000 nudges', value: null, unit: 's', bar: '< 60 s', note },
      { scenario: this.name, metric: 'duplicates / lost with 20% 429', value: null, unit: '', bar: '0 / 0', note },
    ];
  },
};
