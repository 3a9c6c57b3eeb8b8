/**
 * Required-argument checks for the fake Slack, from the slack-ruby/slack-api-ref method JSON.
 * `required-args.json` is a snapshot of those lists for the methods the fake answers, so the stand-in
 * also works in a plain clone (the sandbox); a method missing from it is read from
 * `<repo>/../shared/slack-specs/` when that copy is there. test/slack-standin keeps both in sync.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../project-root.js';
import { fail } from './fake-slack-types.js';
import type { ApiError, Args } from './fake-slack-types.js';

const repoRoot = projectRoot();
export const methodSpecDir = path.resolve(
  repoRoot, '..', 'shared', 'slack-specs', 'slack-ruby-slack-api-ref', 'docs.slack.dev', 'methods',
);

const NEEDS_TEXT = [['text', 'blocks', 'attachments', 'markdown_text'], 'no_text'] as const;
/** Alternatives the REF `required` lists cannot express: at least one field of the list, else the error. */
const ONE_OF: Record<string, readonly [fields: readonly string[], error: string]> = {
  'chat.postMessage': NEEDS_TEXT,
  'chat.postEphemeral': NEEDS_TEXT,
  'chat.update': NEEDS_TEXT,
  'views.open': [['trigger_id', 'interactivity_pointer'], 'invalid_arguments'],
  'views.push': [['trigger_id', 'interactivity_pointer'], 'invalid_arguments'],
  'views.update': [['view_id', 'external_id'], 'invalid_arguments'],
  'conversations.open': [['users', 'channel'], 'users_list_not_supplied'],
};

type MethodSpec = { args?: { required?: string[] }; rate_limits?: string };

/** Slack's rate-limit tier of a method as the reference writes it; t5 is "special" (chat.postMessage, auth.test). */
export type RateTier = 't1' | 't2' | 't3' | 't4' | 't5';
const TIERS = new Set<string>(['t1', 't2', 't3', 't4', 't5']);

/** The tier of each method, from its `rate_limits` (methods without a tier are left out). */
export async function loadRateTiers(methods: readonly string[]): Promise<ReadonlyMap<string, RateTier>> {
  const entries = await Promise.all(methods.map(async (method) => {
    const spec = JSON.parse(await readFile(path.join(methodSpecDir, `${method}.json`), 'utf8')) as MethodSpec;
    return [method, spec.rate_limits] as const;
  }));
  return new Map(entries.flatMap(([method, tier]) => (tier && TIERS.has(tier) ? [[method, tier as RateTier]] : [])));
}

/** Required args (without `token`, which the server checks itself) per method. */
export type RequiredArgs = ReadonlyMap<string, readonly string[]>;

const snapshotFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'required-args.json');

/** The required args of one method as the REF method JSON lists them (without `token`). */
export async function specRequiredArgs(method: string): Promise<string[] | undefined> {
  const file = path.join(methodSpecDir, `${method}.json`);
  if (!existsSync(file)) return undefined;
  const spec = JSON.parse(await readFile(file, 'utf8')) as MethodSpec;
  return (spec.args?.required ?? []).filter((name) => name !== 'token');
}

export async function loadRequiredArgs(methods: readonly string[]): Promise<RequiredArgs> {
  const snapshot = JSON.parse(await readFile(snapshotFile, 'utf8')) as Record<string, string[]>;
  const entries = await Promise.all(
    methods.map(async (method): Promise<[string, string[]]> => [method, snapshot[method] ?? (await specRequiredArgs(method)) ?? []]),
  );
  return new Map(entries);
}

const present = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** `invalid_arguments` (with `response_metadata.messages`) or the method's own error when args are missing. */
export function checkRequired(required: RequiredArgs, method: string, args: Args): ApiError | undefined {
  const missing = (required.get(method) ?? []).filter((name) => !present(args[name]));
  if (missing.length > 0) {
    return fail('invalid_arguments', missing.map((name) => `[ERROR] missing required field: ${name}`));
  }
  const oneOf = ONE_OF[method];
  if (oneOf && !oneOf[0].some((name) => present(args[name]))) {
    return fail(oneOf[1], [`[ERROR] one of ${oneOf[0].join(', ')} is required`]);
  }
  return undefined;
}
