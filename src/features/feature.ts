import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Events } from '../events.js';
import type { HomeSection } from '../home/home-section.js';
import type { Log } from '../log.js';
import type { Metrics } from '../metrics/metrics.js';
import type { Outbox } from '../outbox/outbox.js';
import type { OutboxKind } from '../outbox/outbox-kind.js';
import type { Pacer } from '../pacer/pacer.js';
import type { Planner } from '../scheduler/planner.js';
import type { Routes } from '../slack/routes.js';

/**
 * What every feature's listeners and services may use; nothing else is global. Background Slack
 * calls go through `outbox` (scheduled, retried, once) or at least `pacer` (one budget per
 * workspace and method); replies to the user's own action use Bolt's `ack`/`respond`/`client`.
 */
export type FeatureDeps = { db: Db; clock: Clock; log: Log; config: Config; outbox: Outbox; pacer: Pacer; events: Events; metrics: Metrics };

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Handles `/outfield <name> …`; `words` are what follows the subcommand name. */
export type SubcommandHandler = (args: CommandArgs, words: string[]) => Promise<void>;

export type Feature = {
  /** Slash commands this feature answers; a test keeps them in sync with manifest.yml. */
  commands: readonly string[];
  /** Subcommands this feature adds to `/outfield` (e.g. `setup`, `report`). */
  outfieldSubcommands?: (deps: FeatureDeps) => Record<string, SubcommandHandler>;
  /** Scheduled messages: planners that decide what is due, and the outbox kinds that render them. */
  scheduled?: (deps: FeatureDeps) => { planners: Planner[]; kinds: OutboxKind<any>[] };
  /** Parts of the App Home this feature shows (SPEC §4.7). */
  home?: (deps: FeatureDeps) => HomeSection[];
  /**
   * Requests whose handler checks the actor's stored version in its own write (SPEC §6 hot path),
   * so the actor may come from the in-process cache without a query.
   */
  trustsCachedActor?: (body: unknown) => boolean;
  /** The feature's route table: `routes.command(ids.command, onCommand(deps))`, … */
  register(routes: Routes, deps: FeatureDeps): void;
};
