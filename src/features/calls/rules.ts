import { UserError } from '../../errors.js';
import { isValidLocalDay } from '../../time/local-time.js';
import { checkAccountName, checkFreeText, hasControlCharacters, NOTES_MAX, normalizeNewlines, unescapeSlackText } from './text-rules.js';

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

const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?([km])?$/i;

/**
 * An amount as a decimal string: "12,500" → "12500", "12.5k" → "12500", "1.2m" → "1200000".
 * Cents beyond two decimals are rounded. Throws on anything else, and on negatives.
 */
export function parseAmount(token: string, body: string): string {
  if (/^-/.test(body)) throw new UserError('calls.value_negative', { token });
  const match = AMOUNT.exec(body);
  if (!match) throw new UserError('calls.value_invalid', { token });
  const scale = { k: 1_000, m: 1_000_000 }[match[1]?.toLowerCase() ?? ''] ?? 1;
  const amount = Math.round(Number(body.replace(/,|[km]$/gi, '')) * scale * 100) / 100;
  if (amount > VALUE_MAX) throw new UserError('calls.value_too_large', { token });
  return String(amount);
}

function tokenOf(word: string): Token | undefined {
  // Trailing punctuation belongs to the sentence, not the token: "booked, $12,500."
  const raw = word.replace(/[.,;!?)]+$/, '');
  const prefixed = /^(value|stage|outcome|date):(.*)$/i.exec(raw);
  if (prefixed) return { kind: prefixed[1]!.toLowerCase() as TokenKind, raw, body: prefixed[2]!.toLowerCase() };
  if (raw.startsWith('$') && raw.length > 1) return { kind: 'value', raw, body: raw.slice(1) };
  if (/^#[a-z]+$/i.test(raw)) return { kind: 'type', raw, body: raw.slice(1).toLowerCase() };
  return undefined;
}

function oneOf<T extends string>(values: readonly T[], body: string, key: 'calls.type_invalid' | 'calls.stage_invalid' | 'calls.outcome_invalid', token: string): T {
  if ((values as readonly string[]).includes(body)) return body as T;
  throw new UserError(key, { token });
}

function applyToken(call: QuickCall, token: Token): void {
  if (call[token.kind] !== undefined) throw new UserError('calls.token_twice', { token: token.raw });
  if (token.kind === 'value') call.value = parseAmount(token.raw, token.body);
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
 * `/call` text → the call it describes. The account is the text before the first colon (all of it
 * without a colon); tokens anywhere after the colon set value, type, stage, outcome and date and are
 * removed from the notes. Any malformed token is an error: nothing half-understood is stored.
 */
export function parseCallText(input: string): QuickCall {
  const text = normalizeNewlines(unescapeSlackText(input));
  if (hasControlCharacters(text)) throw new UserError('calls.control_characters');
  const colon = text.indexOf(':');
  const call: QuickCall = { accountName: checkAccountName(colon === -1 ? text : text.slice(0, colon)) };
  if (colon === -1) return call;
  const kept: string[] = [];
  for (const piece of text.slice(colon + 1).split(/([ \t\n]+)/)) {
    const token = tokenOf(piece);
    if (token) applyToken(call, token);
    else kept.push(piece);
  }
  const notes = checkFreeText(kept.join('').replace(/[ \t]{2,}/g, ' '), NOTES_MAX, { allowMentions: true });
  return notes === undefined ? call : { ...call, notes };
}
