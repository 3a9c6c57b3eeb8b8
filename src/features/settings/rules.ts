import { isLanguage, type MessageKey, type MessageParams } from '../../i18n/index.js';
import { isCurrencyCode } from '../../money.js';
import { isSendableTime } from '../../scheduler/slots.js';
import { isValidLocalDay } from '../../time/local-time.js';
import { FIELDS, type FieldName } from './ids.js';

export type WorkspaceSettings = {
  workingDays: number[];
  holidays: string[];
  nudgeTime: string;
  recapWeekday: number;
  recapTime: string;
  digestTime: string;
  weeklyNudgeCap: number;
  currency: string;
  defaultLocale: 'en' | 'id';
  reviewChannelId: string | null;
  leaderboardChannelId: string | null;
  /** Re-attestation period of disclosures in months; absent → unchanged. */
  attestationMonths?: number;
};

/** What Slack puts in view.state.values for the inputs used here. */
export type StateValue = {
  value?: string | null;
  selected_time?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_conversation?: string | null;
};

export type FieldError = { key: MessageKey; params?: MessageParams };
export type ParsedSettings = { settings: WorkspaceSettings } | { errors: Partial<Record<FieldName, FieldError>> };

export const MAX_WEEKLY_CAP = 7;
const MAX_HOLIDAYS = 100;

/** The modal's state → settings, or one error per invalid field; every field is checked. */
export function parseSettings(values: Record<string, Record<string, StateValue>>): ParsedSettings {
  const raw = (field: FieldName): StateValue => values[FIELDS[field].block]?.[FIELDS[field].action] ?? {};
  const errors: Partial<Record<FieldName, FieldError>> = {};
  const check = <T>(field: FieldName, parse: (v: StateValue) => T | FieldError): T => {
    const result = parse(raw(field));
    if (isFieldError(result)) errors[field] = result;
    return result as T;
  };
  const settings: WorkspaceSettings = {
    workingDays: check('workingDays', parseWorkingDays),
    holidays: check('holidays', parseHolidays),
    nudgeTime: check('nudgeTime', parseTime),
    recapWeekday: check('recapWeekday', parseWeekday),
    recapTime: check('recapTime', parseTime),
    digestTime: check('digestTime', parseTime),
    weeklyNudgeCap: check('weeklyNudgeCap', parseCap),
    currency: check('currency', parseCurrency),
    defaultLocale: check('defaultLocale', parseLanguage),
    reviewChannelId: raw('reviewChannelId').selected_conversation ?? null,
    leaderboardChannelId: raw('leaderboardChannelId').selected_conversation ?? null,
    attestationMonths: check('attestationMonths', parseAttestationMonths),
  };
  return Object.keys(errors).length > 0 ? { errors } : { settings };
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'key' in value;
}

function parseWorkingDays(v: StateValue): number[] | FieldError {
  const days = (v.selected_options ?? []).map((o) => Number(o.value));
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return { key: 'settings.error_working_days' };
  return [...new Set(days)].sort();
}

function parseHolidays(v: StateValue): string[] | FieldError {
  const lines = (v.value ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const bad = lines.find((line) => !isValidLocalDay(line));
  if (bad !== undefined) return { key: 'settings.error_holiday', params: { text: bad.slice(0, 40) } };
  const unique = [...new Set(lines)].sort();
  if (unique.length > MAX_HOLIDAYS) return { key: 'settings.error_too_many_holidays', params: { max: MAX_HOLIDAYS } };
  return unique;
}

function parseTime(v: StateValue): string | FieldError {
  const time = v.selected_time ?? '';
  return isSendableTime(time) ? time : { key: 'settings.error_quiet_hours', params: { time: time.slice(0, 5) || '—' } };
}

export const ATTESTATION_MONTHS = [1, 3, 6, 12] as const;

function parseAttestationMonths(v: StateValue): number | undefined | FieldError {
  if (!v.selected_option) return undefined;
  const months = Number(v.selected_option.value);
  return (ATTESTATION_MONTHS as readonly number[]).includes(months) ? months : { key: 'settings.error_attestation_months' };
}

function parseWeekday(v: StateValue): number | FieldError {
  const day = Number(v.selected_option?.value);
  return Number.isInteger(day) && day >= 1 && day <= 7 ? day : { key: 'settings.error_weekday' };
}

function parseCap(v: StateValue): number | FieldError {
  const text = (v.value ?? '').trim();
  const cap = Number(text);
  if (!/^\d+$/.test(text) || cap > MAX_WEEKLY_CAP) return { key: 'settings.error_cap', params: { max: MAX_WEEKLY_CAP } };
  return cap;
}

function parseLanguage(v: StateValue): 'en' | 'id' | FieldError {
  const language = v.selected_option?.value ?? '';
  return isLanguage(language) ? language : { key: 'settings.error_language' };
}

function parseCurrency(v: StateValue): string | FieldError {
  const code = (v.value ?? '').trim().toUpperCase();
  return isCurrencyCode(code) ? code : { key: 'settings.error_currency', params: { text: (v.value ?? '').slice(0, 20) } };
}
