import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, RespondFn } from '@slack/bolt';
import { UserError } from '../errors.js';
import { translator, type Translate } from '../i18n/index.js';
import type { Log } from '../log.js';
import type { Actor } from '../members/member-service.js';
import { ephemeral } from './blocks.js';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs & { respond?: RespondFn; ack?: (response?: unknown) => Promise<void> };

/**
 * The one place errors become words for the user. A UserError is translated and shown only to the
 * person who caused it; anything else is logged in full and the user hears that nothing was changed.
 */
export function registerErrorBoundary(app: App, log: Log): void {
  app.use(async (args) => {
    try {
      await args.next();
    } catch (error) {
      await report(args as Args, error, log);
    }
  });
}

async function report(args: Args, error: unknown, log: Log): Promise<void> {
  const actor = args.context.actor as Actor | undefined;
  const t: Translate = actor?.t ?? translator('en');
  const isUserError = error instanceof UserError;
  const text = isUserError ? t(error.key, error.params) : t('common.something_went_wrong');
  if (!isUserError) log.error({ err: error, userId: args.context.userId, type: args.body.type }, 'unhandled error in a Slack listener');
  try {
    if (await tryAck(args, text)) return;
    if (args.respond) {
      await args.respond(ephemeral(text));
    } else if (args.context.userId) {
      await args.client.chat.postMessage({ channel: args.context.userId, text });
    }
  } catch (replyError) {
    log.error({ err: replyError, userId: args.context.userId }, 'could not tell the user about an error');
  }
}

/** True when the error could still be the acknowledgement itself (nothing was acked yet). */
async function tryAck(args: Args, text: string): Promise<boolean> {
  if (!args.ack) return false;
  const isCommand = 'command' in args.body;
  try {
    await args.ack(isCommand ? ephemeral(text) : undefined);
    return isCommand;
  } catch {
    return false; // already acknowledged
  }
}
