import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { createLog } from '../../src/log.js';
import { PROGRAM_BLOCKS } from '../../src/features/incentives/ids.js';
import { MANAGER } from '../../src/sandbox/cast.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/sandbox.js';
import { localDayOf } from '../../src/time/local-time.js';
import { testProvider } from '../support/test-database-provider.js';
import { launchChromium, watchErrors } from './browser.js';

const en = translator('en');
const SAM = 'U0SBSAM';
// The README's screenshots are rewritten only when asked (OUTFIELD_UPDATE_SCREENSHOTS=1), so a test run
// leaves the work tree clean; otherwise they go to test-results/.
const SCREENSHOTS = path.resolve(process.env.OUTFIELD_UPDATE_SCREENSHOTS === '1' ? 'docs' : 'test-results');
const SCREENSHOT = path.join(SCREENSHOTS, 'sandbox.png');

type Focusable = { ownerDocument: { activeElement: unknown }; contains(node: unknown): boolean };
const isFocused = (el: unknown) => el === (el as Focusable).ownerDocument.activeElement;
const containsFocus = (el: unknown) => (el as Focusable).contains((el as Focusable).ownerDocument.activeElement);

// The sandbox runs on SQLite only, so its browser tests belong to the SQLite pass of `npm test`.
describe.skipIf(testProvider() !== 'sqlite')('the sandbox page in Chromium', () => {
  let dir: string;
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  const composer = () => page.getByRole('textbox', { name: 'Message' });
  const send = async (text: string) => {
    await composer().fill(text);
    await composer().press('Enter');
  };
  const callsOf = (slackUserId: string) => sandbox.running.database.db.call.findMany({ where: { rep: { slackUserId } }, include: { account: true } });
  const switchTo = (id: string) => page.locator('#who').selectOption(id);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'outfield-sandbox-'));
    sandbox = await startSandbox({ port: 0, databaseFile: path.join(dir, 'sandbox.db'), reset: true, log: createLog('silent'), logLevel: 'silent' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = watchErrors(page);
    await page.goto(`${sandbox.url}?as=${SAM}`);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('logs a call by quick syntax and shows the ephemeral reply', async () => {
    await send('/call Acme Corp: met the buyer, demo booked $1,200');
    const reply = page.locator('.msg.ephemeral').filter({ hasText: 'Logged your call with' });
    await expect.poll(() => reply.count()).toBe(1);
    expect(await reply.locator('.only-you').textContent()).toContain('Only visible to you');
    expect((await callsOf(SAM)).map((call) => call.account.name)).toEqual(['Acme Corp']);
  });

  it('logs a call through the modal, with an inline error first and nothing stored for it', async () => {
    await send('/call');
    const modal = page.getByRole('dialog', { name: en('calls.modal_title') });
    await modal.waitFor();
    const account = modal.locator('#in-calls_account');
    await account.fill('Globex');
    await expect.poll(() => modal.locator('datalist option').count()).toBeGreaterThan(0);
    await account.fill(en('calls.new_account_option', { name: 'Globex' }));
    await modal.getByLabel(en('calls.label_value', { currency: 'USD' })).fill('lots');
    await modal.getByRole('button', { name: en('common.save') }).click();
    await expect.poll(() => modal.locator('.sk-error').textContent()).toBe(en('calls.value_modal_invalid'));
    expect(await callsOf(SAM)).toHaveLength(1);
    await modal.getByLabel(en('calls.label_value', { currency: 'USD' })).fill('2500');
    await modal.getByRole('button', { name: en('common.save') }).click();
    await modal.waitFor({ state: 'detached' });
    expect((await callsOf(SAM)).map((call) => call.account.name).sort()).toEqual(['Acme Corp', 'Globex']);
  });

  it('lets the manager set a quota, and shows her reply to her only', async () => {
    await switchTo(MANAGER.id);
    await send('/quota set @sam daily 8 weekly 40');
    await expect.poll(() => page.locator('.msg.ephemeral').filter({ hasText: 'Sam Carter' }).count()).toBe(1);
    const quota = await sandbox.running.database.db.quota.findFirst({ where: { member: { slackUserId: SAM } } });
    expect(quota).toMatchObject({ daily: 8, weekly: 40 });
  });

  it("sends the rep's nudge at 16:00 and the Snooze button answers in place", async () => {
    await switchTo(SAM);
    await page.getByRole('button', { name: '16:00 for each rep' }).click();
    await page.getByRole('button', { name: /^Outfield/ }).click();
    const nudge = page.locator('.msg').filter({ has: page.getByRole('button', { name: 'Snooze today' }) });
    await expect.poll(() => nudge.count()).toBe(1);
    expect(await nudge.textContent()).toContain('2 of 8 calls today');
    await page.screenshot({ path: SCREENSHOT });
    await nudge.getByRole('button', { name: 'Snooze today' }).click();
    await expect.poll(() => page.locator('.msg').filter({ hasText: en('quotas.snoozed') }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Snooze today' }).count()).toBe(0);
  });

  it('asks before deleting from /call list (Cancel keeps the call, confirm deletes it)', async () => {
    await page.getByRole('button', { name: '# general' }).click();
    await send('/call list');
    const row = page.locator('.sk-actions').filter({ has: page.getByRole('button', { name: en('calls.delete') }) }).last();
    await row.waitFor();
    const dialog = page.getByRole('dialog', { name: en('calls.delete_confirm_title') });
    await row.getByRole('button', { name: en('calls.delete') }).click();
    await dialog.getByRole('button', { name: en('common.cancel') }).click();
    expect(await callsOf(SAM)).toHaveLength(2);
    await row.getByRole('button', { name: en('calls.delete') }).click();
    await dialog.getByRole('button', { name: en('calls.delete') }).click();
    await expect.poll(async () => (await callsOf(SAM)).length).toBe(1);
  });

  it('opens the App Home and shows what the app publishes there', async () => {
    await page.getByRole('button', { name: /^Outfield/ }).click();
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    const pane = page.locator('#pane');
    await expect.poll(() => pane.getByRole('button', { name: en('quotas.home_time_off') }).count()).toBe(1);
    expect(await pane.getByRole('button', { name: en('calls.home_log_call') }).count()).toBe(1);
    expect(await page.locator('#composer').isHidden()).toBe(true);
  });

  it('reaches the composer and modal fields with the keyboard', async () => {
    await page.getByRole('button', { name: 'Messages', exact: true }).click();
    await page.locator('body').focus();
    for (let n = 0; n < 30 && !(await composer().evaluate(isFocused)); n += 1) await page.keyboard.press('Tab');
    expect(await composer().evaluate(isFocused)).toBe(true);
    await page.keyboard.type('/call');
    await page.keyboard.press('Enter');
    const modal = page.getByRole('dialog', { name: en('calls.modal_title') });
    await modal.waitFor();
    expect(await modal.evaluate(containsFocus)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await modal.evaluate(containsFocus)).toBe(true);
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
  });

  it('starts a program from the modal (channel picked from the sidebar\'s), and "End of the program" brings its final results', async () => {
    const endButton = page.getByRole('button', { name: 'End of the program' });
    expect(await endButton.isVisible()).toBe(false);
    await switchTo(MANAGER.id);
    await send('/incentive new');
    const modal = page.getByRole('dialog', { name: en('incentives.modal_title') });
    await modal.waitFor();
    await modal.getByLabel(en('incentives.label_name')).fill('Browser sprint');
    await modal.locator(`#in-${PROGRAM_BLOCKS.endDate}`).fill(localDayOf(sandbox.clock.now(), MANAGER.tz));
    await modal.getByLabel(en('incentives.label_prize')).fill('Lunch');
    await modal.locator(`#in-${PROGRAM_BLOCKS.channel}`).selectOption({ label: '# sales-leaderboard' });
    await modal.getByRole('button', { name: en('incentives.modal_submit') }).click();
    await modal.waitFor({ state: 'detached' });
    await endButton.waitFor();
    await endButton.click();
    await endButton.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '# sales-leaderboard' }).click();
    const final = page.locator('.msg').filter({ hasText: en('incentives.final_title', { name: 'Browser sprint' }) });
    await expect.poll(() => final.count()).toBe(1);
  }, 30_000);

  it('fits a phone: the sidebar opens from the menu button', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator('.sidebar').boundingBox().then((box) => (box?.x ?? 0) + (box?.width ?? 0))).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Channels and people' }).click();
    await page.getByRole('button', { name: '# general' }).click();
    expect(await page.locator('#channel-name').textContent()).toBe('# general');
    const overflow = await page.evaluate(() => {
      const { document, innerWidth } = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
      return document.documentElement.scrollWidth - innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sandbox-phone.png') });
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
