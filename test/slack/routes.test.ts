import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../src/slack/routes.js';

type Dispatch = (args: Record<string, unknown>) => Promise<void>;

/** The routes over a stand-in for Bolt's App that keeps the one global middleware they install. */
function routesWithDispatch() {
  let dispatch: Dispatch | undefined;
  const app = { client: {}, use: (middleware: Dispatch) => void (dispatch = middleware) } as unknown as App;
  const routes = createRoutes(app);
  const heard: string[] = [];
  const listener = (name: string) => async () => void heard.push(name);
  return {
    routes,
    listener,
    heard,
    send: async (args: Record<string, unknown>) => {
      if (!dispatch) throw new Error('routes not installed');
      await dispatch(args);
    },
  };
}

describe('routing each request to its one listener', () => {
  it('finds commands by name, block actions, view submissions, suggestions and events by their ids', async () => {
    const { routes, listener, heard, send } = routesWithDispatch();
    routes.command('/call', listener('call'));
    routes.action('calls_delete', listener('delete'));
    routes.view('calls_modal', listener('modal'));
    routes.options('calls_account', listener('accounts'));
    routes.event('app_home_opened', listener('home'));
    routes.install();
    await send({ command: { command: '/call' }, body: {} });
    await send({ body: { type: 'block_actions' }, action: { action_id: 'calls_delete' } });
    await send({ body: { type: 'view_submission' }, view: { callback_id: 'calls_modal' } });
    await send({ body: { type: 'block_suggestion', action_id: 'calls_account' } });
    await send({ body: { type: 'event_callback' }, event: { type: 'app_home_opened' } });
    expect(heard).toEqual(['call', 'delete', 'modal', 'accounts', 'home']);
  });

  it('prefers an exact action id to a pattern, and tries patterns in the order they were added', async () => {
    const { routes, listener, heard, send } = routesWithDispatch();
    routes.action(/^calls_choose:/, listener('choose'));
    routes.action(/^calls_/, listener('any call action'));
    routes.action('calls_choose:new', listener('new account'));
    routes.install();
    for (const id of ['calls_choose:0', 'calls_choose:new', 'calls_other']) await send({ body: { type: 'block_actions' }, action: { action_id: id } });
    expect(heard).toEqual(['choose', 'new account', 'any call action']);
  });

  it('leaves alone what nobody listens for: another command, a closed modal, a legacy attachment button', async () => {
    const { routes, listener, heard, send } = routesWithDispatch();
    routes.command('/call', listener('call'));
    routes.view('calls_modal', listener('modal'));
    routes.action('calls_delete', listener('delete'));
    routes.install();
    await send({ command: { command: '/other' }, body: {} });
    await send({ body: { type: 'view_closed' }, view: { callback_id: 'calls_modal' } });
    await send({ body: { type: 'interactive_message' }, action: { name: 'calls_delete' } });
    expect(heard).toEqual([]);
  });

  it('refuses two listeners for one id', () => {
    const { routes, listener } = routesWithDispatch();
    routes.command('/call', listener('one'));
    expect(() => routes.command('/call', listener('two'))).toThrow('two listeners for the command /call');
  });
});
