import type { Clock } from '../clock.js';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string = '2026-11-23T15:00:00Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
