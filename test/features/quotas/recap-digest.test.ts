import { DIGEST_KIND, RECAP_KIND } from '../../../src/features/quotas/ids.js';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/test-app.js';
import { runEvery, seedCalls, seedMember, useQuotaApp } from './fixtures.js';

let t: TestApp;
useQuotaApp((app) => (t = app));

describe('weekly recap', () => {
  it('comes on Friday at 16:30 rep-local with the week against the weekly quota, once', async () => {
    const rep = await seedMember(t, 'U0REP', { tz: 'America/New_York', daily: 5, weekly: 20 });
    await seedCalls(t.db, rep, 12, new Date('2026-11-24T15:00:00Z'));
    const deliveries = await runEvery(t, '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z', 30);
    const recaps = deliveries.filter((d) => d.kind === RECAP_KIND);
    expect(recaps.map((d) => d.at)).toEqual(['2026-11-27T21:30:00.000Z']);
    expect(recaps[0]?.text).toContain('*12* calls against a quota of 20: 8 short');
  });

  it('congratulates a rep who met the weekly quota', async () => {
    const rep = await seedMember(t, 'U0REP', { tz: 'UTC', daily: 2, weekly: 4 });
    await seedCalls(t.db, rep, 5, new Date('2026-11-26T10:00:00Z'));
    const [recap] = (await runEvery(t, '2026-11-27T16:30:00Z', '2026-11-27T16:31:00Z', 1)).filter((d) => d.kind === RECAP_KIND);
    expect(recap?.text).toContain('Quota met');
  });
});

describe('manager digest', () => {
  it('lists the manager’s employees behind today at 17:00 manager-local, with counts only', async () => {
    const manager = await seedMember(t, 'U0MGR', { role: 'manager', tz: 'Europe/London' });
    const behind = await seedMember(t, 'U0BEHIND', { managerId: manager.id, tz: 'Europe/London', daily: 4 });
    const onTrack = await seedMember(t, 'U0ONTRACK', { managerId: manager.id, tz: 'Europe/London', daily: 2 });
    await seedMember(t, 'U0IND', { managerId: manager.id, tz: 'Europe/London', daily: 4, kind: 'independent' });
    await seedCalls(t.db, behind, 1, new Date('2026-11-24T10:00:00Z'), 'private note');
    await seedCalls(t.db, onTrack, 2, new Date('2026-11-24T10:00:00Z'));
    const deliveries = await runEvery(t, '2026-11-24T16:00:00Z', '2026-11-24T18:00:00Z', 30);
    const digests = deliveries.filter((d) => d.kind === DIGEST_KIND);
    expect(digests.map((d) => [d.at, d.channel])).toEqual([['2026-11-24T17:00:00.000Z', 'U0MGR']]);
    const blocks = JSON.stringify(t.fake.delivered('chat.postMessage').find((c) => c.args.channel === 'U0MGR')?.args.blocks);
    expect(blocks).toContain('<@U0BEHIND>: today 1/4');
    expect(blocks).not.toContain('U0ONTRACK');
    expect(blocks).not.toContain('U0IND');
    expect(blocks).not.toContain('private note');
  });

  it('sends nothing when nobody is behind', async () => {
    const manager = await seedMember(t, 'U0MGR', { role: 'manager', tz: 'UTC' });
    const rep = await seedMember(t, 'U0REP', { managerId: manager.id, tz: 'UTC', daily: 1 });
    await seedCalls(t.db, rep, 1, new Date('2026-11-24T10:00:00Z'));
    const deliveries = await runEvery(t, '2026-11-24T17:00:00Z', '2026-11-24T17:01:00Z', 1);
    expect(deliveries).toEqual([]);
    expect(await t.db.outboxMessage.findFirst({ where: { kind: DIGEST_KIND } })).toMatchObject({ status: 'skipped', lastError: 'nobody behind' });
  });
});
