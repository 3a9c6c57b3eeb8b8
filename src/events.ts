import type { Log } from './log.js';

/**
 * What features tell each other without importing each other. The App Home listens for
 * `home.stale` and re-publishes the named people's homes; any feature that changes what a person's
 * home shows (a call logged, a snooze, a decision) emits it after answering the user.
 */
export type OutfieldEvents = {
  'home.stale': { workspaceId: string; slackUserIds: string[] };
};

type Listener<K extends keyof OutfieldEvents> = (payload: OutfieldEvents[K]) => Promise<void>;

export type Events = {
  /** Resolves once every listener has finished; a failing listener is logged, never thrown to the emitter. */
  emit<K extends keyof OutfieldEvents>(name: K, payload: OutfieldEvents[K]): Promise<void>;
  on<K extends keyof OutfieldEvents>(name: K, listener: Listener<K>): void;
};

export function createEvents(log: Log): Events {
  const listeners = new Map<keyof OutfieldEvents, Listener<never>[]>();
  return {
    async emit(name, payload) {
      const all = (listeners.get(name) ?? []) as Listener<typeof name>[];
      await Promise.all(all.map((listener) => listener(payload).catch((error: unknown) => log.error({ err: error, event: name }, 'event listener failed'))));
    },
    on(name, listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener as Listener<never>]);
    },
  };
}
