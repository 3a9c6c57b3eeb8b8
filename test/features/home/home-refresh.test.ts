import { beforeEach, describe, expect, it } from 'vitest';
import { createOutfield } from '../../../src/app.js';
import { createLog } from '../../../src/log.js';
import { CALL_MODAL, LOG_CALL_ACTION, EDIT_CALL_ACTION } from '../../../src/features/calls/ids.js';
import { AWAY_DATE_ACTION, AWAY_DATE_BLOCK, AWAY_MODAL, OPEN_AWAY_MODAL_ACTION, SNOOZE_TODAY_ACTION } from '../../../src/features/quotas/ids.js';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { appHomeOpened } from '../../support/home-events.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { modalValues } from '../calls/call-test-kit.js';
import { seedCalls, seedMember, useQuotaApp } from '../quotas/fixtures.js';
import { openHome, published, publishesTo, sleep, storedHashIsCurrent, textOf } from './home-kit.js';

let t: TestApp;
let manager: Member;
let rep: Member;
useQuotaApp((app) => (t = app));
beforeEach(async () => {
  t.clock.set('2026-11-25T15:00:00Z'); // Wednesday, 10:00 in New York
  manager = await seedMember(t, 'U0MGR', { role: 'manager' });
  rep = await seedMember(t, 'U0REP', { managerId: manager.id, tz: 'America/New_York', daily: 8, weekly: 40 });
});

const homeButton = (actionId: string, value?: string) =>
  t.driver.blockAction('U0REP', { actionId, value }, { view: { ...t.fake.homeViewOf('U0REP') } });

describe('refreshing after the user’s own actions', () => {
  it('shows a /call on the rep’s Home within the same request cycle, and publishes nobody else’s', async () => {
    await openHome(t, 'U0REP');
    await openHome(t, 'U0MGR');
    const res = await t.driver.command('U0REP', '/call', 'Acme: met the buyer');
    expect(res.json.text).toContain('Logged your call');
    const view = await published(t, 'U0REP', 2);
    expect(textOf(view.blocks)).toContain('Today: *1* of 8');
    await sleep(100);
    expect(publishesTo(t, 'U0MGR')).toHaveLength(1);
  });

  it('publishes no Home that was never opened, and knows at the next /call once it has been', async () => {
    await t.driver.command('U0REP', '/call', 'Acme: first visit');
    await t.driver.command('U0REP', '/call', 'Acme: second visit'); // from the cached actor
    await sleep(100);
    expect(publishesTo(t, 'U0REP')).toHaveLength(0);
    await openHome(t, 'U0REP');
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).homeOpenedAt).not.toBeNull();
    await t.driver.command('U0REP', '/call', 'Acme: third visit');
    expect(textOf((await published(t, 'U0REP', 2)).blocks)).toContain('Today: *3* of 8');
  });

  it('refreshes after a call logged in the modal, a snooze and time off', async () => {
    await openHome(t, 'U0REP');
    await t.driver.viewSubmission('U0REP', { callback_id: CALL_MODAL, private_metadata: '{}', values: modalValues({ day: stateValue.date('2026-11-25') }) });
    expect(textOf((await published(t, 'U0REP', 2)).blocks)).toContain('Today: *1* of 8');
    await t.driver.blockAction('U0REP', { actionId: SNOOZE_TODAY_ACTION, value: '2026-11-25' });
    expect(textOf((await published(t, 'U0REP', 3)).blocks)).toContain('You snoozed today’s reminder');
    const values = { [AWAY_DATE_BLOCK]: { [AWAY_DATE_ACTION]: stateValue.date('2026-11-27') } };
    await t.driver.viewSubmission('U0REP', { callback_id: AWAY_MODAL, values });
    expect(textOf((await published(t, 'U0REP', 4)).blocks)).toContain('Out of office until Friday, November 27');
    await t.driver.command('U0REP', '/quota', 'away off');
    expect(textOf((await published(t, 'U0REP', 5)).blocks)).not.toContain('Out of office');
  });
});

