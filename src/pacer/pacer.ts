/** Which budget a Web API call draws on: one per workspace and method, and per channel for posts. */
export type PaceKey = { workspaceId: string; method: string; channel?: string };

/**
 * The one gate for every background Web API call (outbox sends, App Home refreshes, profile
 * look-ups). `run` waits until the workspace's budget for the method (and the channel's) allows a
 * call, then makes it; a 429 pauses that method for everyone until Retry-After has passed.
 * Replies to a user's own action (ack, respond, views.open) do not go through it.
 */
export type Pacer = {
  run<T>(key: PaceKey, call: () => Promise<T>): Promise<T>;
};

/** For code that needs no pacing (unit tests of a kind's rendering). */
export const unpaced: Pacer = { run: (_key, call) => call() };
