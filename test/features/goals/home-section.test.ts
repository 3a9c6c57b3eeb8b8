import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { actorFor } from '../../../src/members/member-service.js';
import type { TestApp } from '../../support/test-app.js';
import { seedDeals, seedMember, useGoalsApp } from './fixtures.js';

let t: TestApp;
let rep: Member;
useGoalsApp((app) => (t = app));
beforeEach(async () => {
  t.clock.set('2026-11-12T15:00:00Z');
  rep = await seedMember(t, 'U0REP', {});
  await t.db.goal.create({ data: { workspaceId: rep.workspaceId, repId: rep.id, period: '2026-Q4', metric: 'deals', target: 6 } });
  await seedDeals(t, rep, [{ at: '2026-10-05T10:00:00Z', outcome: 'won', value: 3000 }, { at: '2026-11-03T10:00:00Z', outcome: 'won', value: 1000 }]);
});

describe('the goals part of the App Home', () => {
  it('shows the month and quarter with the forecast, from the same numbers as /goal', async () => {
    const section = t.outfield.features.flatMap((f) => f.home?.(t.outfield.deps) ?? []).find((s) => s.id === 'goals.progress');
    expect(section?.order).toBe(20);
    const workspace = await t.db.workspace.findUniqueOrThrow({ where: { id: rep.workspaceId } });
    const blocks = await section!.render(actorFor(rep, workspace, []), t.clock.now());
    const home = JSON.stringify(blocks);
    expect(home).toContain('*deals won*: 2 of 6 (33%)');
    expect(home).toContain('Pipeline forecast: won $4,000 = *$4,000*');
    const command = await t.driver.command('U0REP', '/goal', '');
    expect(JSON.stringify(command.json.blocks)).toContain('*deals won*: 2 of 6 (33%)');
  });
});
