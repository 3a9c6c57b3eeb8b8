import { defineMessages } from '../../i18n/define-messages.js';

export const homeMessages = defineMessages({
  en: {
    'home.title_rep': 'Where you stand',
    'home.title_manager': 'Where you and your team stand',
    'home.updated': 'Updated {day}, {time} ({tz})',
    'home.section_failed': '⚠️ This part could not be loaded just now; it will be back on the next refresh.',
    'home.truncated': 'Some lists are shortened to fit the Home tab: use the *Show* buttons or the commands for everything.',
    'home.show_all_unknown': 'That list is no longer on your Home. Open the Home tab again to refresh it.',
    'home.close': 'Close',
  },
  id: {
    'home.title_rep': 'Posisi Anda saat ini',
    'home.title_manager': 'Posisi Anda dan tim saat ini',
    'home.updated': 'Diperbarui {day}, pukul {time} ({tz})',
    'home.section_failed': '⚠️ Bagian ini belum bisa dimuat; akan muncul lagi saat halaman diperbarui.',
    'home.truncated': 'Beberapa daftar dipersingkat agar muat di tab Beranda: pakai tombol *Lihat* atau perintahnya untuk daftar lengkap.',
    'home.show_all_unknown': 'Daftar itu sudah tidak ada di Beranda Anda. Buka lagi tab Beranda untuk memperbaruinya.',
    'home.close': 'Tutup',
  },
});
