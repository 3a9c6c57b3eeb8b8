import { describe, expect, it, vi } from 'vitest';
import { APPROVE_ACTION, ASK_ACTION, NOTHING_TO_DISCLOSE_ACTION, OPEN_DISCLOSE_ACTION, REJECT_ACTION } from '../../../src/features/disclosures/ids.js';
import { disclosuresFeature } from '../../../src/features/disclosures/register.js';
import { actorFor } from '../../../src/members/member-service.js';
import type { TestApp } from '../../support/test-app.js';
import { ADMIN_ID, MANAGER, OTHER_MANAGER, REP, submittedWithPost, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
const stale: string[][] = [];
useDisclosuresApp((app) => {
  t = app;
  app.outfield.deps.events.on('home.stale', async ({ slackUserIds }) => void stale.push(slackUserIds));
});

/** Every disclosure home section for `slackUserId`, as Slack would get the blocks. */
async function homeOf(slackUserId: string): Promise<string> {
  const member = await t.db.member.findFirstOrThrow({ where: { slackUserId }, include: { workspace: true } });
  const { workspace, ...rest } = member;
  const viewer = actorFor(rest, workspace, t.config.adminIds);
  const sections = disclosuresFeature.home!(t.outfield.deps);
  const blocks = (await Promise.all(sections.map((s) => s.render(viewer, t.clock.now())))).flat();
  return JSON.stringify(blocks);
}

describe('App Home', () => {
  it('asks a rep who has not attested, with the prompt’s buttons', async () => {
    const home = await homeOf(REP);
    expect(home).toContain('Please confirm your outside lines for 2026-Q4');
    expect(home).toContain(OPEN_DISCLOSE_ACTION);
    expect(home).toContain(NOTHING_TO_DISCLOSE_ACTION);
  });

  it('shows the rep’s disclosures with status, and the manager’s pending ones with the review buttons', async () => {
    const { disclosure } = await submittedWithPost(t);
    const rep = await homeOf(REP);
    expect(rep).not.toContain('Please confirm');
    expect(rep).toContain('*Northwind Tools* — Pending review');
    const manager = await homeOf(MANAGER);
    expect(manager).toContain('Disclosures to decide');
    for (const id of [APPROVE_ACTION, REJECT_ACTION, ASK_ACTION]) expect(manager).toContain(`"action_id":"${id}","value":"${disclosure.id}"`);
    expect(await homeOf(ADMIN_ID)).toContain(disclosure.id);
    expect(await homeOf(OTHER_MANAGER)).not.toContain(disclosure.id);
    await vi.waitFor(() => expect(stale).toContainEqual([REP, MANAGER]));
  });

  it('drops a decided disclosure from the manager’s list', async () => {
    const { post, disclosure } = await submittedWithPost(t);
    await t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post });
    await t.fake.waitFor('chat.update');
    expect(await homeOf(MANAGER)).not.toContain(disclosure.id);
    expect(await homeOf(REP)).toContain('*Northwind Tools* — Approved');
  });
});
