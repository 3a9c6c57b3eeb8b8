/** app_home_opened deliveries as Slack sends them (shared/notes/slack-wire-facts.md §2.3). */
import type { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import type { DriverResponse, SlackDriver } from '../../src/slack-standin/slack-driver.js';

export type HomeOpened = { tab?: 'home' | 'messages'; eventId?: string; retryNum?: number };

/**
 * A user opens the app's Home tab: the event names the App Home DM channel and, once the app has
 * published a Home for that user, carries that view with its current hash.
 */
export function appHomeOpened(driver: SlackDriver, fake: FakeSlack, userId: string, options: HomeOpened = {}): Promise<DriverResponse> {
  const view = fake.homeViewOf(userId);
  const event = { type: 'app_home_opened', user: userId, channel: `D${userId.slice(1)}`, tab: options.tab ?? 'home', ...(view ? { view } : {}) };
  return driver.event(event, { eventId: options.eventId, retryNum: options.retryNum });
}
