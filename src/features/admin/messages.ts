import { defineMessages } from '../../i18n/define-messages.js';

export const adminMessages = defineMessages({
  en: {
    'admin.help':
    '*Outfield* keeps your field sales team’s calls, quotas and incentives in Slack.\n' +
    '• `/call Acme Corp: met the buyer` logs a call; `/call` opens the form; `/call help` for more\n' +
    '• `/quota` shows today and this week against your quota; `/quota help` for more\n' +
    '• `/leaderboard` shows the standings of an incentive program; `/incentive` runs programs (managers)\n' +
    '*Admin and manager commands*\n' +
    '• `/outfield role @user manager` or `rep` — who manages (admins)\n' +
    '• `/outfield team @manager @rep1 @rep2` — put reps on a manager’s team (admins); `/outfield team` shows yours\n' +
    '• `/outfield kind @rep independent` or `employee` — independent reps log voluntarily and opt in to nudges (admins, their manager)\n' +
    '• `/outfield setup` — workspace settings (admins)\n' +
    'Coming later: goals, disclosures, reports and exports.',
    'admin.role_usage': 'Usage: `/outfield role @user manager` or `/outfield role @user rep`.',
    'admin.role_set': '<@{user}> is now a *{role}*.',
    'admin.role_unchanged': '<@{user}> is already a *{role}*; nothing changed.',
    'admin.role_name_manager': 'manager',
    'admin.role_name_rep': 'rep',
    'admin.team_usage': 'Usage: `/outfield team @manager @rep1 @rep2 …` (admins), or `/outfield team` to see your own team.',
    'admin.team_not_manager': '<@{user}> is not a manager yet. Make them one first: `/outfield role <@{user}> manager`.',
    'admin.team_self': '<@{user}> cannot be on their own team.',
    'admin.team_set': 'Team of <@{manager}>: {reps}.',
    'admin.team_empty': '<@{manager}> has nobody on their team yet. Add reps with `/outfield team <@{manager}> @rep1 @rep2`.',
    'admin.team_listing': 'Team of <@{manager}> ({count}): {reps}.',
  },
  id: {
    'admin.help':
    '*Outfield* menyimpan aktivitas, kuota, dan insentif tim sales lapangan Anda di Slack.\n' +
    '• `/call Acme Corp: bertemu pembeli` mencatat aktivitas; `/call` membuka formulir; `/call help` untuk penjelasan lengkap\n' +
    '• `/quota` menampilkan capaian hari ini dan minggu ini dibandingkan dengan kuota Anda; `/quota help` untuk penjelasan lengkap\n' +
    '• `/leaderboard` menampilkan klasemen program insentif; `/incentive` untuk menjalankan program (manajer)\n' +
    '*Perintah untuk admin dan manajer*\n' +
    '• `/outfield role @pengguna manager` atau `rep` — siapa yang menjadi manajer (admin)\n' +
    '• `/outfield team @manajer @sales1 @sales2` — masukkan sales ke tim seorang manajer (admin); `/outfield team` menampilkan tim Anda\n' +
    '• `/outfield kind @sales independent` atau `employee` — sales independen mencatat secara sukarela dan memilih sendiri apakah mau menerima pengingat (admin, manajernya)\n' +
    '• `/outfield setup` — pengaturan workspace (admin)\n' +
    'Segera hadir: target, pengungkapan konflik kepentingan, laporan, dan ekspor.',
    'admin.role_usage': 'Cara pakai: `/outfield role @pengguna manager` atau `/outfield role @pengguna rep`.',
    'admin.role_set': '<@{user}> sekarang menjadi *{role}*.',
    'admin.role_unchanged': '<@{user}> sudah menjadi *{role}*; tidak ada yang berubah.',
    'admin.role_name_manager': 'manajer',
    'admin.role_name_rep': 'sales',
    'admin.team_usage': 'Cara pakai: `/outfield team @manajer @sales1 @sales2 …` (admin), atau `/outfield team` untuk melihat tim Anda.',
    'admin.team_not_manager': '<@{user}> belum menjadi manajer. Jadikan manajer dulu: `/outfield role <@{user}> manager`.',
    'admin.team_self': '<@{user}> tidak dapat menjadi anggota timnya sendiri.',
    'admin.team_set': 'Tim <@{manager}>: {reps}.',
    'admin.team_empty': '<@{manager}> belum memiliki anggota tim. Tambahkan sales dengan `/outfield team <@{manager}> @sales1 @sales2`.',
    'admin.team_listing': 'Tim <@{manager}> ({count}): {reps}.',
  },
});
