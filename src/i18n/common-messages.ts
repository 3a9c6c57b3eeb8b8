import { defineMessages } from './define-messages.js';

export const commonMessages = defineMessages({
  en: {
    'common.something_went_wrong':
      'Something went wrong on our side and nothing was changed. Please try again in a minute; if it keeps happening, tell your Outfield admin.',
    'common.failed_after_ack':
      'Something went wrong on our side while finishing this, so part of it may already be done. Please check before you try again; if it keeps happening, tell your Outfield admin.',
    'common.slack_busy': 'Slack is busy right now, so I could not finish this. Please try again in a minute.',
    'common.trigger_expired': 'Slack took too long to open the form. Please run the command or press the button again.',
    'common.forbidden_admin_only': 'Only an Outfield admin can do that. Ask a workspace admin or someone listed in OUTFIELD_ADMINS.',
    'common.forbidden_manager_only': 'Only managers and admins can do that. Ask your manager or an Outfield admin.',
    'common.forbidden_not_your_team': '<@{user}> is not on your team, so only their manager or an Outfield admin can do that.',
    'common.unknown_subcommand': '`{command} {sub}` is not something I know. Try `{command} help`.',
    'common.mention_expected': 'I expected a person here, like `@maria`, but got “{text}”.',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
  },
  id: {
    'common.something_went_wrong':
      'Terjadi kesalahan di pihak kami dan tidak ada yang diubah. Silakan coba lagi sebentar lagi; jika terus terjadi, beri tahu admin Outfield Anda.',
    'common.failed_after_ack':
      'Terjadi kesalahan di pihak kami saat menyelesaikan permintaan ini, jadi sebagian mungkin sudah tersimpan. Silakan periksa dulu sebelum mencoba lagi; jika terus terjadi, beri tahu admin Outfield Anda.',
    'common.slack_busy': 'Slack sedang sibuk, jadi permintaan ini belum bisa saya selesaikan. Silakan coba lagi sebentar lagi.',
    'common.trigger_expired': 'Slack terlalu lama membuka formulirnya. Silakan jalankan perintahnya atau tekan tombolnya sekali lagi.',
    'common.forbidden_admin_only': 'Hanya admin Outfield yang dapat melakukannya. Minta bantuan admin workspace atau orang yang tercantum di OUTFIELD_ADMINS.',
    'common.forbidden_manager_only': 'Hanya manajer dan admin yang dapat melakukannya. Minta manajer Anda atau admin Outfield.',
    'common.forbidden_not_your_team': '<@{user}> bukan anggota tim Anda, jadi hanya manajernya atau admin Outfield yang dapat melakukannya.',
    'common.unknown_subcommand': 'Saya tidak mengenal `{command} {sub}`. Coba `{command} help`.',
    'common.mention_expected': 'Di sini saya perlu nama orang, misalnya `@maria`, tetapi yang saya terima “{text}”.',
    'common.cancel': 'Batal',
    'common.save': 'Simpan',
  },
});
