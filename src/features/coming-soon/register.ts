import { actorOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import type { CommandArgs, Feature, SubcommandHandler } from '../feature.js';

/** Commands of the product contract whose feature is not built yet: they answer politely, in both languages. */
const PENDING_COMMANDS = ['/goal', '/disclose'] as const;
const PENDING_OUTFIELD_SUBCOMMANDS = ['report', 'accounts', 'export'] as const;

async function replyComingSoon({ ack, context }: CommandArgs, command: string): Promise<void> {
  await ack(ephemeral(actorOf(context).t('coming_soon.reply', { command })));
}

export const comingSoonFeature: Feature = {
  commands: PENDING_COMMANDS,
  outfieldSubcommands: () =>
    Object.fromEntries(
      PENDING_OUTFIELD_SUBCOMMANDS.map((sub): [string, SubcommandHandler] => [
        sub,
        (args) => replyComingSoon(args, `/outfield ${sub}`),
      ]),
    ),
  register(app) {
    for (const command of PENDING_COMMANDS) app.command(command, (args) => replyComingSoon(args, command));
  },
};
