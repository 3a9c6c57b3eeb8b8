import { defineMessages } from '../../i18n/define-messages.js';

/** Messages of the managers' view of a rep's call reports (`/call list @rep`). */
export const repCallsMessages = defineMessages({
  en: {
    'calls.rep_list_usage': 'Usage: `/call list @rep [from] [to]` with dates as YYYY-MM-DD, e.g. `/call list @maria 2026-11-01 2026-11-30`.',
    'calls.rep_list_unknown': '<@{user}> has not used Outfield yet, so there are no call reports to show.',
    'calls.rep_list_forbidden': 'Only <@{user}>’s manager or an Outfield admin can read their call reports.',
    'calls.rep_list_title': 'Call reports',
    'calls.rep_list_header': 'Calls of <@{user}> from {from} to {to}: *{count}*',
    'calls.rep_list_empty': '<@{user}> logged no calls from {from} to {to}.',
    'calls.rep_list_independent': 'An independent rep: you see accounts, outcomes and values, not contacts, next steps or notes.',
    'calls.rep_list_more': 'The latest {shown} of {count} are shown. Narrow the dates, or use `/outfield export calls` for all of them.',
  },
  id: {
    'calls.rep_list_usage': 'Cara pakai: `/call list @sales [dari] [sampai]` dengan tanggal YYYY-MM-DD, misalnya `/call list @maria 2026-11-01 2026-11-30`.',
    'calls.rep_list_unknown': '<@{user}> belum pernah memakai Outfield, jadi belum ada laporan aktivitas.',
    'calls.rep_list_forbidden': 'Hanya manajer <@{user}> atau admin Outfield yang dapat membaca laporan aktivitasnya.',
    'calls.rep_list_title': 'Laporan aktivitas',
    'calls.rep_list_header': 'Aktivitas <@{user}> dari {from} sampai {to}: *{count}*',
    'calls.rep_list_empty': '<@{user}> tidak mencatat aktivitas dari {from} sampai {to}.',
    'calls.rep_list_independent': 'Sales independen: Anda melihat pelanggan, hasil, dan nilai deal, tetapi tidak kontak, langkah berikutnya, atau catatan.',
    'calls.rep_list_more': 'Ditampilkan {shown} terbaru dari {count}. Persempit tanggalnya, atau gunakan `/outfield export calls` untuk semuanya.',
  },
});
