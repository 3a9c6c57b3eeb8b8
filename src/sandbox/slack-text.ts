/** Command text as Slack sends it with `should_escape: true` (wire-facts §7). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeAsSlack } from '../slack-standin/slack-escape.js';
import { CHANNELS, PEOPLE } from './cast.js';

const manifestFile = fileURLToPath(new URL('../../manifest.yml', import.meta.url));

/** The slash commands the app's manifest registers; Slack refuses any other. */
export const manifestCommands = (): Set<string> =>
  new Set([...readFileSync(manifestFile, 'utf8').matchAll(/^\s*-\s*command:\s*(\/\S+)/gm)].map((match) => match[1] as string));

/** What Slack makes of typed command text (see slack-escape.ts), for the sandbox's people and channels. */
export function escapeCommandText(text: string): string {
  return escapeAsSlack(text, {
    userIdOf: (name) => PEOPLE.find((p) => p.name === name.toLowerCase())?.id,
    channelIdOf: (name) => CHANNELS.find((c) => c.name === name.toLowerCase())?.id,
  });
}

/** "/call Acme: notes" → ["/call", "Acme: notes"]. */
export function splitCommand(input: string): [command: string, text: string] {
  const match = /^(\/\S+)\s*([\s\S]*)$/.exec(input.trim());
  return match ? [(match[1] as string).toLowerCase(), (match[2] as string).trim()] : ['', input.trim()];
}
