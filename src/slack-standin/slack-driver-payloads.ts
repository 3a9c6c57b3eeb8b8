/** Payload pieces for SlackDriver: view state values, block actions and full view objects (shapes per wire-facts §2.2). */
import { randomBytes } from 'node:crypto';

export type StateValue = Record<string, unknown> & { type: string };
export type StateValues = Record<string, Record<string, StateValue>>;
export type OptionInput = string | { value: string; text?: string };

export type ActionInput = {
  actionId: string;
  blockId?: string;
  /** Element type; inferred from the selected* field given, else `button`. */
  type?: string;
  value?: string;
  text?: string;
  selectedOption?: OptionInput | null;
  selectedOptions?: OptionInput[];
  selectedDate?: string | null;
  selectedUser?: string | null;
};

/** A view as the app knows it (e.g. `fake.viewById(id)` or a recorded views.* result) plus optional state. */
export type ViewInput = Record<string, unknown> & { id?: string; values?: StateValues };

export type ViewDefaults = { teamId: string; appId: string; botId: string };

export const optionOf = (input: OptionInput): Record<string, unknown> => {
  const { value, text } = typeof input === 'string' ? { value: input, text: input } : input;
  return { text: { type: 'plain_text', text: text ?? value, emoji: true }, value };
};

const selected = (type: string, input: OptionInput | null): StateValue =>
  ({ type, selected_option: input === null ? null : optionOf(input) });

/** Builders for `view.state.values[block_id][action_id]` entries. */
export const stateValue = {
  text: (value: string | null): StateValue => ({ type: 'plain_text_input', value }),
  number: (value: string | null): StateValue => ({ type: 'number_input', value }),
  email: (value: string | null): StateValue => ({ type: 'email_text_input', value }),
  url: (value: string | null): StateValue => ({ type: 'url_text_input', value }),
  empty: (): StateValue => ({ type: 'plain_text_input', value: null }),
  select: (option: OptionInput | null): StateValue => selected('static_select', option),
  externalSelect: (option: OptionInput | null): StateValue => selected('external_select', option),
  radio: (option: OptionInput | null): StateValue => selected('radio_buttons', option),
  checkboxes: (options: OptionInput[]): StateValue => ({ type: 'checkboxes', selected_options: options.map(optionOf) }),
  date: (date: string | null): StateValue => ({ type: 'datepicker', selected_date: date }),
  time: (time: string | null, timezone?: string): StateValue =>
    ({ type: 'timepicker', selected_time: time, ...(timezone === undefined ? {} : { timezone }) }),
  user: (userId: string | null): StateValue => ({ type: 'users_select', selected_user: userId }),
  users: (userIds: string[]): StateValue => ({ type: 'multi_users_select', selected_users: userIds }),
  conversation: (id: string | null): StateValue => ({ type: 'conversations_select', selected_conversation: id }),
};

export const randomId = (prefix: string, bytes = 5): string => `${prefix}${randomBytes(bytes).toString('hex').toUpperCase()}`;

const inferType = (a: ActionInput): string =>
  a.type ??
  (a.selectedDate !== undefined ? 'datepicker'
    : a.selectedUser !== undefined ? 'users_select'
      : a.selectedOptions !== undefined ? 'checkboxes'
        : a.selectedOption !== undefined ? 'static_select'
          : 'button');

/** One `actions[]` entry of a block_actions payload. */
export function actionOf(input: ActionInput, nowSeconds: number): Record<string, unknown> {
  const type = inferType(input);
  return {
    type,
    action_id: input.actionId,
    block_id: input.blockId ?? randomBytes(3).toString('base64url'),
    action_ts: `${nowSeconds}.000000`,
    ...(type === 'button' ? { text: { type: 'plain_text', text: input.text ?? input.actionId, emoji: true } } : {}),
    ...(input.value === undefined ? {} : { value: input.value }),
    ...(input.selectedOption === undefined ? {} : { selected_option: input.selectedOption && optionOf(input.selectedOption) }),
    ...(input.selectedOptions === undefined ? {} : { selected_options: input.selectedOptions.map(optionOf) }),
    ...(input.selectedDate === undefined ? {} : { selected_date: input.selectedDate }),
    ...(input.selectedUser === undefined ? {} : { selected_user: input.selectedUser }),
  };
}

/** The full view object Slack puts in view_submission / block_actions payloads. */
export function fullView(input: ViewInput, ids: ViewDefaults): Record<string, unknown> {
  const { values, ...view } = input;
  const id = input.id ?? randomId('V');
  return {
    type: 'modal',
    callback_id: '',
    private_metadata: '',
    external_id: '',
    title: { type: 'plain_text', text: 'Modal', emoji: true },
    blocks: [],
    hash: `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`,
    root_view_id: id,
    previous_view_id: null,
    clear_on_close: false,
    notify_on_close: false,
    ...view,
    id,
    team_id: ids.teamId,
    state: values === undefined ? (view.state ?? { values: {} }) : { values },
    app_id: ids.appId,
    bot_id: ids.botId,
    app_installed_team_id: ids.teamId,
  };
}
