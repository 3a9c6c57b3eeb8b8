import { UserError } from '../../errors.js';
import type { Language } from '../../i18n/index.js';
import { isSignOf, readAmount } from '../../money.js';
import { isValidLocalDay } from '../../time/local-time.js';
import { blankMarkup, hasMentionMarkup, readEscapedText } from '../../slack/escaped-text.js';
import { checkAccountName, checkFreeText, hasControlCharacters, NOTES_MAX, normalizeNewlines } from './text-rules.js';

export const CALL_TYPES = ['visit', 'phone', 'video', 'email'] as const;
export const CALL_OUTCOMES = ['no_answer', 'follow_up', 'meeting_booked', 'proposal_sent', 'won', 'lost'] as const;
export const DEAL_STAGES = ['prospecting', 'qualification', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type CallType = (typeof CALL_TYPES)[number];
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export type DealStage = (typeof DEAL_STAGES)[number];

/** Deal values above this are taken for a typo. */
export const VALUE_MAX = 1_000_000_000_000;

/** What `/call <account>: <notes with tokens>` asks for; `date` is a local day or "yesterday". */
export type QuickCall = {
  accountName: string;
  notes?: string;
  value?: string;
  type?: CallType;
  stage?: DealStage;
  outcome?: CallOutcome;
  date?: string;
};

type TokenKind = 'value' | 'type' | 'stage' | 'outcome' | 'date';
type Token = { kind: TokenKind; raw: string; body: string };

/** How the rep writes amounts (their language) and what they are in (the workspace currency). */
export type AmountLocale = { language: Language; currency: string };

const AMOUNT_KEYS = {
  invalid: 'calls.value_invalid',
  ambiguous: 'calls.value_ambiguous',
  negative: 'calls.value_negative',
  too_precise: 'calls.value_too_precise',
} as const;

/** An amount token's body ("12,500", "12,5jt") as a decimal string in the workspace currency; throws with a hint. */
export function parseAmount(token: string, body: string, locale: AmountLocale): string {
  const reading = readAmount(body, locale);
  if ('problem' in reading) throw new UserError(AMOUNT_KEYS[reading.problem], { token, currency: locale.currency });
  if (reading.amount > VALUE_MAX) throw new UserError('calls.value_too_large', { token });
  return String(reading.amount);
}

function tokenOf(word: string): Token | undefined {
  // Trailing punctuation belongs to the sentence, not the token: "booked, $12,500."
  const raw = word.replace(/[.,;!?)]+$/, '');
  const prefixed = /^(value|stage|outcome|date):(.*)$/i.exec(raw);
  if (prefixed) return { kind: prefixed[1]!.toLowerCase() as TokenKind, raw, body: prefixed[2]!.toLowerCase() };
  const signed = /^(\$|rp)(\S+)$/i.exec(raw);
  if (signed) return { kind: 'value', raw, body: `${signed[1]}${signed[2]}` };
  if (/^#[a-z]+$/i.test(raw)) return { kind: 'type', raw, body: raw.slice(1).toLowerCase() };
  return undefined;
}

/** `$12,500` / `Rp12.500.000` / `value:12500`: the sign, when given, must be the workspace currency's. */
function valueOf(token: Token, locale: AmountLocale): string {
  const sign = /^(\$|rp)/i.exec(token.body)?.[0];
  if (sign && !isSignOf(sign, locale.currency)) throw new UserError('calls.value_currency', { token: token.raw, currency: locale.currency });
  return parseAmount(token.raw, token.body.slice(sign?.length ?? 0), locale);
}

function oneOf<T extends string>(values: readonly T[], body: string, key: 'calls.type_invalid' | 'calls.stage_invalid' | 'calls.outcome_invalid', token: string): T {
  if ((values as readonly string[]).includes(body)) return body as T;
  throw new UserError(key, { token });
}

function applyToken(call: QuickCall, token: Token, locale: AmountLocale): void {
  if (call[token.kind] !== undefined) throw new UserError('calls.token_twice', { token: token.raw });
  if (token.kind === 'value') call.value = valueOf(token, locale);
  if (token.kind === 'type') call.type = oneOf(CALL_TYPES, token.body, 'calls.type_invalid', token.raw);
  if (token.kind === 'stage') call.stage = oneOf(DEAL_STAGES, token.body, 'calls.stage_invalid', token.raw);
  if (token.kind === 'outcome') call.outcome = oneOf(CALL_OUTCOMES, token.body, 'calls.outcome_invalid', token.raw);
  if (token.kind === 'date') {
    if (token.body !== 'yesterday' && token.body !== 'today' && !isValidLocalDay(token.body)) {
      throw new UserError('calls.date_invalid', { token: token.raw });
    }
    call.date = token.body;
  }
}

/**
 * `/call` text as Slack sends it (escaped, see src/slack/escaped-text.ts) → the call it describes. The account is the text before the first colon (all of it
 * without a colon); tokens anywhere after the colon set value, type, stage, outcome and date and are
 * removed from the notes. Any malformed token is an error: nothing half-understood is stored.
 */
export function parseCallText(input: string, locale: AmountLocale): QuickCall {
  const escaped = normalizeNewlines(input);
  if (hasControlCharacters(escaped)) throw new UserError('calls.control_characters');
  // The colon of `<http://Tokopedia.com|Tokopedia.com>` is Slack's, not the rep's.
  const colon = blankMarkup(escaped).indexOf(':');
  const account = colon === -1 ? escaped : escaped.slice(0, colon);
  if (hasMentionMarkup(account)) throw new UserError('calls.account_mention');
  const call: QuickCall = { accountName: checkAccountName(readEscapedText(account)) };
  if (colon === -1) return call;
  const kept: string[] = [];
  for (const piece of readEscapedText(escaped.slice(colon + 1)).split(/([ \t\n]+)/)) {
    const token = tokenOf(piece);
    if (token) applyToken(call, token, locale);
    else kept.push(piece);
  }
  const notes = checkFreeText(kept.join('').replace(/[ \t]{2,}/g, ' '), NOTES_MAX, { allowMentions: true });
  return notes === undefined ? call : { ...call, notes };
}
