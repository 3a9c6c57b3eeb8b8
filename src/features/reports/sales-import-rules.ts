import { CsvError, parse } from 'csv-parse/sync';
import { isValidLocalDay, type LocalDay } from '../../time/local-time.js';
import { isSlackUserId } from '../../slack/mentions.js';
import { normalizeAccountName } from '../calls/text-rules.js';

export const IMPORT_COLUMNS = ['date', 'rep', 'account', 'amount'] as const;
const ACCOUNT_MAX = 200;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type SaleRow = { line: number; day: LocalDay; rep: { slackUserId: string } | { email: string }; account: string; normalizedAccount: string; amount: number };
export type BadLine = { line: number; reason: string };
export type ParsedSales = { rows: SaleRow[]; bad: BadLine[] };

/** One record's fields → a sale, or the reason it is refused (in English: the CLI is an operator's tool). */
function checkRecord(record: Record<string, string>, today: LocalDay): Omit<SaleRow, 'line'> | string {
  const day = record.date ?? '';
  if (!isValidLocalDay(day)) return `date "${day.slice(0, 40)}" is not a date as YYYY-MM-DD`;
  if (day > today) return `date ${day} is in the future`;
  const rep = (record.rep ?? '').trim();
  const who = isSlackUserId(rep) ? { slackUserId: rep } : EMAIL.test(rep) ? { email: rep.toLowerCase() } : undefined;
  if (!who) return `rep "${rep.slice(0, 60)}" is neither a Slack user ID (U…) nor an email address`;
  const account = (record.account ?? '').trim().replace(/\s+/g, ' ');
  if (account === '' || normalizeAccountName(account) === '') return 'account is empty';
  if (account.length > ACCOUNT_MAX) return `account is longer than ${ACCOUNT_MAX} characters`;
  const amountText = (record.amount ?? '').trim().replace(/,/g, '');
  if (!AMOUNT.test(amountText)) return `amount "${(record.amount ?? '').slice(0, 40)}" is not an amount ≥ 0 with at most two decimals (e.g. 1250.50)`;
  return { day, rep: who, account, normalizedAccount: normalizeAccountName(account), amount: Number(amountText) };
}

/**
 * Parses an RFC 4180 file with the header `date,rep,account,amount` (any order, a UTF-8 BOM
 * allowed) and checks every row; line numbers are the file's (the header is line 1). A file that
 * is not valid CSV at all is one bad line where parsing stopped.
 */
export function parseSalesCsv(content: string, today: LocalDay): ParsedSales {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, info: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], bad: [{ line: (error as CsvError & { lines?: number }).lines ?? 1, reason: `not valid CSV: ${error.message}` }] };
    throw error;
  }
  const [head, ...body] = records;
  const header = (head?.record ?? []).map((h) => h.toLowerCase());
  const missing = IMPORT_COLUMNS.filter((column) => !header.includes(column));
  if (!head || missing.length > 0) return { rows: [], bad: [{ line: 1, reason: `the header lacks ${missing.join(', ')} (expected date,rep,account,amount)` }] };
  if (body.length === 0) return { rows: [], bad: [{ line: 1, reason: 'the file has no rows under the header' }] };
  const rows: SaleRow[] = [];
  const bad: BadLine[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) {
      bad.push({ line: info.lines, reason: `has ${record.length} fields, the header has ${header.length}` });
      continue;
    }
    const checked = checkRecord(Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])), today);
    if (typeof checked === 'string') bad.push({ line: info.lines, reason: checked });
    else rows.push({ line: info.lines, ...checked });
  }
  return { rows, bad };
}
