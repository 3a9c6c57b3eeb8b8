/** Slack ids of the App Home feature: defined once, imported by views, handlers and tests. */
export { HOME_SHOW_ALL_ACTION } from '../../home/home-section.js';

export const APP_HOME_OPENED = 'app_home_opened';
/** The read-only modal a "show all" button opens (no submit, so no view_submission to handle). */
export const SHOW_ALL_MODAL = 'home_show_all_modal';
