import { z } from 'zod';
import { DEFAULT_DATABASE_URL, providerOf } from './db/provider.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const configSchema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string({ error: 'is missing: set the bot token (xoxb-…) from your Slack app’s OAuth & Permissions page' })
      .regex(/^xoxb-\S+$/, { error: 'must be a bot token starting with xoxb-' }),
    SLACK_SIGNING_SECRET: z.string().min(1, { error: 'must not be empty' }).optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-\S+$/, { error: 'must be an app-level token starting with xapp- (or unset for HTTP mode)' })
      .optional(),
    SLACK_API_URL: z.url({ error: 'must be a URL such as https://slack.com/api/' }).default('https://slack.com/api/'),
    PORT: z.coerce
      .number({ error: 'must be a port number' })
      .int({ error: 'must be a whole port number' })
      .min(0, { error: 'must be between 0 and 65535' })
      .max(65535, { error: 'must be between 0 and 65535' })
      .default(3000),
    DATABASE_URL: z
      .string()
      .refine((url) => providerOf(url) !== undefined, {
        error: 'must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)',
      })
      .default(DEFAULT_DATABASE_URL),
    OUTFIELD_ADMINS: z
      .string()
      .default('')
      .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]+$/, { error: 'must list Slack user IDs like U012ABCDEF, separated by commas' }))),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    OUTFIELD_SEND_BUDGET: z.coerce
      .number({ error: 'must be a number of messages per minute, e.g. 300' })
      .int({ error: 'must be a whole number of messages per minute, e.g. 300' })
      .min(1, { error: 'must be at least 1 message per minute' })
      .max(100_000, { error: 'must be at most 100000 messages per minute' })
      .default(300),
  })
  .superRefine((env, ctx) => {
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is missing: HTTP mode needs the signing secret from Basic Information (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
  });

export type Config = {
  slack: { botToken: string; signingSecret?: string; appToken?: string; apiUrl: string };
  port: number;
  databaseUrl: string;
  adminIds: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  /** chat.postMessage calls per minute in one workspace, all instances together (SPEC §1). */
  sendBudget: number;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once. Throws a ConfigError whose message is one line naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`);
    throw new ConfigError(`Outfield cannot start: ${problems.join('; ')}.`);
  }
  const e = parsed.data;
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
    },
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    adminIds: e.OUTFIELD_ADMINS,
    logLevel: e.LOG_LEVEL,
    sendBudget: e.OUTFIELD_SEND_BUDGET,
  };
}
