/**
 * Who a trigger_id or response_url belongs to. The app may use one (views.open, a respond())
 * before the signed request that carried it has even been answered, so an early use waits here
 * until the sandbox has claimed the id for the person who acted.
 */
export type Origin = { userId: string; channel: string; sourceKey?: string } | 'discard';

export class Origins {
  private readonly owners = new Map<string, Origin>();
  private readonly waiting = new Map<string, ((origin: Origin) => void)[]>();

  claim(id: string, origin: Origin): void {
    this.owners.set(id, origin);
    for (const then of this.waiting.get(id) ?? []) then(origin);
    this.waiting.delete(id);
  }

  /** Runs `then` with the owner of `id`, now or once it is claimed; never for discarded ids. */
  when(id: string, then: (origin: Exclude<Origin, 'discard'>) => void): void {
    const run = (origin: Origin) => origin !== 'discard' && then(origin);
    const owner = this.owners.get(id);
    if (owner) return void run(owner);
    this.waiting.set(id, [...(this.waiting.get(id) ?? []), run]);
  }
}
