import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseSalesCsv } from '../../src/features/reports/sales-import-rules.js';
import { importSales } from '../../src/features/reports/sales-import-service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WS = 'T0IMPORT';
const TODAY = '2026-11-12';
let database: TestDatabase;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'outfield-import-'));
});
afterAll(() => database.close());
beforeEach(async () => {
  const { db } = database;
  await db.importedSale.deleteMany();
  await db.member.deleteMany();
  await db.account.deleteMany();
  await db.workspace.deleteMany();
  await db.workspace.create({ data: { id: WS } });
  await db.member.create({ data: { workspaceId: WS, slackUserId: 'U0MARIA', email: 'maria@example.com' } });
  await db.member.create({ data: { workspaceId: WS, slackUserId: 'U0BUDI' } });
  await db.account.create({ data: { workspaceId: WS, name: 'Acme Corp', normalizedName: 'acme corp' } });
});

const GOOD = [
  'date,rep,account,amount',
  '2025-11-03,U0MARIA,Acme Corp,12500.50',
  '2025-11-03,MARIA@example.com,"Globex, Inc.",800',
  '2025-12-01,U0BUDI,ACME corp,"1,000"',
  '2025-12-01,U0BUDI,ACME corp,"1,000"',
].join('\r\n');

const run = (csv: string) => {
  const parsed = parseSalesCsv(csv, TODAY);
  return parsed.bad.length > 0 ? { imported: 0, alreadyImported: 0, bad: parsed.bad } : importSales(database.db, WS, parsed.rows);
};

describe('importing historic sales', () => {
  it('imports a good file: reps by Slack ID or email, accounts matched case-insensitively or created', async () => {
    expect(await run(GOOD)).toEqual({ imported: 4, alreadyImported: 0, bad: [] });
    const sales = await database.db.importedSale.findMany({ orderBy: [{ day: 'asc' }, { amount: 'desc' }] });
    expect(sales.map((s) => [s.day, Number(s.amount)])).toEqual([['2025-11-03', 12500.5], ['2025-11-03', 800], ['2025-12-01', 1000], ['2025-12-01', 1000]]);
    const accounts = await database.db.account.findMany({ orderBy: { name: 'asc' } });
    expect(accounts.map((a) => a.name)).toEqual(['Acme Corp', 'Globex, Inc.']);
    expect(await database.db.call.count()).toBe(0);
  });

  it('adds nothing when the same file is imported again, and only new rows from a longer one', async () => {
    await run(GOOD);
    expect(await run(GOOD)).toEqual({ imported: 0, alreadyImported: 4, bad: [] });
    expect(await run(`${GOOD}\r\n2025-12-02,U0BUDI,Acme Corp,5`)).toEqual({ imported: 1, alreadyImported: 4, bad: [] });
    expect(await database.db.importedSale.count()).toBe(5);
  });

  it('imports nothing from a file with bad rows and names each bad line with its reason', async () => {
    const csv = [
      'date,rep,account,amount',
      '2025-11-03,U0MARIA,Acme Corp,100',
      '2025-02-30,U0MARIA,Acme Corp,100',
      '2027-01-01,U0MARIA,Acme Corp,100',
      '2025-11-03,nobody,Acme Corp,100',
      '2025-11-03,U0MARIA,,100',
      '2025-11-03,U0MARIA,Acme Corp,-5',
      '2025-11-03,U0MARIA,Acme Corp,12.345',
      '2025-11-03,U0MARIA,Acme Corp',
    ].join('\n');
    const result = await run(csv);
    expect(result.imported).toBe(0);
    expect(result.bad.map((b) => b.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(result.bad[0]?.reason).toContain('not a date');
    expect(result.bad[1]?.reason).toContain('in the future');
    expect(result.bad[2]?.reason).toContain('neither a Slack user ID');
    expect(result.bad[3]?.reason).toBe('account is empty');
    expect(result.bad[4]?.reason).toContain('not an amount');
    expect(result.bad[6]?.reason).toContain('has 3 fields');
    expect(await database.db.importedSale.count()).toBe(0);
  });

  it('imports nothing when a rep is not a known member', async () => {
    const result = await run('date,rep,account,amount\n2025-11-03,U0MARIA,Acme,1\n2025-11-04,ghost@example.com,Acme,2\n');
    expect(result.bad).toEqual([{ line: 3, reason: 'rep ghost@example.com is not a member Outfield knows in this workspace' }]);
    expect(await database.db.importedSale.count()).toBe(0);
    expect(await database.db.account.count()).toBe(1);
  });

  it.each([
    ['a missing column', 'date,rep,amount\n2025-11-03,U0MARIA,1\n', 'the header lacks account'],
    ['an unclosed quote', 'date,rep,account,amount\n2025-11-03,U0MARIA,"Acme,1\n', 'not valid CSV'],
    ['no rows', 'date,rep,account,amount\n', 'no rows'],
  ])('refuses %s', async (_name, csv, reason) => {
    const result = await run(csv);
    expect(result.bad[0]?.reason).toContain(reason);
    expect(await database.db.importedSale.count()).toBe(0);
  });
});

describe('npm run import-sales', () => {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const cli = (file: string) =>
    promisify(execFile)(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'src/cli/import-sales.ts'), file], {
      cwd: dir, env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url },
    }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

  it('imports a file and says how many rows; a bad file exits 1 listing its lines', async () => {
    const good = path.join(dir, 'good.csv');
    await writeFile(good, GOOD);
    const first = await cli(good);
    expect(first.stdout).toContain('imported 4 sale(s); 0 already imported');
    expect(first.code).toBe(0);
    const bad = path.join(dir, 'bad.csv');
    await writeFile(bad, 'date,rep,account,amount\n2025-11-03,U0MARIA,Acme,abc\n');
    const second = await cli(bad);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('line 2: amount "abc" is not an amount');
    expect(second.stderr).toContain('nothing was imported');
    expect(await database.db.importedSale.count()).toBe(4);
  }, 60_000);
});
