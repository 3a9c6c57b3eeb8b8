/** The page's JSON API: every request names who is acting (`as`) and is checked with zod. */
import { z } from 'zod';
import type { Outfield } from '../app.js';
import { PEOPLE, REPS, personById } from './cast.js';
import { programEndOf } from './program-end.js';
import type { SandboxClock } from './sandbox-clock.js';
import type { SandboxSlack } from './standin.js';
import { nextWallClock, wallClockStops } from './time-rules.js';

export type ApiDeps = { slack: SandboxSlack; clock: SandboxClock; outfield: Outfield; notify(): void };

const person = z.string().refine((id) => personById(id) !== undefined, { error: 'is not someone in the sandbox' });
const stateValues = z.record(z.string(), z.record(z.string(), z.looseObject({ type: z.string() })));
const action = z.looseObject({ actionId: z.string(), blockId: z.string().optional(), type: z.string().optional(), value: z.string().optional() });

const schemas = {
  compose: z.object({ as: person, channel: z.string().min(1), text: z.string().max(4000) }),
  act: z.object({ as: person, action, itemKey: z.string().optional(), viewId: z.string().optional(), values: stateValues.optional() }),
  submit: z.object({ as: person, viewId: z.string(), values: stateValues }),
  close: z.object({ as: person, all: z.boolean().default(false) }),
  home: z.object({ as: person }),
  suggest: z.object({ as: person, actionId: z.string(), blockId: z.string(), value: z.string(), viewId: z.string().optional() }),
  clock: z.object({ as: person, jump: z.enum(['reps-16', 'next-morning', 'plus-hour', 'plus-day', 'program-end']) }),
};

type Jump = z.infer<typeof schemas.clock>['jump'];

export type ApiName = keyof typeof schemas;
export const isApiName = (name: string): name is ApiName => Object.hasOwn(schemas, name);

/**
 * What `as` sees; a ZodError (400) for someone who is not in the sandbox. `programEnd` is where the
 * "End of the program" jump would land (null hides the button: no program is active).
 */
export async function stateFor(deps: ApiDeps, as: string) {
  const me = personById(person.parse(as));
  const programEnd = (await programEndOf(deps.outfield.deps.db))?.toISOString() ?? null;
  return { me, people: PEOPLE, now: deps.clock.now().toISOString(), programEnd, ...deps.slack.workspace.snapshotFor(as) };
}

async function stopsOf(deps: ApiDeps, as: string, to: Jump, now: Date): Promise<Date[]> {
  switch (to) {
    case 'reps-16': return wallClockStops(now, '16:00', REPS.map((rep) => rep.tz));
    case 'next-morning': return [nextWallClock(now, '09:00', personById(as)?.tz ?? 'UTC')];
    case 'plus-hour': return [new Date(now.getTime() + 3_600_000)];
    case 'plus-day': return [new Date(now.getTime() + 86_400_000)];
    case 'program-end': {
      const end = await programEndOf(deps.outfield.deps.db);
      // Already past the end (the tick has not closed it yet): stay, and let the scheduler close it now.
      return end ? [end > now ? end : now] : [];
    }
  }
}

async function jump(deps: ApiDeps, as: string, to: Jump): Promise<void> {
  const run = () => deps.outfield.scheduler.runDueWork();
  for (const stop of await stopsOf(deps, as, to, deps.clock.now())) {
    if (stop <= deps.clock.now()) await run();
    else await deps.clock.travelTo(stop, run);
    deps.notify();
  }
}

/** Runs one API call; answers what the page shows next (or the options of a select). */
export async function callApi(deps: ApiDeps, name: ApiName, body: unknown): Promise<unknown> {
  const { slack } = deps;
  switch (name) {
    case 'compose': { const r = schemas.compose.parse(body); await slack.compose(r.as, r.channel, r.text); return stateFor(deps, r.as); }
    case 'act': { const r = schemas.act.parse(body); await slack.act(r); return stateFor(deps, r.as); }
    case 'submit': { const r = schemas.submit.parse(body); await slack.submit(r.as, r.viewId, r.values); return stateFor(deps, r.as); }
    case 'close': { const r = schemas.close.parse(body); slack.close(r.as, r.all); return stateFor(deps, r.as); }
    case 'home': { const r = schemas.home.parse(body); await slack.openHome(r.as); return stateFor(deps, r.as); }
    case 'suggest': { const { as, ...request } = schemas.suggest.parse(body); return { options: await slack.suggest(as, request) }; }
    case 'clock': { const r = schemas.clock.parse(body); await jump(deps, r.as, r.jump); return stateFor(deps, r.as); }
  }
}
