/** Shared types of the fake Slack Web API (see fake-slack.ts). */

export type Args = Record<string, unknown>;

export type ApiOk = { ok: true } & Record<string, unknown>;
export type ApiError = { ok: false; error: string; response_metadata?: { messages: string[] } };
export type ApiResult = ApiOk | ApiError;

/** One method implementation: receives the parsed args (token removed), answers like Slack. */
export type MethodHandler = (args: Args) => ApiResult;
export type MethodTable = Record<string, MethodHandler>;

export type RecordedCall = {
  method: string;
  args: Args;
  /** Arrival time, ms since epoch. */
  at: number;
  /** Set when the call was not answered `ok:true`: the error code, `ratelimited` or `http_500`. */
  fault?: string;
  /** The JSON body answered (absent for HTTP 500). */
  result?: Record<string, unknown>;
};

export type RecordedResponse = { url: string; body: any; at: number };

export type Fault = { error: string } | { status: 429; retryAfterSeconds: number } | { status: 500 };

export type FakeUser = {
  id: string;
  team_id: string;
  name: string;
  real_name: string;
  tz: string;
  /** Seconds east of UTC for `tz`, computed at `addUser` unless given. */
  tz_offset: number;
  locale: string;
  is_admin: boolean;
  is_owner: boolean;
  is_bot: boolean;
  deleted: boolean;
};

export type UploadedFile = {
  id: string;
  filename: string;
  title: string;
  channelId: string | undefined;
  content: Buffer;
};

export type StoredView = Record<string, unknown> & {
  id: string;
  type: string;
  hash: string;
  callback_id: string;
  private_metadata: string;
  external_id: string;
};

export const ok = (body: Record<string, unknown> = {}): ApiOk => ({ ok: true, ...body });

export const fail = (error: string, messages?: string[]): ApiError =>
  messages ? { ok: false, error, response_metadata: { messages } } : { ok: false, error };

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

export const isTrue = (value: unknown): boolean => value === true || value === 'true' || value === '1';
