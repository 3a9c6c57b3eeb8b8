import { createOutfield } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/client.js';
import { attestationPeriodOf } from '../../src/features/disclosures/rules.js';
import { createLog } from '../../src/log.js';
import { FakeSlack, type FakeLimits } from '../../src/slack-standin/fake-slack.js';
import { ScaledClock } from '../support/scaled-clock.js';
import { fanoutProbe, type AckLatencies } from './fanout-probe.js';

/** Tuesday 24 November 2026, 16:00 UTC: the workspace's default nudge time in every zone below. */
export const DUE_MINUTE = new Date('2026-11-24T16:00:00Z');
/** Four zones at UTC+0 in November, so every rep's 16:00 falls in the same UTC minute. */
const ZONES = ['UTC', 'Europe/London', 'Africa/Abidjan', 'Atlantic/Reykjavik'];
const ATTESTED_PERIOD = attestationPeriodOf(DUE_MINUTE.toISOString().slice(0, 10), 3);
/** Rows per createMany: SQLite through Prisma accepts at most 999 parameters per statement. */
const ROWS = 50;
const GIVE_UP_MS = 300_000;
/** OUTFIELD_SEND_BUDGET when Slack has no limit: the pacer then never waits, so the app's own ceiling shows. */
const NO_LIMIT_BUDGET = 100_000;

const REP_ID_PREFIX = 'nrep';
/** The DM channel of a seeded rep (their Slack user id); the probe's own users post elsewhere. */
const isRepChannel = (channel: string): boolean => channel.startsWith(`U${REP_ID_PREFIX}`);

/**
 * `reps` employees with a daily quota of 5 and no calls, spread over the zones, who have already
 * attested this quarter's disclosures (otherwise the first-use prompt would double the fan-out).
 */
export async function seedReps(db: Db, workspaceId: string, reps: number): Promise<void> {
  await db.workspace.create({ data: { id: workspaceId } });
  const ids = Array.from({ length: reps }, (_, n) => `${REP_ID_PREFIX}${String(n).padStart(6, '0')}`);
  for (let at = 0; at < reps; at += ROWS) {
    const chunk = ids.slice(at, at + ROWS);
    await db.member.createMany({ data: chunk.map((id, i) => ({ id, workspaceId, slackUserId: `U${id}`, tz: ZONES[(at + i) % ZONES.length] as string })) });
    await db.quota.createMany({ data: chunk.map((memberId) => ({ workspaceId, scope: 'rep' as const, memberId, daily: 5, weekly: 25 })) });
    await db.attestation.createMany({ data: chunk.map((memberId) => ({ memberId, period: ATTESTED_PERIOD, kind: 'nothing_to_disclose' as const })) });
  }
}

export type FanoutResult = {
  /** ms from the due minute's start to the fake Slack accepting the last rep's first nudge; undefined if not all got one. */
  allSentMs: number | undefined;
  firstSentMs: number | undefined;
  /** Posts a minute Slack accepted between the first and the last nudge. */
  achievedPerMinute: number | undefined;
  /** Posts Slack accepted to the seeded reps, and the reps they reached. */
  delivered: number;
  nudgedReps: number;
  /** Channels of the other posts Slack accepted (to the probe's callers), not counted as nudges. */
  otherPosts: string[];
  /** chat.postMessage calls answered 429, and all calls made while a Retry-After was in force. */
  rateLimited: number;
  posts: number;
  callsDuringRetryAfter: number;
  acks: AckLatencies;
  statuses: Record<string, number>;
};

export type FanoutOptions = {
  /** Slack's chat.postMessage limit per minute (the app's OUTFIELD_SEND_BUDGET too); undefined: no limit at all. */
  limitPerMinute?: number;
};

/** A strict Slack: the limit, and at most two seconds of it at once. */
const limitsOf = (perMinute: number | undefined): FakeLimits =>
  perMinute === undefined ? { off: true } : { methods: { 'chat.postMessage': { perMinute, burst: perMinute / 30 } } };

/**
 * Seeds `reps` on the migrated database at `databaseUrl`, starts the real app with its real minute
 * tick and retry poll (scheduling 'timer') at the due minute, answers `/call` commands throughout,
 * and watches the fake Slack until every rep has a nudge and the outbox has nothing pending or in flight.
 */
export async function runFanout(databaseUrl: string, reps: number, options: FanoutOptions = {}): Promise<FanoutResult> {
  const clock = new ScaledClock(DUE_MINUTE);
  const fake = await FakeSlack.start({ clock, limits: limitsOf(options.limitPerMinute) });
  // As the app opens it (start-outfield.ts): on SQLite the write-ahead log is checkpointed from a worker.
  const database = await openDatabase(databaseUrl, { checkpointInBackground: { onError: (error) => { throw error; } } });
  try {
    await seedReps(database.db, fake.teamId, reps);
    const config = loadConfig({
      SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: 'bench-secret', SLACK_API_URL: fake.apiUrl,
      PORT: '0', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', OUTFIELD_SEND_BUDGET: String(options.limitPerMinute ?? NO_LIMIT_BUDGET),
    });
    const outfield = createOutfield({ config, db: database.db, clock, log: createLog(config.logLevel), scheduling: 'timer' });
    const nudged = new Set<string>();
    let seen = 0;
    let allSentAt: number | undefined;
    let acks: AckLatencies = { during: [], idle: [] };
    // The tick runs inside start() (its catch-up run), so app start-up counts against the figure too.
    clock.set(DUE_MINUTE);
    const startedAt = Date.now();
    try {
      const { port } = await outfield.start();
      const probe = fanoutProbe({ fake, appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: 'bench-secret' });
      await probe.warm();
      while (Date.now() - startedAt < GIVE_UP_MS) {
        for (; seen < fake.calls.length; seen += 1) {
          const call = fake.calls[seen];
          if (call?.method !== 'chat.postMessage' || call.fault !== undefined || !isRepChannel(String(call.args.channel))) continue;
          nudged.add(String(call.args.channel));
          if (nudged.size === reps && allSentAt === undefined) allSentAt = call.at;
        }
        const busy = await database.db.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
        if (allSentAt !== undefined && busy === 0) break;
        await probe.during();
      }
      acks = await probe.idle();
    } finally {
      await outfield.stop();
    }
    const delivered = fake.delivered('chat.postMessage');
    const toReps = delivered.filter((call) => isRepChannel(String(call.args.channel)));
    const first = delivered[0]?.at;
    const last = delivered.at(-1)?.at;
    const groups = await database.db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    const callsDuringRetryAfter = fake.callsDuringRetryAfter().length;
    fake.acceptCallsDuringRetryAfter(); // reported below, not thrown at close
    return {
      allSentMs: allSentAt === undefined ? undefined : allSentAt - startedAt,
      firstSentMs: first === undefined ? undefined : first - startedAt,
      achievedPerMinute: first !== undefined && last !== undefined && last > first ? ((delivered.length - 1) * 60_000) / (last - first) : undefined,
      delivered: toReps.length,
      nudgedReps: new Set(toReps.map((call) => String(call.args.channel))).size,
      otherPosts: [...new Set(delivered.map((call) => String(call.args.channel)).filter((channel) => !isRepChannel(channel)))],
      rateLimited: fake.callsTo('chat.postMessage').filter((call) => call.fault === 'ratelimited').length,
      posts: fake.callsTo('chat.postMessage').length,
      callsDuringRetryAfter,
      acks,
      statuses: Object.fromEntries(groups.map((g) => [g.status, g._count._all])),
    };
  } finally {
    await database.close();
    await fake.close();
  }
}
