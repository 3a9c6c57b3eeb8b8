import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: 'secret' };

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'file:./data/outfield.db',
      adminIds: [],
      logLevel: 'info',
      sendBudget: 300,
      slack: { apiUrl: 'https://slack.com/api/', appToken: undefined },
    });
  });

  it.each([
    [{}, /^Outfield cannot start: SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_SIGNING_SECRET is missing/],
    [{ ...valid, SLACK_BOT_TOKEN: 'xoxp-user' }, /SLACK_BOT_TOKEN must be a bot token starting with xoxb-/],
    [{ ...valid, SLACK_APP_TOKEN: 'nope' }, /SLACK_APP_TOKEN must be an app-level token/],
    [{ ...valid, PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ ...valid, DATABASE_URL: 'mysql://db/x' }, /DATABASE_URL must start with file:/],
    [{ ...valid, OUTFIELD_ADMINS: 'U1ABC,bob' }, /OUTFIELD_ADMINS must list Slack user IDs/],
    [{ ...valid, LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ ...valid, SLACK_API_URL: 'not a url' }, /SLACK_API_URL must be a URL/],
    [{ ...valid, OUTFIELD_SEND_BUDGET: 'lots' }, /OUTFIELD_SEND_BUDGET must be a number of messages per minute/],
    [{ ...valid, OUTFIELD_SEND_BUDGET: '0' }, /OUTFIELD_SEND_BUDGET must be at least 1/],
    [{ ...valid, OUTFIELD_SEND_BUDGET: '12.5' }, /OUTFIELD_SEND_BUDGET must be a whole number/],
  ])('rejects %j with one line naming the variable', (env, message) => {
    const text = errorOf(env as Record<string, string>);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it('needs no signing secret in Socket Mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.appToken).toBe('xapp-1');
  });

  it('treats a blank variable as unset and splits admin IDs', () => {
    const config = loadConfig({ ...valid, PORT: '', OUTFIELD_ADMINS: ' U1ABC , W2DEF ,', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(config.port).toBe(3000);
    expect(config.adminIds).toEqual(['U1ABC', 'W2DEF']);
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('reads the send budget per minute', () => {
    expect(loadConfig({ ...valid, OUTFIELD_SEND_BUDGET: '600' }).sendBudget).toBe(600);
  });
});
