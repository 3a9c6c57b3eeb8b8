/** Slack ids and outbox kinds of the reports feature: defined once, imported by views, handlers and tests. */
export const REPORT_SUBCOMMAND = 'report';
export const KEY_ACCOUNTS_SUBCOMMAND = 'accounts key';
export const ACCOUNT_OWNER_SUBCOMMAND = 'accounts owner';
export const EXPORT_CALLS_SUBCOMMAND = 'export calls';

/** "Call reports" button on a report line: shows the rep's calls to the manager (value = rep's Slack id). */
export const OPEN_REP_CALLS_ACTION = 'reports_open_rep_calls';

/** A CSV file (a long report, a calls export) uploaded to the requester's DM. */
export const REPORT_FILE_KIND = 'reports.file';
/** The DM to a key account's owner when it has gone without a call for the workspace's gap days. */
export const KEY_ACCOUNT_NEGLECT_KIND = 'reports.key_account_neglect';
