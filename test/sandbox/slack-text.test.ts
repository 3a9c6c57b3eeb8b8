import { describe, expect, it } from 'vitest';
import { escapeCommandText, manifestCommands, splitCommand } from '../../src/sandbox/slack-text.js';

describe('command text as Slack sends it', () => {
  it.each([
    ['/call Acme: met <b> & co', ['/call', 'Acme: met <b> & co']],
    ['  /QUOTA   set team daily 6', ['/quota', 'set team daily 6']],
    ['/call', ['/call', '']],
    ['hello there', ['', 'hello there']],
  ])('splits %j', (input, expected) => {
    expect(splitCommand(input)).toEqual(expected);
  });

  it.each([
    ['set @sam daily 8', 'set <@U0SBSAM|sam> daily 8'],
    ['post in #sales-leaderboard', 'post in <#C0LEADERBOARD|sales-leaderboard>'],
    ['@nobody stays typed', '@nobody stays typed'],
    ['Acme <Corp> & Sons', 'Acme &lt;Corp&gt; &amp; Sons'],
    ['mail@sam.example is no mention', 'mail@sam.example is no mention'],
  ])('escapes %j like should_escape', (input, expected) => {
    expect(escapeCommandText(input)).toBe(expected);
  });

  it("knows the manifest's commands", () => {
    expect(manifestCommands()).toEqual(new Set(['/call', '/quota', '/goal', '/leaderboard', '/incentive', '/disclose', '/outfield']));
  });
});
