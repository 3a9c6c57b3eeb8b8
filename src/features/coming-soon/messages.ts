import { defineMessages } from '../../i18n/define-messages.js';

export const comingSoonMessages = defineMessages({
  en: {
    'coming_soon.reply': '`{command}` is coming soon to Outfield. Until then, `/outfield help` lists what already works.',
  },
  id: {
    'coming_soon.reply': '`{command}` segera hadir di Outfield. Sementara itu, `/outfield help` menampilkan yang sudah berfungsi.',
  },
});
