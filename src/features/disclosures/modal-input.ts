import { z } from 'zod';
import { UserError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { fieldErrors, modalState, oneOf } from '../../slack/modal-state.js';
import { containsMention } from '../../slack/mentions.js';
import { isValidLocalDay } from '../../time/local-time.js';
import { checkFreeText } from '../calls/text-rules.js';
import type { DisclosureInput } from './disclosure-service.js';
import { DISCLOSE_BLOCKS as B, TEXT_BLOCK, type DiscloseBlock } from './ids.js';
import { COMPETES, isAcceptableSince, NOTES_MAX, PRINCIPAL_MAX, PRODUCTS_MAX, REVIEW_TEXT_MAX, TERRITORY_MAX, type CompetesValue } from './rules.js';

/** Required text: present, within `max`, no control characters; a mention is refused where a name is expected. */
function requiredText(raw: string | null | undefined, max: number, key: 'disclosures.principal_required' | 'disclosures.products_required' | 'disclosures.text_required', noMentions = false): string {
  const text = checkFreeText(raw, max, { allowMentions: true });
  if (text === undefined) throw new UserError(key);
  if (noMentions && containsMention(text)) throw new UserError('disclosures.principal_mention');
  return text;
}

function competesOf(value: string | undefined): CompetesValue {
  const competes = oneOf(COMPETES, value, new UserError('disclosures.competes_invalid'));
  if (competes === undefined) throw new UserError('disclosures.competes_required');
  return competes;
}

function sinceOf(day: string | null | undefined, today: string): string | undefined {
  if (day === null || day === undefined || day === '') return undefined;
  if (!isValidLocalDay(day)) throw new UserError('disclosures.since_invalid');
  if (!isAcceptableSince(day, today)) throw new UserError(day > today ? 'disclosures.since_future' : 'disclosures.since_too_old');
  return day;
}

export type DiscloseResult = { input: DisclosureInput } | { errors: Partial<Record<DiscloseBlock, string>> };

/** The Disclose form → a disclosure, or one translated error per field; every field is checked at once. */
export function readDiscloseModal(raw: unknown, context: { t: Translate; today: string }): DiscloseResult {
  const at = modalState(raw);
  const { errors, field } = fieldErrors<DiscloseBlock>(context.t);
  const principal = field(B.principal, () => requiredText(at(B.principal).value, PRINCIPAL_MAX, 'disclosures.principal_required', true));
  const products = field(B.products, () => requiredText(at(B.products).value, PRODUCTS_MAX, 'disclosures.products_required'));
  const competes = field(B.competes, () => competesOf(at(B.competes).selected_option?.value));
  const since = field(B.since, () => sinceOf(at(B.since).selected_date, context.today));
  const territory = field(B.territory, () => checkFreeText(at(B.territory).value, TERRITORY_MAX, { allowMentions: true }));
  const notes = field(B.notes, () => checkFreeText(at(B.notes).value, NOTES_MAX, { allowMentions: true }));
  if (Object.keys(errors).length > 0 || !principal || !products || !competes) return { errors };
  return { input: { principal, products, competes, since, territory, notes } };
}

/** The one text field of the reason / question / answer modals. */
export function readTextModal(raw: unknown, t: Translate): { text: string } | { errors: Partial<Record<typeof TEXT_BLOCK, string>> } {
  const { errors, field } = fieldErrors<typeof TEXT_BLOCK>(t);
  const text = field(TEXT_BLOCK, () => requiredText(modalState(raw)(TEXT_BLOCK).value, REVIEW_TEXT_MAX, 'disclosures.text_required'));
  return text === undefined ? { errors } : { text };
}

/** A modal's private_metadata: `{ id }` or `{ amendsId }`; anything forged reads as empty. */
export function metadataOf(raw: string): { id?: string; amendsId?: string } {
  try {
    return z.object({ id: z.string().max(64).optional(), amendsId: z.string().max(64).optional() }).parse(JSON.parse(raw));
  } catch {
    return {};
  }
}
