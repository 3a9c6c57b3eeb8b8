/** Shared helpers of the App Home end-to-end tests. */
import type { TestApp } from '../../support/test-app.js';
import type { RecordedCall } from '../../../src/slack-standin/fake-slack.js';
import { appHomeOpened, type HomeOpened } from '../../support/home-events.js';

export type PublishedView = { type: string; blocks: any[]; hash?: string };

/** Every text a person would read in `blocks` (sections, fields, contexts, headers, button labels). */
export function textOf(blocks: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if ((obj.type === 'mrkdwn' || obj.type === 'plain_text') && typeof obj.text === 'string') texts.push(obj.text);
      else Object.values(obj).forEach(walk);
    }
  };
  walk(blocks);
  return texts.join('\n');
}

export const buttonsOf = (blocks: any[]): { action_id: string; value?: string; text: string }[] =>
  blocks.flatMap((block) => (block.type === 'actions' ? block.elements : block.accessory ? [block.accessory] : []))
    .map((b: any) => ({ action_id: b.action_id, value: b.value, text: b.text?.text }));

const viewOf = (call: RecordedCall): PublishedView => call.args.view as PublishedView;

/** The n-th (1-based) accepted views.publish for `userId`, waiting for it. */
export async function published(t: TestApp, userId: string, n = 1): Promise<PublishedView> {
  const call = await t.fake.waitFor('views.publish', (c) => c.args.user_id === userId && c.fault === undefined
    && t.fake.delivered('views.publish').filter((d) => d.args.user_id === userId).indexOf(c) === n - 1);
  return viewOf(call);
}

export const publishesTo = (t: TestApp, userId: string): RecordedCall[] => t.fake.callsTo('views.publish').filter((c) => c.args.user_id === userId);

/** Opens the Home tab and waits for the Home it publishes. */
export async function openHome(t: TestApp, userId: string, options: HomeOpened = {}): Promise<PublishedView> {
  const before = t.fake.delivered('views.publish').filter((c) => c.args.user_id === userId).length;
  const res = await appHomeOpened(t.driver, t.fake, userId, options);
  if (res.status !== 200) throw new Error(`app_home_opened answered ${res.status}`);
  return published(t, userId, before + 1);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The app stores the hash Slack answered right after the publish; wait until it has (fails after a second). */
export async function storedHashIsCurrent(t: TestApp, memberId: string, slackUserId: string): Promise<string> {
  for (let i = 0; i < 50; i += 1) {
    const stored = await t.db.homeView.findUnique({ where: { memberId } });
    if (stored?.hash && stored.hash === t.fake.homeViewOf(slackUserId)?.hash) return stored.hash;
    await sleep(20);
  }
  throw new Error('the published hash was never stored');
}
