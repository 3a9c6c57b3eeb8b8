import { defineMessages } from '../../i18n/define-messages.js';

/** What the quotas feature shows on the App Home (SPEC §4.7). */
export const quotasHomeMessages = defineMessages({
  en: {
    'quotas.home_time_off': 'Time off',
    'quotas.home_pending_title': '*Pending*',
    'quotas.home_snoozed': '⏸ You snoozed today’s reminder; reminders are back tomorrow.',
    'quotas.home_away': '🌴 Out of office until {day}: no reminders until then.',
    'quotas.home_team_title': '*Your team today and this week*',
    'quotas.home_team_reps_one': '{count} rep',
    'quotas.home_team_reps_other': '{count} reps',
    'quotas.home_team_today': 'Today: *{done}* of {target} calls {bar}',
    'quotas.home_team_week': 'This week: *{done}* of {target} calls {bar}',
    'quotas.home_behind_title_one': '*{count} rep is behind today*',
    'quotas.home_behind_title_other': '*{count} reps are behind today*',
    'quotas.home_nobody_behind': 'Nobody is behind today. 🎉',
    'quotas.home_show_all_one': 'Show the whole team ({count})',
    'quotas.home_show_all_other': 'Show the whole team ({count})',
    'quotas.home_team_modal_title': 'Your team',
  },
  id: {
    'quotas.home_time_off': 'Cuti/izin',
    'quotas.home_pending_title': '*Menunggu tindakan*',
    'quotas.home_snoozed': '⏸ Pengingat hari ini sudah Anda tunda; besok pengingat aktif lagi.',
    'quotas.home_away': '🌴 Sedang cuti sampai {day}: tidak ada pengingat sampai saat itu.',
    'quotas.home_team_title': '*Tim Anda hari ini dan minggu ini*',
    'quotas.home_team_reps_one': '{count} sales',
    'quotas.home_team_reps_other': '{count} sales',
    'quotas.home_team_today': 'Hari ini: *{done}* dari {target} aktivitas {bar}',
    'quotas.home_team_week': 'Minggu ini: *{done}* dari {target} aktivitas {bar}',
    'quotas.home_behind_title_one': '*{count} sales masih di bawah target hari ini*',
    'quotas.home_behind_title_other': '*{count} sales masih di bawah target hari ini*',
    'quotas.home_nobody_behind': 'Hari ini semua sudah memenuhi target. 🎉',
    'quotas.home_show_all_one': 'Lihat seluruh tim ({count})',
    'quotas.home_show_all_other': 'Lihat seluruh tim ({count})',
    'quotas.home_team_modal_title': 'Tim Anda',
  },
});
