import { systemClock, type Clock } from '../clock.js';
import { travelStops } from './time-rules.js';

/**
 * The app's clock in the sandbox: real time plus an offset, so time flows as usual and a jump
 * moves it forward. Only the sandbox has one; `npm start` uses the system clock.
 */
export class SandboxClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(systemClock.now().getTime() + this.offsetMs);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - systemClock.now().getTime();
  }

  backToNow(): void {
    this.offsetMs = 0;
  }

  /** Walks to `to` stop by stop, running the scheduler at each (see TRAVEL_STEP_MS). */
  async travelTo(to: Date, runDueWork: () => Promise<void>): Promise<void> {
    for (const stop of travelStops(this.now(), to)) {
      this.set(stop);
      await runDueWork();
    }
  }
}
