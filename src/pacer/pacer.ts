/** Which budget a Web API call draws on: one per workspace and method, and per channel for posts. */
export type PaceKey = { workspaceId: string; method: string; channel?: string };

export type PaceOptions = {
  /**
   * Wait at most this long for the budget; beyond it `run` throws PaceDeferred without calling,
   * e.g. when a 429's Retry-After outlasts the sender's claim on the row.
   */
  maxWaitMs?: number;
  /** Aborting gives up waiting (graceful stop) with PaceAborted; a call already made is not cut. */
  signal?: AbortSignal;
};

/**
 * The one gate for every background Web API call (outbox sends, App Home refreshes, profile
 * look-ups). `run` waits until the workspace's budget for the method (and the channel's) allows a
 * call, then makes it; a 429 pauses that method for everyone until Retry-After has passed.
 * Replies to a user's own action (ack, respond, views.open) do not go through it.
 */
export type Pacer = {
  run<T>(key: PaceKey, call: () => Promise<T>, options?: PaceOptions): Promise<T>;
};

/** The budget would allow the call only at `until`, later than the caller was willing to wait. */
export class PaceDeferred extends Error {
  override name = 'PaceDeferred';
  constructor(readonly until: Date) {
    super(`Slack budget busy until ${until.toISOString()}`);
  }
}

/** The caller stopped waiting (its signal was aborted); the call was not made. */
export class PaceAborted extends Error {
  override name = 'PaceAborted';
}

/** For code that needs no pacing (unit tests of a kind's rendering). */
export const unpaced: Pacer = { run: (_key, call) => call() };
