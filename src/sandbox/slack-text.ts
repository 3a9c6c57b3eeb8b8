/** Command text as Slack sends it with `should_escape: true` (wire-facts §7). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHANNELS, PEOPLE } from './cast.js';

const manifestFile = fileURLToPath(new URL('../../manifest.yml', import.meta.url));

/** The slash commands the app's manifest registers; Slack refuses any other. */
export const manifestCommands = (): Set<string> =>
  new Set([...readFileSync(manifestFile, 'utf8').matchAll(/^\s*-\s*command:\s*(\/\S+)/gm)].map((match) => match[1] as string));

/** &, < and > escaped; `@name` becomes `<@U…|name>` and `#channel` `<#C…|channel>` for known people and channels. */
export function escapeCommandText(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .replace(/(^|\s)@([a-z0-9._-]+)/gi, (whole, before: string, name: string) => {
      const person = PEOPLE.find((p) => p.name === name.toLowerCase());
      return person ? `${before}<@${person.id}|${person.name}>` : whole;
    })
    .replace(/(^|\s)#([a-z0-9_-]+)/gi, (whole, before: string, name: string) => {
      const channel = CHANNELS.find((c) => c.name === name.toLowerCase());
      return channel ? `${before}<#${channel.id}|${channel.name}>` : whole;
    });
}

/** "/call Acme: notes" → ["/call", "Acme: notes"]. */
export function splitCommand(input: string): [command: string, text: string] {
  const match = /^(\/\S+)\s*([\s\S]*)$/.exec(input.trim());
  return match ? [(match[1] as string).toLowerCase(), (match[2] as string).trim()] : ['', input.trim()];
}
