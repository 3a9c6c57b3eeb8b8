import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS } from '../../../src/features/disclosures/audit-export.js';
import { APPROVE_ACTION, AUDIT_EXPORT_KIND, WITHDRAW_ACTION } from '../../../src/features/disclosures/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { ADMIN_ID, latestDisclosure, MANAGER, REP, reviewPost, settle, submitDisclosure, submittedWithPost, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
useDisclosuresApp((app) => (t = app));

const SRC = path.resolve(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'generated') return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** A submission, an approval, a withdrawal and a "nothing to disclose": five state changes. */
async function someHistory() {
  await submitDisclosure(t, REP, { principal: stateValue.text('=cmd|"/c calc"!A1'), notes: stateValue.text('line one\nline "two", with comma') });
  const post = await reviewPost(t);
  await settle(t);
  const disclosure = await latestDisclosure(t, REP);
  t.clock.set('2026-11-23T16:00:00Z');
  await t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post });
  await t.fake.waitFor('chat.update');
  t.clock.set('2026-11-23T17:00:00Z');
  await t.driver.blockAction(REP, { actionId: WITHDRAW_ACTION, value: disclosure.id });
  await t.fake.waitFor('chat.update', (c) => JSON.stringify(c.args.blocks).includes('withdrawn'));
  await t.driver.command(MANAGER, '/disclose', 'none');
  await settle(t);
  return disclosure;
}

describe('append-only', () => {
  it('no code path updates or deletes a disclosure event or an audit entry', () => {
    const forbidden = /\b(disclosureEvent|auditEntry)\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b|"(DisclosureEvent|AuditEntry)"[^;]*\b(UPDATE|DELETE)\b|\b(UPDATE|DELETE FROM)\s+"?(DisclosureEvent|AuditEntry)/i;
    const offenders = sourceFiles(SRC).filter((file) => forbidden.test(readFileSync(file, 'utf8'))).map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('every state change adds a row and leaves the earlier rows exactly as they were', async () => {
    const { post, disclosure } = await submittedWithPost(t);
    const first = await t.db.disclosureEvent.findMany({ orderBy: { createdAt: 'asc' } });
    t.clock.set('2026-11-23T16:00:00Z');
    await t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post });
    await t.fake.waitFor('chat.update');
    const after = await t.db.disclosureEvent.findMany({ orderBy: { createdAt: 'asc' } });
    expect(after).toHaveLength(first.length + 1);
    expect(after.slice(0, first.length)).toEqual(first);
    expect(after.at(-1)).toMatchObject({ action: 'approved', actorSlackId: MANAGER, createdAt: new Date('2026-11-23T16:00:00Z') });
  });
});

describe('/outfield export audit', () => {
  it('uploads RFC 4180 CSV to the admin’s DM: a header and one row per state change', async () => {
    const disclosure = await someHistory();
    const res = await t.driver.command(ADMIN_ID, '/outfield', 'export audit');
    expect(res.json.text).toContain('arrives in your DM');
    await t.fake.waitFor('files.completeUploadExternal');
    const [file] = t.fake.uploadedFiles();
    expect(file?.channelId).toBe(`D${ADMIN_ID}`);
    expect(file?.filename).toBe('outfield-audit-2026-11-23.csv');
    const csv = file!.content.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(AUDIT_COLUMNS.join(','));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const events = await t.db.disclosureEvent.count();
    const audits = await t.db.auditEntry.count();
    expect(rows).toHaveLength(events + audits);
    const mine = rows.filter((r) => r.entity_id === disclosure.id).map((r) => [r.at, r.actor, r.action]);
    expect(mine).toEqual([
      ['2026-11-23T15:00:00.000Z', REP, 'submitted'],
      ['2026-11-23T16:00:00.000Z', MANAGER, 'approved'],
      ['2026-11-23T17:00:00.000Z', REP, 'withdrawn'],
    ]);
    expect(rows.filter((r) => r.entity === 'attestation').map((r) => [r.actor, r.action])).toEqual(
      expect.arrayContaining([[REP, 'disclosed'], [MANAGER, 'nothing_to_disclose']]));
    const submitted = rows.find((r) => r.entity_id === disclosure.id && r.action === 'submitted')!;
    expect(JSON.parse(submitted.details ?? "")).toMatchObject({ principal: '=cmd|"/c calc"!A1', notes: 'line one\nline "two", with comma' });
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });

  it('is for admins only: a manager is refused and nothing is queued', async () => {
    const res = await t.driver.command(MANAGER, '/outfield', 'export audit');
    expect(res.json.text).toContain('Only an Outfield admin');
    expect(await t.db.outboxMessage.count({ where: { kind: AUDIT_EXPORT_KIND } })).toBe(0);
  });

  it('refuses extra words', async () => {
    const res = await t.driver.command(ADMIN_ID, '/outfield', 'export audit 2026-01-01');
    expect(res.json.text).toContain('Usage: `/outfield export audit`');
    expect(await t.db.outboxMessage.count({ where: { kind: AUDIT_EXPORT_KIND } })).toBe(0);
  });
});
