import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { UserError } from '../../errors.js';
import type { OutfieldEvents } from '../../events.js';
import { actorOf } from '../../slack/actor-context.js';
import { actorOfMember, publishHome, type HomeDeps } from './home-service.js';
import { markHomeOpened } from './home-store.js';
import { showAllModal } from './views.js';

type HomeOpenedArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;
type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** Bolt has acknowledged the event already; the Home is published within this same delivery. */
export const onAppHomeOpened = (deps: HomeDeps) => async ({ event, body, context }: HomeOpenedArgs) => {
  // No actor: the event named no valid Slack user (a forged or malformed id); there is nobody to publish to.
  if (event.tab !== 'home' || !context.actor) return;
  const viewer = actorOf(context);
  if (!viewer.member.homeOpenedAt) await markHomeOpened(deps.db, viewer.member.id, deps.clock.now());
  const result = await publishHome(deps, viewer, { eventId: body.event_id, eventHash: (event.view as { hash?: string } | undefined)?.hash });
  deps.log.info({ feature: 'home', userId: event.user, eventId: body.event_id, retryNum: context.retryNum, result }, 'app_home_opened');
};

/** Only the named people's Homes are published again, never everybody's. */
export const onHomeStale = (deps: HomeDeps) => async ({ workspaceId, slackUserIds }: OutfieldEvents['home.stale']) => {
  await Promise.all([...new Set(slackUserIds)].map(async (slackUserId) => {
    const viewer = await actorOfMember(deps, workspaceId, slackUserId);
    // A Home that was never opened is rendered when it is: refreshing it after every call costs a
    // render and a views.publish from a Tier 4 budget for nothing.
    if (viewer?.member.homeOpenedAt) await publishHome(deps, viewer);
  }));
};

/** A "show all" button: the section named by the button's value opens its full list in a modal. */
export const onShowAll = (deps: HomeDeps) => async ({ ack, action, body, context, client }: ButtonArgs) => {
  await ack();
  const viewer = actorOf(context);
  const section = deps.sections.find((s) => s.id === action.value && s.full);
  if (!section?.full) throw new UserError('home.show_all_unknown');
  const full = await section.full(viewer, deps.clock.now());
  await client.views.open({ trigger_id: body.trigger_id, view: showAllModal(viewer, full) });
};
