import { ManualClock } from '../../src/time/manual-clock.js';

/**
 * A clock that runs by itself, `speed` times faster than the wall clock, and sleeps for real
 * (ms / speed): for tests where several instances wait on one budget at the same time, which a
 * manual clock moved by each sleeper cannot show (their sleeps would add up instead of overlapping).
 * Speed 1 is the bench's clock: the due minute's instant, then running with the wall clock.
 */
export class ScaledClock extends ManualClock {
  private base: number;
  private startedAt = Date.now();

  constructor(start: Date | string, private readonly speed = 1) {
    super(start);
    this.base = new Date(start).getTime();
  }

  override now(): Date {
    return new Date(this.base + (Date.now() - this.startedAt) * this.speed);
  }

  override set(instant: Date | string): void {
    this.base = new Date(instant).getTime();
    this.startedAt = Date.now();
  }

  override advance(ms: number): void {
    this.base += ms;
  }

  override readonly sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms / this.speed));
}
