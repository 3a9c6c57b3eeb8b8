import { defineMessages } from '../../i18n/define-messages.js';

export const adminMessages = defineMessages({
  en: {
    'admin.help':
      '*Outfield* keeps your field sales team’s calls, quotas, goals and incentives in Slack.\n' +
      '• `/call Acme Corp: met the buyer` logs a call; `/call` opens the form; `/call help` for more\n' +
      '• `/quota` shows today and this week against your quota\n' +
      '• `/goal` shows your month and quarter goals with forecasts\n' +
      '• `/leaderboard` shows the current standings\n' +
      '• `/incentive` manages incentive programs (managers)\n' +
      '• `/disclose` discloses an outside line you carry\n' +
      '*Admin and manager commands*\n' +
      '• `/outfield role @user manager` or `rep` — who manages (admins)\n' +
      '• `/outfield team @manager @rep1 @rep2` — put reps on a manager’s team (admins); `/outfield team` shows yours\n' +
      '• `/outfield kind @rep independent` or `employee` — independent reps log voluntarily and opt in to nudges (admins, their manager)\n' +
      '• `/outfield setup` — workspace settings; `/outfield report [month|quarter|YYYY-MM|YYYY-Qn]`\n' +
      '• `/outfield accounts key` — the 80/20 key accounts; `/outfield export calls [from] [to]` — CSV to your DM',
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
      '*Outfield* menyimpan kunjungan, kuota, target, dan insentif tim penjualan lapangan Anda di Slack.\n' +
      '• `/call Acme Corp: bertemu pembeli` mencatat kunjungan; `/call` membuka formulir; `/call help` untuk selengkapnya\n' +
      '• `/quota` menampilkan hari ini dan minggu ini terhadap kuota Anda\n' +
      '• `/goal` menampilkan target bulan dan kuartal Anda beserta prakiraan\n' +
      '• `/leaderboard` menampilkan peringkat saat ini\n' +
      '• `/incentive` mengelola program insentif (manajer)\n' +
      '• `/disclose` mengungkapkan lini luar yang Anda bawa\n' +
      '*Perintah admin dan manajer*\n' +
      '• `/outfield role @pengguna manager` atau `rep` — siapa yang mengelola (admin)\n' +
      '• `/outfield team @manajer @rep1 @rep2` — masukkan rep ke tim manajer (admin); `/outfield team` menampilkan tim Anda\n' +
      '• `/outfield kind @rep independent` atau `employee` — rep independen mencatat secara sukarela dan memilih sendiri pengingatnya (admin, manajernya)\n' +
      '• `/outfield setup` — pengaturan workspace; `/outfield report [month|quarter|YYYY-MM|YYYY-Qn]`\n' +
      '• `/outfield accounts key` — akun utama 80/20; `/outfield export calls [dari] [sampai]` — CSV ke DM Anda',
    'admin.role_usage': 'Cara pakai: `/outfield role @pengguna manager` atau `/outfield role @pengguna rep`.',
    'admin.role_set': '<@{user}> sekarang menjadi *{role}*.',
    'admin.role_unchanged': '<@{user}> sudah menjadi *{role}*; tidak ada yang berubah.',
    'admin.role_name_manager': 'manajer',
    'admin.role_name_rep': 'rep',
    'admin.team_usage': 'Cara pakai: `/outfield team @manajer @rep1 @rep2 …` (admin), atau `/outfield team` untuk melihat tim Anda.',
    'admin.team_not_manager': '<@{user}> belum menjadi manajer. Jadikan manajer dulu: `/outfield role <@{user}> manager`.',
    'admin.team_self': '<@{user}> tidak dapat menjadi anggota timnya sendiri.',
    'admin.team_set': 'Tim <@{manager}>: {reps}.',
    'admin.team_empty': '<@{manager}> belum memiliki anggota tim. Tambahkan rep dengan `/outfield team <@{manager}> @rep1 @rep2`.',
    'admin.team_listing': 'Tim <@{manager}> ({count}): {reps}.',
  },
});
