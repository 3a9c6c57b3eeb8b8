import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Log } from '../log.js';
import type { OutboxKind } from '../outbox/outbox-kind.js';
import type { Planner } from '../scheduler/planner.js';

/** What every feature's listeners and services may use; nothing else is global. */
export type FeatureDeps = { db: Db; clock: Clock; log: Log; config: Config };

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Handles `/outfield <name> …`; `words` are what follows the subcommand name. */
export type SubcommandHandler = (args: CommandArgs, words: string[]) => Promise<void>;

export type Feature = {
  /** Slash commands this feature answers; a test keeps them in sync with manifest.yml. */
  commands: readonly string[];
  /** Subcommands this feature adds to `/outfield` (e.g. `setup`, `report`). */
  outfieldSubcommands?: (deps: FeatureDeps) => Record<string, SubcommandHandler>;
  /** Scheduled messages: planners that decide what is due, and the outbox kinds that render them. */
  scheduled?: (deps: FeatureDeps) => { planners: Planner[]; kinds: OutboxKind[] };
  register(app: App, deps: FeatureDeps): void;
};
