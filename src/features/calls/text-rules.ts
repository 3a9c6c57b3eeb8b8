import { UserError } from '../../errors.js';
import { containsMention } from '../../slack/mentions.js';

export const ACCOUNT_NAME_MAX = 100;
export const NOTES_MAX = 3000;
export const SHORT_TEXT_MAX = 200;

// Newline and tab are text; every other C0 control character (and DEL) is rejected, never stored.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/;

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** Lower-cased, accents, dots and apostrophes dropped, other punctuation and space runs folded to one space. */
export function normalizeAccountName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A company name: 1–100 characters, no mentions, no control characters, at least one letter or digit. */
export function checkAccountName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') throw new UserError('calls.account_required');
  if (hasControlCharacters(raw)) throw new UserError('calls.control_characters');
  if (containsMention(name)) throw new UserError('calls.account_mention');
  if (name.length > ACCOUNT_NAME_MAX) throw new UserError('calls.account_too_long', { max: ACCOUNT_NAME_MAX, count: name.length });
  if (normalizeAccountName(name) === '') throw new UserError('calls.account_no_letters');
  return name;
}

/** Free text such as notes or a contact: trimmed, `undefined` when empty; throws when too long or unsafe. */
export function checkFreeText(raw: string | null | undefined, max: number, options: { allowMentions?: boolean } = {}): string | undefined {
  const text = normalizeNewlines(raw ?? '').trim();
  if (text === '') return undefined;
  if (hasControlCharacters(text)) throw new UserError('calls.control_characters');
  if (!options.allowMentions && containsMention(text)) throw new UserError('calls.name_mention');
  if (text.length > max) throw new UserError('calls.text_too_long', { max, count: text.length });
  return text;
}
