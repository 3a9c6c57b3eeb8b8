import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const REP = 'U0METRIC';

beforeAll(async () => {
  t = await startTestApp();
  t.fake.addUser({ id: REP, tz: 'America/New_York' });
});
afterAll(() => t.close());

const scrape = async () => {
  const res = await fetch(`http://127.0.0.1:${t.port}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return res.text();
};
/** The value of one sample line, e.g. `outfield_calls_logged_total{path="ordinary"}`. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('GET /metrics', () => {
  it('counts acks per command, calls by path, actor cache use and Web API calls by method', async () => {
    await t.driver.command(REP, '/call', 'Acme Corp: first');
    await t.driver.command(REP, '/call', 'Acme Corp: second');
    await t.driver.command(REP, '/call', 'Acme Corp: third');
    await t.driver.command(REP, '/call', 'help');
    await t.fake.waitFor('users.info', (c) => c.args.user === REP);
    const text = await scrape();
    expect(sample(text, 'outfield_ack_seconds_count{kind="command",name="/call"}')).toBe(4);
    expect(sample(text, 'outfield_ack_seconds_bucket{le="3",kind="command",name="/call"}')).toBe(4);
    // The first call creates its account (ordinary path); the next two are one statement each.
    expect(sample(text, 'outfield_calls_logged_total{path="ordinary"}')).toBe(1);
    expect(sample(text, 'outfield_calls_logged_total{path="one_statement"}')).toBe(2);
    expect(sample(text, 'outfield_actor_cache_total{result="hit"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'outfield_slack_api_calls_total{method="users.info",outcome="answered"}')).toBeGreaterThanOrEqual(1);
  });

  it('counts a 429 from Slack as rate limited, by method', async () => {
    t.fake.failNext('users.info', { status: 429, retryAfterSeconds: 1 });
    await t.driver.command(ADMIN_ID, '/outfield', 'role <@U0LIMITED> manager');
    await t.fake.waitFor('users.info', (c) => c.args.user === 'U0LIMITED');
    await expect.poll(async () => sample(await scrape(), 'outfield_slack_api_calls_total{method="users.info",outcome="rate_limited"}')).toBe(1);
  });

  it('reports the outbox depth and the age of its oldest due message per kind', async () => {
    const now = t.clock.now();
    const dueAt = new Date(now.getTime() - 90_000);
    const later = new Date(now.getTime() + 3_600_000);
    await t.db.workspace.upsert({ where: { id: t.fake.teamId }, create: { id: t.fake.teamId }, update: {} });
    for (const n of [1, 2]) {
      await t.db.outboxMessage.create({
        data: { workspaceId: t.fake.teamId, kind: 'metrics.test', dedupeKey: `metrics:${n}`, target: 'U0X', slot: String(n), payload: '{}', dueAt, expiresAt: later, nextAttemptAt: dueAt },
      });
    }
    const text = await scrape();
    expect(sample(text, 'outfield_outbox_depth{kind="metrics.test"}')).toBe(2);
    expect(sample(text, 'outfield_outbox_oldest_due_age_seconds{kind="metrics.test"}')).toBe(90);
  });

  it('exposes RSS, event-loop delay and pacer waits', async () => {
    const text = await scrape();
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
    expect(text).toContain('# TYPE outfield_pacer_wait_seconds histogram');
  });
});
