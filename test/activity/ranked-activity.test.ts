import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankedActivity, type RankedQuery } from '../../src/activity/ranked-activity.js';
import type { Db } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let db: Db;
/** Calls in November per rep: a tie on second place and one at zero. */
const CALLS: Record<string, number> = { UANA: 5, UBUDI: 3, UCITRA: 3, UDEWI: 1, UEKO: 0 };

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await db.workspace.create({ data: { id: 'T1' } });
  const account = await db.account.create({ data: { workspaceId: 'T1', name: 'Acme', normalizedName: 'acme' } });
  for (const [slackUserId, calls] of Object.entries(CALLS)) {
    const rep = await db.member.create({ data: { workspaceId: 'T1', slackUserId } });
    for (let n = 0; n < calls; n += 1) {
      const day = `2026-11-${String(n + 1).padStart(2, '0')}`;
      await db.call.create({ data: { workspaceId: 'T1', repId: rep.id, accountId: account.id, occurredAt: new Date(`${day}T12:00:00Z`), localDay: day, localWeek: '2026-W45' } });
    }
  }
});
afterAll(() => database.close());

const november = { workspaceId: 'T1', fromDay: '2026-11-01', toDay: '2026-11-30', metric: 'calls', managerId: null } as const;
const standings = async (query: Partial<RankedQuery> & { places: number }) => {
  const result = await rankedActivity(db, { ...november, includeInactive: false, ...query });
  return { participants: result.participants, rows: result.rows.map((row) => [row.slackUserId, row.rank, row.value]) };
};
const idOf = async (slackUserId: string) => (await db.member.findFirstOrThrow({ where: { slackUserId } })).id;

describe('rankedActivity', () => {
  it('shows everyone tied on the last place shown, sharing the rank; the next rank skips', async () => {
    expect(await standings({ places: 2 })).toEqual({ participants: 4, rows: [['UANA', 1, 5], ['UBUDI', 2, 3], ['UCITRA', 2, 3]] });
    expect(await standings({ places: 4 })).toEqual({ participants: 4, rows: [['UANA', 1, 5], ['UBUDI', 2, 3], ['UCITRA', 2, 3], ['UDEWI', 4, 1]] });
  });

  it('ranks a rep asked for below the places shown, and with no places at all', async () => {
    const dewi = await idOf('UDEWI');
    expect(await standings({ places: 1, alsoRepIds: [dewi] })).toEqual({ participants: 4, rows: [['UANA', 1, 5], ['UDEWI', 4, 1]] });
    expect(await standings({ places: 0, alsoRepIds: [await idOf('UCITRA')] })).toEqual({ participants: 4, rows: [['UCITRA', 2, 3]] });
  });

  it('lists reps without activity last, at zero, when the program shows them', async () => {
    expect(await standings({ places: 10, includeInactive: true })).toEqual({
      participants: 5, rows: [['UANA', 1, 5], ['UBUDI', 2, 3], ['UCITRA', 2, 3], ['UDEWI', 4, 1], ['UEKO', 5, 0]],
    });
  });

  it('adds everyone at or over the target, ranked among all, when asked', async () => {
    const result = await rankedActivity(db, { ...november, includeInactive: false, places: 1, alsoReached: true, target: { absolute: 3 } });
    expect(result.rows.map((row) => [row.slackUserId, row.rank, row.reached])).toEqual([['UANA', 1, true], ['UBUDI', 2, true], ['UCITRA', 2, true]]);
    const shown = await rankedActivity(db, { ...november, includeInactive: false, places: 1, target: { absolute: 3 } });
    expect(shown.rows.map((row) => [row.slackUserId, row.reached])).toEqual([['UANA', true]]);
  });
});
