import { createOutfield } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/client.js';
import { createLog } from '../../src/log.js';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';

/** Tuesday 24 November 2026, 16:00 UTC: the workspace's default nudge time in every zone below. */
export const DUE_MINUTE = new Date('2026-11-24T16:00:00Z');
/** Four zones at UTC+0 in November, so every rep's 16:00 falls in the same UTC minute. */
const ZONES = ['UTC', 'Europe/London', 'Africa/Abidjan', 'Atlantic/Reykjavik'];
/** Rows per createMany: SQLite through Prisma accepts at most 999 parameters per statement. */
const ROWS = 50;
const GIVE_UP_MS = 180_000;

/** The due minute's start at `start()`, then running with the wall clock (retries after Retry-After come due). */
class RunningClock implements Clock {
  private startedAt: number | undefined;
  constructor(private readonly from: Date) {}
  start(): number {
    this.startedAt = Date.now();
    return this.startedAt;
  }
  now(): Date {
    return new Date(this.from.getTime() + (this.startedAt === undefined ? 0 : Date.now() - this.startedAt));
  }
}

/** `reps` employees with a daily quota of 5 and no calls, spread over the zones. */
async function seedReps(db: Db, workspaceId: string, reps: number): Promise<void> {
  await db.workspace.create({ data: { id: workspaceId } });
  const ids = Array.from({ length: reps }, (_, n) => `nrep${String(n).padStart(6, '0')}`);
  for (let at = 0; at < reps; at += ROWS) {
    const chunk = ids.slice(at, at + ROWS);
    await db.member.createMany({ data: chunk.map((id, i) => ({ id, workspaceId, slackUserId: `U${id}`, tz: ZONES[(at + i) % ZONES.length] as string })) });
    await db.quota.createMany({ data: chunk.map((memberId) => ({ workspaceId, scope: 'rep' as const, memberId, daily: 5, weekly: 25 })) });
  }
}

export type FanoutResult = {
  /** ms from the due minute's start to the fake Slack accepting the last rep's first nudge; undefined if not all got one. */
  allSentMs: number | undefined;
  firstSentMs: number | undefined;
  delivered: number;
  nudgedReps: number;
  rateLimited: number;
  statuses: Record<string, number>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Seeds `reps` on the migrated database at `databaseUrl`, starts the real app with its real minute
 * tick and retry poll (scheduling 'timer') at the due minute, and watches the fake Slack until every
 * rep has a nudge and the outbox has nothing pending or in flight.
 */
export async function runFanout(databaseUrl: string, reps: number, options: { rateLimitFraction?: number } = {}): Promise<FanoutResult> {
  const fake = await FakeSlack.start();
  const database = await openDatabase(databaseUrl);
  const clock = new RunningClock(DUE_MINUTE);
  try {
    await seedReps(database.db, fake.teamId, reps);
    if (options.rateLimitFraction) fake.rateLimitFraction('chat.postMessage', options.rateLimitFraction, 1);
    const config = loadConfig({
      SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: 'bench-secret', SLACK_API_URL: fake.apiUrl,
      PORT: '0', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent',
    });
    const outfield = createOutfield({ config, db: database.db, clock, log: createLog(config.logLevel), scheduling: 'timer' });
    const nudged = new Set<string>();
    let seen = 0;
    let allSentAt: number | undefined;
    // The tick runs inside start() (its catch-up run), so app start-up counts against the figure too.
    const startedAt = clock.start();
    try {
      await outfield.start();
      while (Date.now() - startedAt < GIVE_UP_MS) {
        for (; seen < fake.calls.length; seen += 1) {
          const call = fake.calls[seen];
          if (call?.method !== 'chat.postMessage' || call.fault !== undefined) continue;
          nudged.add(String(call.args.channel));
          if (nudged.size === reps && allSentAt === undefined) allSentAt = call.at;
        }
        const busy = await database.db.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
        if (allSentAt !== undefined && busy === 0) break;
        await sleep(50);
      }
    } finally {
      await outfield.stop();
    }
    const delivered = fake.delivered('chat.postMessage');
    const groups = await database.db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    return {
      allSentMs: allSentAt === undefined ? undefined : allSentAt - startedAt,
      firstSentMs: delivered[0] ? delivered[0].at - startedAt : undefined,
      delivered: delivered.length,
      nudgedReps: new Set(delivered.map((call) => String(call.args.channel))).size,
      rateLimited: fake.callsTo('chat.postMessage').filter((call) => call.fault === 'ratelimited').length,
      statuses: Object.fromEntries(groups.map((g) => [g.status, g._count._all])),
    };
  } finally {
    await database.close();
    await fake.close();
  }
}
