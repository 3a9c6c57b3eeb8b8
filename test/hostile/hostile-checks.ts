/** Assertions shared by the hostile-input suite: row counts of every table, and what the user was told. */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { Prisma } from '../../src/generated/sqlite/client.js';
import { LANGUAGES, translator } from '../../src/i18n/index.js';
import type { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import type { DriverResponse } from '../../src/slack-standin/slack-driver.js';
import { ADMIN_ID, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * HomeView is left out: it caches the hash of the Home last published, written after the ack when an
 * earlier case logged a call (so it may land during the next case); it holds no user input.
 */
const MODELS = Object.values(Prisma.ModelName).filter((model) => model !== 'HomeView');

/** Rows per table (every model), in one round trip. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const sql = `SELECT ${MODELS.map((model) => `(SELECT COUNT(*) FROM "${model}") AS "${model}"`).join(', ')}`;
  const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  return Object.fromEntries(MODELS.map((model) => [model, Number(row?.[model])]));
}

export const GENERIC_ERRORS = LANGUAGES.map((language) => translator(language)('common.something_went_wrong'));

const textsSentTo = (fake: FakeSlack): string[] => [
  ...fake.responses.map((response) => JSON.stringify(response.body)),
  ...['chat.postMessage', 'chat.postEphemeral'].flatMap((method) => fake.callsTo(method).map((call) => JSON.stringify(call.args))),
];

/** Nothing Slack received (ack, response_url, DM) is the generic "something went wrong". */
export function expectNoGenericError(fake: FakeSlack, res: DriverResponse): void {
  for (const text of [res.text, ...textsSentTo(fake)]) {
    for (const generic of GENERIC_ERRORS) expect(text).not.toContain(generic);
  }
}

/**
 * The user hears something specific: an ephemeral ack with text, or (for an empty ack) a modal or a
 * response_url message — never silence and never the generic error.
 */
export async function expectClearReply(fake: FakeSlack, res: DriverResponse): Promise<void> {
  if (typeof res.json?.text === 'string') {
    expect(res.json.text.trim()).not.toBe('');
    expect(res.json.response_type ?? 'ephemeral').toBe('ephemeral');
  } else {
    await Promise.any([fake.waitFor('views.open'), fake.waitForResponse()]);
  }
  expectNoGenericError(fake, res);
}

/** The process still serves a valid request after the hostile ones. */
export async function expectStillServing(t: TestApp): Promise<void> {
  const res = await t.driver.command(ADMIN_ID, '/outfield', 'help');
  expect(res.status).toBe(200);
  expect(res.json?.text).toContain('/call');
}

/**
 * One app for the file, with the admin already a member (their first contact stores rows, which
 * must not count against the first hostile case). Read `app()` inside tests.
 */
export function useWarmApp(): () => TestApp {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp();
    t.fake.addUser({ id: ADMIN_ID });
    await t.driver.command(ADMIN_ID, '/outfield', 'help');
  });
  afterAll(() => t?.close());
  beforeEach(() => t?.fake.reset());
  return () => {
    if (!t) throw new Error('the app is not started yet');
    return t;
  };
}
