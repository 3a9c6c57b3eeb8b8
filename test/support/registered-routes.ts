import { registerFeatures } from '../../src/features/index.js';
import type { Routes } from '../../src/slack/routes.js';

export type RegisteredRoutes = { commands: string[]; actionIds: string[]; callbackIds: string[] };

/**
 * The slash commands, action_ids and view callback_ids the features register, read through a
 * stand-in for their route table (an action pattern names no single id and is left out).
 */
export function registeredRoutes(): RegisteredRoutes {
  const found: RegisteredRoutes = { commands: [], actionIds: [], callbackIds: [] };
  const recorder: Routes = {
    client: {} as Routes['client'],
    command: (name) => void found.commands.push(name),
    action: (actionId) => void (typeof actionId === 'string' && found.actionIds.push(actionId)),
    view: (callbackId) => void found.callbackIds.push(callbackId),
    event: () => {},
    options: () => {},
  };
  // The App Home subscribes to events when it registers; nothing is emitted here.
  registerFeatures(recorder, { events: { on: () => {}, emit: async () => {} } } as never);
  return found;
}

export const registeredCommands = (): string[] => registeredRoutes().commands;
