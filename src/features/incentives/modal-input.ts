import { UserError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { isSlackUserId } from '../../slack/mentions.js';
import { fieldErrors, modalState, oneOf } from '../../slack/modal-state.js';
import { isSendableTime } from '../../scheduler/slots.js';
import { addDays, isValidLocalDay, isValidTimeZone, localDayOf } from '../../time/local-time.js';
import { PROGRAM_BLOCKS as B, SHOW_INACTIVE_VALUE, type ProgramBlock } from './ids.js';
import type { ProgramInput } from './program-service.js';
import { CADENCES, LENGTH_MAX_DAYS, NAME_MAX, PERCENT_MAX, PLACES_MAX, PRIZE_MAX, PROGRAM_METRICS, TARGET_KINDS, TARGET_MAX, VISIBILITIES } from './rules.js';

/** What the form is read against; `team` is the admin's chosen manager (already checked to be one), if any. */
export type ProgramFormContext = { t: Translate; now: Date };
export type ProgramForm = { input: Omit<ProgramInput, 'scopeManagerId'> & { teamSlackId: string | null } } | { errors: Partial<Record<ProgramBlock, string>> };

const CONTROL = /[\u0000-\u001f\u007f]/;
const NUMBER = /^\d+(\.\d+)?$/;

function text(value: string | null | undefined, max: number): string {
  const trimmed = (value ?? '').trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new UserError('incentives.field_required');
  if (trimmed.length > max) throw new UserError('incentives.too_long', { max });
  if (CONTROL.test(trimmed) || /<[@#!]/.test(trimmed)) throw new UserError('incentives.text_invalid');
  return trimmed;
}

function numberIn(value: string | null | undefined, min: number, max: number, integer: boolean): number {
  const raw = (value ?? '').trim();
  const n = Number(raw);
  if (!NUMBER.test(raw) || n < min || n > max || (integer && !Number.isInteger(n))) throw new UserError('incentives.number_invalid', { min, max });
  return n;
}

function day(value: string | null | undefined): string {
  if (!value) throw new UserError('incentives.field_required');
  if (!isValidLocalDay(value)) throw new UserError('incentives.date_invalid');
  return value;
}

/** The New incentive program form → a program, or one translated error per field. */
export function readProgramModal(raw: unknown, { t, now }: ProgramFormContext): ProgramForm {
  const at = modalState(raw);
  const { field, errors, hasErrors } = fieldErrors<ProgramBlock>(t);
  const invalid = new UserError('incentives.select_invalid');
  const timeZone = field(B.timeZone, () => {
    const tz = text(at(B.timeZone).value, 64);
    if (!isValidTimeZone(tz)) throw new UserError('incentives.time_zone_invalid', { tz: tz.slice(0, 64) });
    return tz;
  });
  const startDate = field(B.startDate, () => {
    const start = day(at(B.startDate).selected_date);
    if (start < localDayOf(now, timeZone ?? 'UTC')) throw new UserError('incentives.start_past');
    return start;
  });
  const endDate = field(B.endDate, () => {
    const end = day(at(B.endDate).selected_date);
    if (startDate && end < startDate) throw new UserError('incentives.end_before_start');
    if (startDate && end > addDays(startDate, LENGTH_MAX_DAYS)) throw new UserError('incentives.too_long_program', { days: LENGTH_MAX_DAYS });
    return end;
  });
  const targetKind = field(B.targetKind, () => oneOf(TARGET_KINDS, at(B.targetKind).selected_option?.value, invalid) ?? 'none');
  const target = field(B.target, () => {
    const value = at(B.target).value;
    if (targetKind === 'none' || targetKind === undefined) {
      if (value) throw new UserError('incentives.target_without_kind');
      return null;
    }
    const percentOfGoal = targetKind === 'percent_of_goal';
    return { value: numberIn(value, 1, percentOfGoal ? PERCENT_MAX : TARGET_MAX, false), percentOfGoal };
  });
  const cadence = field(B.cadence, () => oneOf(CADENCES, at(B.cadence).selected_option?.value, invalid) ?? 'weekly');
  const input = {
    name: field(B.name, () => text(at(B.name).value, NAME_MAX)),
    metric: field(B.metric, () => oneOf(PROGRAM_METRICS, at(B.metric).selected_option?.value, invalid) ?? (() => { throw new UserError('incentives.field_required'); })()),
    prize: field(B.prize, () => text(at(B.prize).value, PRIZE_MAX)),
    channelId: field(B.channel, () => {
      const channel = at(B.channel).selected_conversation;
      if (!channel) throw new UserError('incentives.channel_required');
      if (!/^[CG][A-Z0-9]{2,}$/.test(channel)) throw new UserError('incentives.channel_invalid');
      return channel;
    }),
    cadenceWeekday: field(B.weekday, () => Number(oneOf(['1', '2', '3', '4', '5', '6', '7'], at(B.weekday).selected_option?.value, invalid) ?? '1')),
    cadenceTime: field(B.time, () => {
      const time = at(B.time).selected_time ?? '09:00';
      if (!isSendableTime(time)) throw new UserError('incentives.time_quiet');
      return time;
    }),
    places: field(B.places, () => (at(B.places).value ? numberIn(at(B.places).value, 1, PLACES_MAX, true) : 10)),
    visibility: field(B.visibility, () => oneOf(VISIBILITIES, at(B.visibility).selected_option?.value, invalid) ?? 'ranks'),
    showInactive: field(B.showInactive, () => {
      const chosen = (at(B.showInactive).selected_options ?? []).map((o) => o.value);
      if (chosen.some((v) => v !== SHOW_INACTIVE_VALUE)) throw invalid;
      return chosen.length > 0;
    }),
    teamSlackId: field(B.team, () => {
      const user = at(B.team).selected_user ?? null;
      if (user !== null && !isSlackUserId(user)) throw invalid;
      return user;
    }),
  };
  if (hasErrors()) return { errors };
  return { input: { ...input, startDate, endDate, target, cadence, timeZone } as Extract<ProgramForm, { input: unknown }>['input'] };
}
