import { readEscapedText } from './escaped-text.js';

// With should_escape: true Slack sends mentions as <@U123> or <@U123|name>; both forms are accepted.
const USER_MENTION = /^<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>$/;

/** A Slack user id (U… or W… on Enterprise Grid); anything else in a user field is forged or broken. */
export function isSlackUserId(id: string): boolean {
  return /^[UW][A-Z0-9]{2,}$/.test(id);
}

/** A Slack workspace (T…) or Enterprise (E…) id. */
export function isSlackTeamId(id: string): boolean {
  return /^[TE][A-Z0-9]{2,}$/.test(id);
}

export function parseUserMention(token: string): string | undefined {
  return USER_MENTION.exec(token)?.[1];
}

export function containsMention(text: string): boolean {
  return /<[@#!][^>]*>/.test(text);
}

/** Words of a slash command's text as the user typed them (Slack's markup read back), split on white space. */
export function wordsOf(commandText: string): string[] {
  return readEscapedText(commandText).trim().split(/\s+/).filter(Boolean);
}
