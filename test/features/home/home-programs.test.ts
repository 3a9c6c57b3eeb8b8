import { expect, it } from 'vitest';
import type { TestApp } from '../../support/test-app.js';
import { logCalls, seedMember, submitProgram, useIncentiveApp } from '../incentives/incentive-kit.js';
import { openHome, textOf } from './home-kit.js';

let t: TestApp;
useIncentiveApp((app) => (t = app));

it('joins another feature’s section (incentive programs with my rank) in its order, between my numbers and my last calls', async () => {
  const manager = await seedMember(t, 'U0MGR', { role: 'manager' });
  const rep = await seedMember(t, 'U0REP', { managerId: manager.id, daily: 4 });
  await submitProgram(t, 'U0MGR');
  expect(await t.db.incentiveProgram.count()).toBe(1);
  t.clock.set('2026-11-03T15:00:00Z');
  await logCalls(t, rep, 2, new Date('2026-11-03T10:00:00Z'));
  const text = textOf((await openHome(t, 'U0REP')).blocks);
  expect(text).toContain('Incentive programs');
  expect(text).toContain('*November Blitz*');
  const order = ['Today: *2* of 4', 'Incentive programs', 'Your last calls'].map((part) => text.indexOf(part));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});
