import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_ID, startTestApp, type TestApp } from '../support/test-app.js';
import { expectClearReply, expectStillServing, rowCounts } from './hostile-checks.js';
import { commandTargets } from './hostile-targets.js';
import { HOSTILE_VALUES } from './hostile-values.js';

/** Tables a command's free text may legitimately write to (SPEC §3: `/call <account>: <notes>` logs a call). */
const MAY_STORE: Readonly<Record<string, readonly string[]>> = { '/call': ['Call', 'Account', 'AuditEntry'] };

const targets = commandTargets();
const cases = targets.flatMap(({ command, subcommands }) =>
  subcommands.flatMap((sub) =>
    HOSTILE_VALUES.map(([family, value]) => ({ command, sub: sub || '(text only)', family, text: sub ? `${sub} ${value}` : value, mayStore: sub ? [] : (MAY_STORE[command] ?? []) })),
  ),
);

const without = (counts: Record<string, number>, tables: readonly string[]) =>
  Object.fromEntries(Object.entries(counts).filter(([table]) => !tables.includes(table)));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.fake.addUser({ id: ADMIN_ID });
  await t.driver.command(ADMIN_ID, '/outfield', 'help');
});
afterAll(() => t.close());
beforeEach(() => t.fake.reset());

describe('hostile text in every slash command and subcommand', () => {
  it('covers every command of manifest.yml with at least 200 generated cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.command))).toEqual(new Set(targets.map((target) => target.command)));
  });

  it.each(cases)('$command $sub with $family: 200, a clear ephemeral reply, nothing stored', async ({ command, text, mayStore }) => {
    const before = await rowCounts(t.db);
    const res = await t.driver.command(ADMIN_ID, command, text);
    expect(res.status).toBe(200);
    await expectClearReply(t.fake, res);
    expect(without(await rowCounts(t.db), mayStore)).toEqual(without(before, mayStore));
  });

  it('still serves a valid command afterwards', async () => {
    await expectStillServing(t);
  });
});
