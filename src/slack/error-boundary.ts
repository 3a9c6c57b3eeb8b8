import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, ReceiverEvent, RespondFn } from '@slack/bolt';
import { UserError } from '../errors.js';
import { translator, type MessageKey, type Translate } from '../i18n/index.js';
import type { Log } from '../log.js';
import type { Actor } from '../members/member-service.js';
import { ephemeral } from './blocks.js';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs & { respond?: RespondFn; ack?: (response?: unknown) => Promise<void> };

/** Whether this request was acknowledged yet; one per request, in `context.ackState`. */
type AckState = { acked: boolean };

/**
 * The one place errors become words for the user. A UserError is translated and shown only to the
 * person who caused it; anything else is logged in full and the user hears something went wrong.
 */
export function registerErrorBoundary(app: App, log: Log): void {
  trackAcks(app);
  app.use(async (args) => {
    try {
      await args.next();
    } catch (error) {
      await report(args as Args, error, log);
    }
  });
}

/**
 * Records each request's ack where the boundary can read it. Asking the receiver is no use: a second
 * ack() throws in HTTP mode but is only logged in Socket Mode, so an error after the ack vanished there.
 * Bolt hands listeners its own copy of `ack`, so the wrapping happens before Bolt sees the event.
 */
function trackAcks(app: App): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => {
    const ackState: AckState = { acked: false };
    return processEvent({
      ...event,
      customProperties: { ...event.customProperties, ackState },
      ack: async (response?: unknown) => {
        ackState.acked = true;
        await event.ack(response);
      },
    });
  };
}

/** Errors Slack answers that the user can understand; everything else is "something went wrong". */
function slackErrorKey(error: unknown): MessageKey | undefined {
  const { code, data } = error as { code?: string; data?: { error?: string } };
  if (code === 'slack_webapi_rate_limited_error' || data?.error === 'ratelimited') return 'common.slack_busy';
  if (data?.error === 'expired_trigger_id' || data?.error === 'exchanged_trigger_id') return 'common.trigger_expired';
  return undefined;
}

function textOf(error: unknown, t: Translate, acked: boolean): string {
  if (error instanceof UserError) return t(error.key, error.params);
  // Once acked, a change may already be stored: never claim that nothing was changed.
  return t(slackErrorKey(error) ?? (acked ? 'common.failed_after_ack' : 'common.something_went_wrong'));
}

async function report(args: Args, error: unknown, log: Log): Promise<void> {
  const actor = args.context.actor as Actor | undefined;
  const acked = (args.context.ackState as AckState | undefined)?.acked ?? false;
  const text = textOf(error, actor?.t ?? translator('en'), acked);
  if (!(error instanceof UserError)) {
    log.error({ err: error, userId: args.context.userId, type: args.body.type, acked }, 'unhandled error in a Slack listener');
  }
  try {
    if (!acked && args.ack) {
      // A command's ack can carry the answer; other acks only close the request.
      const isCommand = 'command' in args.body;
      await args.ack(isCommand ? ephemeral(text) : undefined);
      if (isCommand) return;
    }
    if (args.respond) {
      await args.respond(ephemeral(text));
    } else if (args.context.userId) {
      await args.client.chat.postMessage({ channel: args.context.userId, text });
    }
  } catch (replyError) {
    log.error({ err: replyError, userId: args.context.userId }, 'could not tell the user about an error');
  }
}
