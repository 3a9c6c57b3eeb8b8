import { defineMessages } from '../../i18n/define-messages.js';

/** What the calls feature shows on the App Home (SPEC §4.7). */
export const callsHomeMessages = defineMessages({
  en: {
    'calls.home_log_call': 'Log a call',
    'calls.home_recent_title': '*Your last calls*',
    'calls.home_recent_empty': 'No calls yet. Log your first one with *Log a call* or `/call Acme: met the buyer`.',
  },
  id: {
    'calls.home_log_call': 'Catat aktivitas',
    'calls.home_recent_title': '*Aktivitas terakhir Anda*',
    'calls.home_recent_empty': 'Belum ada aktivitas. Catat yang pertama lewat *Catat aktivitas* atau `/call Acme: bertemu bagian pembelian`.',
  },
});