describe('the Home’s buttons', () => {
  it('opens the Log a call modal, the Time off modal and Edit on a call, each from the Home', async () => {
    await seedCalls(t.db, rep, 1, new Date('2026-11-25T14:00:00Z'));
    const call = await t.db.call.findFirstOrThrow({ where: { repId: rep.id } });
    await openHome(t, 'U0REP');
    await homeButton(LOG_CALL_ACTION);
    await t.fake.waitFor('views.open', (c) => c.fault === undefined && (c.args.view as any).callback_id === CALL_MODAL);
    await homeButton(OPEN_AWAY_MODAL_ACTION);
    await t.fake.waitFor('views.open', (c) => c.fault === undefined && (c.args.view as any).callback_id === AWAY_MODAL);
    await homeButton(EDIT_CALL_ACTION, call.id);
    const edit = await t.fake.waitFor('views.open', (c) => c.fault === undefined && (c.args.view as any).private_metadata?.includes(call.id));
    expect((edit.args.view as any).title.text).toBe('Edit call');
  });
});

describe('retries and concurrent refreshes', () => {
  it('publishes once for a retried app_home_opened (X-Slack-Retry-Num), and again for a new opening', async () => {
    await openHome(t, 'U0REP', { eventId: 'Ev0HOME1' });
    const retry = await appHomeOpened(t.driver, t.fake, 'U0REP', { eventId: 'Ev0HOME1', retryNum: 1 });
    expect(retry.status).toBe(200);
    await openHome(t, 'U0REP', { eventId: 'Ev0HOME2' });
    await sleep(100);
    expect(publishesTo(t, 'U0REP')).toHaveLength(2);
  });

  it('publishes for a retry whose first delivery never reached us', async () => {
    await openHome(t, 'U0REP', { eventId: 'Ev0LOST', retryNum: 2 });
    expect(publishesTo(t, 'U0REP')).toHaveLength(1);
  });

  it('ignores the Messages tab and stores nothing', async () => {
    await appHomeOpened(t.driver, t.fake, 'U0REP', { tab: 'messages', eventId: 'Ev0MSG' });
    await sleep(150);
    expect(publishesTo(t, 'U0REP')).toHaveLength(0);
    expect(await t.db.homeView.count({ where: { memberId: rep.id } })).toBe(0);
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).homeOpenedAt).toBeNull();
  });

  it('never lets an older render overwrite a newer one: Slack’s hash_conflict makes it render again', async () => {
    await openHome(t, 'U0REP');
    await storedHashIsCurrent(t, rep.id, 'U0REP');
    const stale = { workspaceId: t.fake.teamId, slackUserIds: ['U0REP'] };
    // Another instance on the same database: one instance's pacer lets one views.publish fly at a time,
    // so the race that the hash settles is between instances.
    const other = createOutfield({ config: t.config, db: t.db, clock: t.clock, log: createLog('silent'), scheduling: 'manual', sleep: t.clock.sleep });
    // While the first refresh's publish is on its way, a call is logged and the other instance's refresh lands first.
    t.fake.holdNext('views.publish', async () => {
      await seedCalls(t.db, rep, 2, new Date('2026-11-25T14:30:00Z'));
      await other.deps.events.emit('home.stale', stale);
    });
    await seedCalls(t.db, rep, 1, new Date('2026-11-25T14:00:00Z'));
    await t.outfield.deps.events.emit('home.stale', stale);
    const calls = publishesTo(t, 'U0REP').slice(1);
    expect(calls.map((c) => c.fault ?? 'ok')).toEqual(['ok', 'hash_conflict', 'ok']);
    expect(textOf((calls[1]!.args.view as any).blocks)).toContain('Today: *1* of 8'); // the older render, refused
    expect(textOf(t.fake.homeViewOf('U0REP')?.blocks)).toContain('Today: *3* of 8');
    await storedHashIsCurrent(t, rep.id, 'U0REP');
  });
});
