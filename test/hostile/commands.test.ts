import { describe, expect, it } from 'vitest';
import { ADMIN_ID } from '../support/test-app.js';
import { expectClearReply, expectStillServing, rowCounts, useWarmApp } from './hostile-checks.js';
import { commandTargets } from './hostile-targets.js';
import { HOSTILE_VALUES } from './hostile-values.js';

/**
 * Tables a command may legitimately write to whatever follows it: `/call <text>` logs a call with any
 * text as the account (SPEC §3), so `/call list <junk>` is a call too, and `/call undo` deletes one.
 */
const MAY_STORE: Readonly<Record<string, readonly string[]>> = {
  // A call logged brings its rep's month, quarter and year totals (kept by triggers).
  '/call': ['Call', 'Account', 'AuditEntry', 'RepPeriodActivity'],
  // `/disclose none` followed by only white space is the command itself: it records the attestation.
  '/disclose': ['Attestation', 'AuditEntry'],
};

const targets = commandTargets();
const cases = targets.flatMap(({ command, subcommands }) =>
  subcommands.flatMap((sub) =>
    HOSTILE_VALUES.map(([family, value]) => ({ command, sub: sub || '(text only)', family, text: sub ? `${sub} ${value}` : value, mayStore: MAY_STORE[command] ?? [] })),
  ),
);

const without = (counts: Record<string, number>, tables: readonly string[]) =>
  Object.fromEntries(Object.entries(counts).filter(([table]) => !tables.includes(table)));

const app = useWarmApp();

describe('hostile text in every slash command and subcommand', () => {
  it('covers every command of manifest.yml with at least 200 generated cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.command))).toEqual(new Set(targets.map((target) => target.command)));
  });

  it.each(cases)('$command $sub with $family: 200, a clear ephemeral reply, no row the command may not write', async ({ command, text, mayStore }) => {
    const before = await rowCounts(app().db);
    const res = await app().driver.command(ADMIN_ID, command, text);
    expect(res.status).toBe(200);
    await expectClearReply(app().fake, res);
    expect(without(await rowCounts(app().db), mayStore)).toEqual(without(before, mayStore));
  });

  it('still serves a valid command afterwards', async () => {
    await expectStillServing(app());
  });
});
