import type {
  App,
  Middleware,
  OptionsSource,
  SlackAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackOptionsMiddlewareArgs,
  SlackViewAction,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

type Listener = Middleware<any>;

/**
 * What a feature's route table registers on: the same calls as Bolt's `app.command`, `app.action`…
 * with one listener each, plus the client for sends outside a request.
 */
export type Routes = {
  client: App['client'];
  command(name: string, listener: Middleware<SlackCommandMiddlewareArgs>): void;
  action<A extends SlackAction>(actionId: string | RegExp, listener: Middleware<SlackActionMiddlewareArgs<A>>): void;
  view<V extends SlackViewAction>(callbackId: string, listener: Middleware<SlackViewMiddlewareArgs<V>>): void;
  options<S extends OptionsSource = 'block_suggestion'>(actionId: string, listener: Middleware<SlackOptionsMiddlewareArgs<S>>): void;
  event<E extends string>(type: E, listener: Middleware<SlackEventMiddlewareArgs<E>>): void;
};

/** One kind's routes: exact ids first, then patterns in the order they were added. */
function routeTable(kind: string) {
  const exact = new Map<string, Listener>();
  const patterns: [RegExp, Listener][] = [];
  return {
    add(id: string | RegExp, listener: Listener) {
      if (typeof id !== 'string') return void patterns.push([id, listener]);
      if (exact.has(id)) throw new Error(`two listeners for the ${kind} ${id}`);
      exact.set(id, listener);
    },
    find: (id: string | undefined): Listener | undefined =>
      id === undefined ? undefined : exact.get(id) ?? patterns.find(([pattern]) => pattern.test(id))?.[1],
  };
}

type Tables = Record<'command' | 'action' | 'view' | 'options' | 'event', ReturnType<typeof routeTable>>;

/** The listener of a request, by its kind and id, as Bolt's own matchers would find it. */
function listenerOf(tables: Tables, args: any): Listener | undefined {
  if (args.command) return tables.command.find(args.command.command);
  switch (args.body.type) {
    case 'block_actions': return tables.action.find(args.action?.action_id);
    case 'view_submission': return tables.view.find(args.view.callback_id);
    case 'block_suggestion': return tables.options.find(args.body.action_id);
    case 'event_callback': return tables.event.find(args.event?.type);
    default: return undefined;
  }
}

/**
 * Routes every request to its one listener from a single middleware, last in the global chain.
 * Bolt runs every registered listener's matchers on every request (each a copy of the arguments),
 * which with Outfield's dozens of listeners cost more CPU per `/call` than the call's own database
 * write. As with Bolt, a request nobody listens for is not acknowledged.
 */
export function createRoutes(app: App): Routes & { install(): void } {
  const tables: Tables = {
    command: routeTable('command'),
    action: routeTable('action'),
    view: routeTable('view'),
    options: routeTable('options'),
    event: routeTable('event'),
  };
  return {
    client: app.client,
    command: (name, listener) => tables.command.add(name, listener),
    action: (actionId, listener) => tables.action.add(actionId, listener),
    view: (callbackId, listener) => tables.view.add(callbackId, listener),
    options: (actionId, listener) => tables.options.add(actionId, listener),
    event: (type, listener) => tables.event.add(type, listener),
    install() {
      app.use(async (args) => {
        await listenerOf(tables, args)?.(args);
      });
    },
  };
}
