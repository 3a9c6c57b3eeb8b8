import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { KEY_ACCOUNT_NEGLECT_KIND } from '../../../src/features/reports/ids.js';
import { ADMIN_ID, type TestApp } from '../../support/test-app.js';
import { dmsTo } from '../quotas/fixtures.js';
import { seedDeals, seedImported, seedMember, useGoalsApp, shownIn } from '../goals/fixtures.js';

let t: TestApp;
let manager: Member;
let rep: Member;
let peer: Member;
useGoalsApp((app) => (t = app), { withAdmin: true });
beforeEach(async () => {
  t.clock.set('2026-11-02T09:00:00Z'); // Monday
  manager = await seedMember(t, 'U0MGR', { role: 'manager' });
  rep = await seedMember(t, 'U0REP', { managerId: manager.id });
  peer = await seedMember(t, 'U0PEER', { managerId: manager.id });
  await seedMember(t, 'U0OTHERMGR', { role: 'manager' });
  // Won revenue over 12 months: Acme 6,000 (rep 5,000 + peer 1,000), Globex 2,500 imported, Small 1,000, Tiny 500.
  await seedDeals(t, rep, [{ at: '2026-11-02T08:00:00Z', account: 'Acme', outcome: 'won', value: 5000 }]);
  await seedDeals(t, peer, [
    { at: '2026-10-20T08:00:00Z', account: 'Acme', outcome: 'won', value: 1000 },
    { at: '2026-10-21T08:00:00Z', account: 'Small', outcome: 'won', value: 1000 },
    { at: '2026-10-22T08:00:00Z', account: 'Tiny', outcome: 'won', value: 500 },
    { at: '2025-10-01T08:00:00Z', account: 'Ancient', outcome: 'won', value: 90000 },
  ]);
  await seedImported(t, peer, '2026-06-01', 2500, 'Globex');
});

const outfield = (text: string, user = 'U0MGR') => t.driver.command(user, '/outfield', text);
const shown = shownIn;

describe('/outfield accounts key', () => {
  it('lists the smallest set making 80% of the last 12 months’ won revenue, imported sales included, with share and owner', async () => {
    const text = shown(await outfield('accounts key'));
    expect(text).toContain('1. *Acme* — 60% ($6,000) · owner <@U0REP> (most revenue)');
    expect(text).toContain('2. *Globex* — 25% ($2,500) · owner <@U0PEER> (most revenue)');
    expect(text).not.toContain('Small');
    expect(text).not.toContain('Ancient');
    expect(text).toContain('2 accounts make 85% of won revenue');
  });

  it('shows a rep only the key accounts they own', async () => {
    const text = shown(await outfield('accounts key', 'U0PEER'));
    expect(text).toContain('Your key accounts');
    expect(text).toContain('Globex');
    expect(text).not.toContain('Acme');
  });
});

describe('/outfield accounts owner', () => {
  it('lets a manager assign a team rep, who then owns the account, with an audit entry', async () => {
    const res = await outfield('accounts owner acme <@U0PEER>');
    expect(res.json.text).toBe('<@U0PEER> now owns *Acme*.');
    expect(shown(await outfield('accounts key'))).toContain('*Acme* — 60% ($6,000) · owner <@U0PEER> ·');
    expect(await t.db.auditEntry.count({ where: { entity: 'account', action: 'account_owner_set' } })).toBe(1);
  });

  it.each([
    ['a rep', 'U0REP', 'accounts owner Acme <@U0PEER>', 'Only managers and admins'],
    ['a manager for another team’s rep', 'U0OTHERMGR', 'accounts owner Acme <@U0PEER>', 'is not on your team'],
    ['an unknown account', 'U0MGR', 'accounts owner Nobody Inc <@U0PEER>', 'no account called “Nobody Inc”'],
    ['no rep', 'U0MGR', 'accounts owner Acme', 'Usage: `/outfield accounts owner'],
  ])('refuses %s and changes nothing', async (_name, user, text, message) => {
    expect((await outfield(text, user)).json.text).toContain(message);
    expect(await t.db.account.count({ where: { ownerId: { not: null } } })).toBe(0);
  });

  it('lets an admin assign anyone', async () => {
    await outfield('accounts owner Globex <@U0OTHERMGR>', ADMIN_ID);
    expect((await t.db.account.findFirstOrThrow({ where: { name: 'Globex' } })).ownerId).not.toBeNull();
  });
});

describe('the key-account neglect DM', () => {
  const runAt = async (at: string) => {
    t.clock.set(at);
    await t.outfield.scheduler.runDueWork();
    return dmsTo(t, 'U0REP').filter((c) => String(c.args.text).includes('Acme'));
  };

  it('DMs the owner once per gap: on the first working day at 14 days, outside quiet hours, not again until a new gap', async () => {
    // Acme's last call: Mon 2 November. 14 days later is Mon 16 November.
    expect(await runAt('2026-11-15T12:00:00Z')).toHaveLength(0); // 13 days, and a Sunday
    expect(await runAt('2026-11-16T06:00:00Z')).toHaveLength(0); // quiet hours (before 08:00)
    const [dm] = await runAt('2026-11-16T08:01:00Z');
    expect(dm?.args.text).toContain('*Acme* is one of your key accounts (60% of won revenue) and has had no call for 14 days');
    expect(JSON.stringify(dm?.args.blocks)).toContain('calls_open_log_modal');
    expect(await runAt('2026-11-16T08:30:00Z')).toHaveLength(1);
    expect(await runAt('2026-11-17T10:00:00Z')).toHaveLength(1);
    expect(await runAt('2026-11-30T10:00:00Z')).toHaveLength(1);
    // A call on 1 December starts a new gap, due 15 December.
    await seedDeals(t, rep, [{ at: '2026-12-01T09:00:00Z', account: 'Acme', outcome: 'follow_up' }]);
    expect(await runAt('2026-12-14T10:00:00Z')).toHaveLength(1);
    expect(await runAt('2026-12-15T10:00:00Z')).toHaveLength(2);
    expect(await t.db.outboxMessage.count({ where: { kind: KEY_ACCOUNT_NEGLECT_KIND, status: 'sent', target: (await t.db.account.findFirstOrThrow({ where: { name: 'Acme' } })).id } })).toBe(2);
  });

  it('follows the workspace’s gap setting and is not sent when a call came in since it was planned', async () => {
    await t.db.workspace.updateMany({ data: { keyAccountGapDays: 3 } });
    t.clock.set('2026-11-05T10:00:00Z');
    const planners = t.outfield.features.flatMap((f) => f.scheduled?.(t.outfield.deps).planners ?? []);
    const neglect = planners.find((p) => p.name === 'key-account neglect');
    await t.outfield.deps.outbox.enqueue((await neglect?.plan(t.clock.now())) ?? []);
    await seedDeals(t, rep, [{ at: '2026-11-05T09:30:00Z', account: 'Acme', outcome: 'follow_up' }]);
    await t.outfield.scheduler.sendDue();
    expect(dmsTo(t, 'U0REP').filter((c) => String(c.args.text).includes('Acme'))).toHaveLength(0);
    expect(await t.db.outboxMessage.findFirst({ where: { kind: KEY_ACCOUNT_NEGLECT_KIND, target: { not: '' } }, select: { status: true } })).toMatchObject({ status: 'skipped' });
  });
});
