import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registeredCommands } from '../support/registered-routes.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const methodsDir = path.resolve(root, '..', 'shared', 'slack-specs', 'slack-ruby-slack-api-ref', 'docs.slack.dev', 'methods');

/** `client.chat.postMessage(`, `deps.slack.users.info(`: the Web API calls Outfield makes itself. */
const CALL = /\b(?:client|slack)\.((?:[a-z]+\.)+[a-zA-Z0-9]+)\(/g;
/**
 * Scopes that widen a method beyond what the reference's `scope` field lists (docs.slack.dev scopes
 * pages): chat:write.public lets chat.postMessage post in public channels the bot has not joined;
 * users:read.email adds `profile.email` to users.info (import-sales matches reps by e-mail).
 */
const WIDENING_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write.public'],
  'users.info': ['users:read.email'],
};
/** Folders that play Slack (the stand-in and the sandbox) rather than call it. */
const NOT_CALLERS = new Set(['generated', 'slack-standin', 'sandbox']);
/** WebClient helpers that stand for several methods. */
const HELPERS: Record<string, string[]> = {
  'files.uploadV2': ['files.getUploadURLExternal', 'files.completeUploadExternal'],
};

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return NOT_CALLERS.has(entry.name) ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  }));
  return nested.flat();
}

function methodsCalledIn(source: string): string[] {
  return [...source.matchAll(CALL)].flatMap((match) => HELPERS[match[1]!] ?? [match[1]!]);
}

async function calledMethods(): Promise<string[]> {
  const files = await sourceFiles(path.join(root, 'src'));
  const sources = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return [...new Set(sources.flatMap(methodsCalledIn))].sort();
}

/** Bot scopes the method reference lists for `method`; any one of them is enough (conversations.open). */
async function botScopesOf(method: string): Promise<string[] | undefined> {
  try {
    const reference = JSON.parse(await readFile(path.join(methodsDir, `${method}.json`), 'utf8')) as { scope?: { bot?: string[] } };
    return reference.scope?.bot ?? [];
  } catch {
    return undefined;
  }
}

async function manifestScopes(): Promise<string[]> {
  const manifest = parse(await readFile(path.join(root, 'manifest.yml'), 'utf8')) as { oauth_config: { scopes: { bot: string[] } } };
  return manifest.oauth_config.scopes.bot;
}

describe('bot scopes in manifest.yml', () => {
  it('finds the calls in the source (the scan can see them)', async () => {
    expect(methodsCalledIn('await deps.slack.chat.postMessage({ x }); args.client.files.uploadV2({})'))
      .toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'files.completeUploadExternal']);
    expect(await calledMethods()).toEqual(expect.arrayContaining(['chat.postMessage', 'users.info', 'views.open']));
  });

  it('knows every method the code calls from Slack’s method reference', async () => {
    const methods = await calledMethods();
    const unknown = [];
    for (const method of methods) if ((await botScopesOf(method)) === undefined) unknown.push(method);
    expect(unknown).toEqual([]);
  });

  it('declares a scope for every method the code calls', async () => {
    const declared = await manifestScopes();
    const missing: string[] = [];
    for (const method of await calledMethods()) {
      const needed = (await botScopesOf(method)) ?? [];
      if (needed.length > 0 && !needed.some((scope) => declared.includes(scope))) missing.push(`${method} needs ${needed.join(' or ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('declares no scope that nothing uses', async () => {
    const used = new Set<string>(registeredCommands().length > 0 ? ['commands'] : []);
    for (const method of await calledMethods()) {
      for (const scope of [...((await botScopesOf(method)) ?? []), ...(WIDENING_SCOPES[method] ?? [])]) used.add(scope);
    }
    expect((await manifestScopes()).filter((scope) => !used.has(scope))).toEqual([]);
  });
});
