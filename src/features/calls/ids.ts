/** Slack ids of the calls feature: defined once, imported by views, handlers and tests. */
export const CALL_COMMAND = '/call';

/** "Log a call" buttons anywhere in the app (nudges, App Home) open the Log a call modal. */
export const LOG_CALL_ACTION = 'calls_open_log_modal';
