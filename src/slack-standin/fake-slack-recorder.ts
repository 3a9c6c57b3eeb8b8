/** Call and response_url recording with waiting helpers; the base of FakeSlack. */
import type { RecordedCall, RecordedResponse } from './fake-slack-types.js';

export class SlackRecorder {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly observers = new Set<(entry: RecordedCall | RecordedResponse) => void>();

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Calls of `method` answered `ok:true`. */
  delivered(method: string): RecordedCall[] {
    return this.callsTo(method).filter((call) => call.fault === undefined);
  }

  /** The first recorded call (answered or faulted, also before this call) of `method` matching `predicate`. */
  waitFor(method: string, predicate: (call: RecordedCall) => boolean = () => true, timeoutMs = 3000): Promise<RecordedCall> {
    return this.waitUntil(() => this.calls.find((call) => call.method === method && predicate(call)), timeoutMs, () => {
      const counts = new Map<string, number>();
      for (const call of this.calls) counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
      const seen = [...counts].map(([name, n]) => `${name} ×${n}`).join(', ') || 'none';
      return `FakeSlack.waitFor: no matching ${method} call within ${timeoutMs} ms; recorded: ${seen}`;
    });
  }

  /** The first POST to a response_url matching `predicate`. */
  waitForResponse(predicate: (response: RecordedResponse) => boolean = () => true, timeoutMs = 3000): Promise<RecordedResponse> {
    return this.waitUntil(() => this.responses.find(predicate), timeoutMs, () =>
      `FakeSlack.waitForResponse: no matching response_url POST within ${timeoutMs} ms; ${this.responses.length} recorded`);
  }

  /** Calls `observer` with every call and response_url POST as it is recorded (the sandbox mirrors them); returns an unsubscribe. */
  onRecord(observer: (entry: RecordedCall | RecordedResponse) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Clears recorded calls and responses. */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
  }

  protected record(call: RecordedCall): void {
    this.calls.push(call);
    for (const observer of [...this.observers]) observer(call);
    this.notify();
  }

  protected recordResponse(response: RecordedResponse): void {
    this.responses.push(response);
    for (const observer of [...this.observers]) observer(response);
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private waitUntil<T>(find: () => T | undefined, timeoutMs: number, message: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(message()));
      }, timeoutMs);
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(found);
      };
      this.listeners.add(check);
      check();
    });
  }
}
