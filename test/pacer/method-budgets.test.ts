import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_SHARE, CHANNEL_RULE, maxInFlightOf, METHOD_TIERS, methodRule } from '../../src/pacer/method-budgets.js';
import { batchSizeOf } from '../../src/scheduler/app-scheduler.js';
import { methodSpecDir } from '../../src/slack-standin/fake-slack-spec.js';

describe('method budgets', () => {
  it.each(Object.entries(METHOD_TIERS))('%s has the tier of the Slack method reference', async (method, tier) => {
    const spec = JSON.parse(await readFile(path.join(methodSpecDir, `${method}.json`), 'utf8')) as { rate_limits: string };
    expect(spec.rate_limits).toBe(tier === 'special' ? 't5' : `t${tier}`);
  });

  it.each([
    ['chat.postMessage', 300, 285],
    ['chat.postMessage', 6000, 5700],
    ['views.publish', 300, 95],
    ['chat.update', 300, 47.5],
    ['conversations.open', 300, 47.5],
    ['an.unknownMethod', 300, 47.5],
  ])('%s at a send budget of %i gets %d calls a minute in the background', (method, budget, perMinute) => {
    expect(methodRule(method, budget).perMinute).toBeCloseTo(perMinute);
  });

  it('leaves headroom for replies to the user and bursts at most one second of budget', () => {
    expect(BACKGROUND_SHARE).toBeLessThan(1);
    expect(methodRule('chat.postMessage', 300).burst).toBeCloseTo(4.75);
    expect(methodRule('users.list', 300).burst).toBe(1);
    expect(CHANNEL_RULE.perMinute).toBe(60);
  });

  it.each([
    [300, 1],
    [1200, 4],
    [6000, 19],
  ])('keeps %i posts a minute going with %i call(s) in flight', (budget, inFlight) => {
    expect(maxInFlightOf(methodRule('chat.postMessage', budget))).toBe(inFlight);
  });

  it.each([
    [300, 95],
    [60, 19],
    [10, 10],
    [100_000, 200],
  ])('claims batches the budget sends in about 20 s (%i/min → %i rows)', (budget, rows) => {
    expect(batchSizeOf(budget)).toBe(rows);
  });
});
