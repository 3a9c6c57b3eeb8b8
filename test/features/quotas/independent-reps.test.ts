import { NUDGE_KIND } from '../../../src/features/quotas/ids.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { ADMIN_ID, type TestApp } from '../../support/test-app.js';
import { runEvery, seedCalls, seedMember, useQuotaApp } from './fixtures.js';

let t: TestApp;
let manager: Member;
useQuotaApp((app) => (t = app), { withAdmin: true });
beforeEach(async () => {
  t.clock.set('2026-11-24T10:00:00Z');
  manager = await seedMember(t, 'U0MGR', { role: 'manager', tz: 'UTC' });
});

const nudgesTo = async (channel: string) =>
  (await runEvery(t, '2026-11-24T16:00:00Z', '2026-11-24T16:01:00Z', 1)).filter((d) => d.channel === channel && d.kind === NUDGE_KIND);

describe('independent reps', () => {
  it('are not nudged until they opt in, then get nudged about their personal target', async () => {
    await seedMember(t, 'U0IND', { kind: 'independent', managerId: manager.id, daily: 4 });
    expect(await nudgesTo('U0IND')).toEqual([]);
    await t.db.outboxMessage.deleteMany();
    t.clock.set('2026-11-24T12:00:00Z');
    expect((await t.driver.command('U0IND', '/quota', 'nudges on')).json.text).toContain('Nudges are on');
    const [nudge] = await nudgesTo('U0IND');
    expect(nudge?.text).toContain('personal target');
  });

  it('can turn nudges off again; employees cannot', async () => {
    const independent = await seedMember(t, 'U0IND', { kind: 'independent', nudgesOptIn: true, daily: 4 });
    await t.driver.command('U0IND', '/quota', 'nudges off');
    expect((await t.db.member.findUniqueOrThrow({ where: { id: independent.id } })).nudgesOptIn).toBe(false);
    await seedMember(t, 'U0EMP', { daily: 4 });
    const res = await t.driver.command('U0EMP', '/quota', 'nudges off');
    expect(res.json.text).toContain('cannot be turned off');
    expect(await nudgesTo('U0EMP')).toHaveLength(1);
  });

  it('see their quota as personal targets in /quota', async () => {
    await seedMember(t, 'U0IND', { kind: 'independent', daily: 4 });
    const res = await t.driver.command('U0IND', '/quota', '');
    expect(res.json.text).toContain('personal targets');
    expect(JSON.stringify(res.json.blocks)).toContain('logging is voluntary');
  });

  it('show in their manager’s team view with counts but never call notes', async () => {
    const independent = await seedMember(t, 'U0IND', { kind: 'independent', managerId: manager.id, daily: 4 });
    await seedCalls(t.db, independent, 2, new Date('2026-11-24T09:00:00Z'), 'secret pricing for a competing principal');
    const res = await t.driver.command('U0MGR', '/quota', 'team');
    const shown = JSON.stringify(res.json.blocks);
    expect(shown).toContain('<@U0IND>: today 2/4');
    expect(shown).toContain('independent, personal targets');
    expect(shown).not.toContain('secret pricing');
  });
});

describe('/outfield kind', () => {
  it('lets the rep’s manager make a rep independent, with nudges off and an audit entry', async () => {
    const rep = await seedMember(t, 'U0REP', { managerId: manager.id, nudgesOptIn: true });
    const res = await t.driver.command('U0MGR', '/outfield', 'kind <@U0REP> independent');
    expect(res.json.text).toBe('<@U0REP> is now an *independent* rep.');
    expect(await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).toMatchObject({ kind: 'independent', nudgesOptIn: false });
    expect(await t.db.auditEntry.count({ where: { action: 'kind_changed', entityId: rep.id } })).toBe(1);
  });

  it.each([
    ['a rep', 'U0OTHER', 'kind <@U0REP> independent', 'Only managers and admins'],
    ['another team’s manager', 'U0MGR2', 'kind <@U0REP> independent', 'not on your team'],
  ])('refuses %s and changes nothing', async (_who, user, text, message) => {
    await seedMember(t, 'U0OTHER', {});
    await seedMember(t, 'U0MGR2', { role: 'manager' });
    const rep = await seedMember(t, 'U0REP', { managerId: manager.id });
    expect((await t.driver.command(user, '/outfield', text)).json.text).toContain(message);
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).kind).toBe('employee');
  });

  it.each(['kind', 'kind <@U0REP>', 'kind <@U0REP> contractor', 'kind maria independent', 'kind <@U0REP> independent now'])(
    'answers `/outfield %s` with the usage',
    async (text) => {
      await seedMember(t, 'U0REP', { managerId: manager.id });
      expect((await t.driver.command(ADMIN_ID, '/outfield', text)).json.text).toContain('Usage: `/outfield kind @rep independent`');
    },
  );
});
