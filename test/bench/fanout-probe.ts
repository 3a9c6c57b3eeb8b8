import type { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { SlackDriver } from '../../src/slack-standin/slack-driver.js';

/** ms from sending a signed `/call` to the app's acknowledgement, during the fan-out and when idle. */
export type AckLatencies = { during: number[]; idle: number[] };

const CALLERS = Array.from({ length: 10 }, (_, n) => `U0CALLER${n}`);
/** A rep's `/call` every this many ms while the fan-out runs: a steady trickle of user actions. */
const PAUSE_MS = 50;
const IDLE_SAMPLES = 200;

/** Logs calls as reps would during a fan-out, one at a time, timing each acknowledgement. */
export function fanoutProbe(options: { fake: FakeSlack; appUrl: string; signingSecret: string }) {
  for (const id of CALLERS) options.fake.addUser({ id, tz: 'UTC' });
  const driver = new SlackDriver({ appUrl: options.appUrl, signingSecret: options.signingSecret, fake: options.fake });
  const acks: AckLatencies = { during: [], idle: [] };
  let n = 0;
  const callOnce = async (into: number[]) => {
    n += 1;
    const started = performance.now();
    const res = await driver.command(CALLERS[n % CALLERS.length] as string, '/call', `Acme ${n % 20}: bench visit`);
    if (res.status === 200) into.push(performance.now() - started);
  };
  return {
    /** Each caller once, unmeasured: their first command also looks their profile up. */
    async warm() {
      for (const _ of CALLERS) await callOnce([]);
    },
    /** One `/call`, then a short pause: the fan-out's watch loop calls this instead of sleeping. */
    async during() {
      await callOnce(acks.during);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    },
    /** The same once the fan-out is over. */
    async idle(): Promise<AckLatencies> {
      for (let i = 0; i < IDLE_SAMPLES; i += 1) {
        await callOnce(acks.idle);
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS / 5));
      }
      return acks;
    },
  };
}
