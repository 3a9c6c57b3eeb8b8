/** Fault injection plan of the fake Slack: queued one-off faults and a deterministic 429 fraction. */
import type { Fault } from './fake-slack-types.js';

type Queued = { fault: Fault; remaining: number };
type RateLimit = { fraction: number; retryAfterSeconds: number; calls: number };

export class FaultPlan {
  private readonly queued = new Map<string, Queued[]>();
  private readonly rateLimits = new Map<string, RateLimit>();

  /** The next `times` calls of `method` get `fault` (queued after faults already waiting). */
  failNext(method: string, fault: Fault, times = 1): void {
    this.queued.set(method, [...(this.queued.get(method) ?? []), { fault, remaining: times }]);
  }

  /**
   * Answers `fraction` (0..1) of the calls of `method` with 429, spread evenly and deterministically:
   * call n is limited when floor(n·fraction) steps up (0.5 → every 2nd call, 0.25 → every 4th).
   */
  rateLimitFraction(method: string, fraction: number, retryAfterSeconds: number): void {
    if (fraction <= 0) this.rateLimits.delete(method);
    else this.rateLimits.set(method, { fraction: Math.min(fraction, 1), retryAfterSeconds, calls: 0 });
  }

  /** The fault for this call of `method`, if any (consumes it). */
  take(method: string): Fault | undefined {
    const limited = this.countRateLimited(method);
    const queue = this.queued.get(method);
    const head = queue?.[0];
    if (queue && head) {
      head.remaining -= 1;
      if (head.remaining <= 0) queue.shift();
      return head.fault;
    }
    return limited;
  }

  reset(): void {
    this.queued.clear();
    this.rateLimits.clear();
  }

  private countRateLimited(method: string): Fault | undefined {
    const limit = this.rateLimits.get(method);
    if (!limit) return undefined;
    limit.calls += 1;
    const steps = (n: number): number => Math.floor(n * limit.fraction + 1e-9);
    return steps(limit.calls) > steps(limit.calls - 1) ? { status: 429, retryAfterSeconds: limit.retryAfterSeconds } : undefined;
  }
}
