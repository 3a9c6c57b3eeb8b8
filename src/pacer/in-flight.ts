/**
 * At most `limit` holders at once per key, first come first served: the pacer's cap on calls of a
 * method in flight, so that after a 429 no call already on the wire arrives during the Retry-After.
 */
export function inFlightLimiter() {
  const slots = new Map<string, { busy: number; waiting: (() => void)[] }>();
  return async function hold<T>(key: string, limit: number, task: () => Promise<T>): Promise<T> {
    const slot = slots.get(key) ?? { busy: 0, waiting: [] };
    slots.set(key, slot);
    if (slot.busy >= limit) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    else slot.busy += 1;
    try {
      return await task();
    } finally {
      const next = slot.waiting.shift();
      if (next) next();
      else if (--slot.busy === 0) slots.delete(key);
    }
  };
}
