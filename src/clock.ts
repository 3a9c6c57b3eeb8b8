/** The one source of "now": injected everywhere so schedules and local days are testable. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
