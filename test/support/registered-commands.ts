import { registerFeatures } from '../../src/features/index.js';

/** The slash commands the app registers, read through a stand-in for Bolt's registration API. */
export function registeredCommands(): string[] {
  const commands: string[] = [];
  const recorder = { command: (name: string) => commands.push(name), action: () => {}, view: () => {}, event: () => {}, options: () => {} };
  // The App Home subscribes to events when it registers; nothing is emitted here.
  registerFeatures(recorder as never, { events: { on: () => {}, emit: async () => {} } } as never);
  return commands;
}
