// The page's own words (what Slack itself would say), in the person's language. The app's messages
// come translated by the app.
const plural = (locale, count, forms) => forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;

const TEXT = {
  en: {
    onlyYou: 'Only visible to you', edited: 'edited', optional: 'optional', close: 'Close', cancel: 'Cancel', confirm: 'Confirm',
    empty: 'No messages yet. Type a slash command below, e.g. /call help', channels: 'Channels', apps: 'Apps', you: 'You are',
    home: 'Home', messages: 'Messages', message: (name) => `Message ${name}`, send: 'Send', clock: 'App clock',
    reps16: '16:00 for each rep', nextMorning: 'Next morning', plusHour: '+1 hour', plusDay: '+1 day', programEnd: 'End of the program', moving: 'Moving the clock…',
    noHome: 'Outfield has not published a Home for you yet.', required: 'Please complete this required field.', menu: 'Channels and people',
    replies: (count) => `${count} ${plural('en', count, { one: 'reply', other: 'replies' })}`,
  },
  id: {
    onlyYou: 'Hanya terlihat oleh Anda', edited: 'diedit', optional: 'opsional', close: 'Tutup', cancel: 'Batal', confirm: 'Konfirmasi',
    empty: 'Belum ada pesan. Ketik perintah garis miring di bawah, misalnya /call help', channels: 'Saluran', apps: 'Aplikasi', you: 'Anda adalah',
    home: 'Beranda', messages: 'Pesan', message: (name) => `Kirim pesan ke ${name}`, send: 'Kirim', clock: 'Jam aplikasi',
    reps16: 'Pukul 16.00 tiap sales', nextMorning: 'Besok pagi', plusHour: '+1 jam', plusDay: '+1 hari', programEnd: 'Akhir program', moving: 'Memajukan jam…',
    noHome: 'Outfield belum menampilkan Beranda untuk Anda.', required: 'Kolom ini wajib diisi.', menu: 'Saluran dan orang',
    replies: (count) => `${count} balasan`,
  },
};

/** t(key, ...args) for a Slack locale such as "id-ID" (English otherwise). */
export function chromeText(locale) {
  const table = TEXT[locale.slice(0, 2)] ?? TEXT.en;
  return (key, ...args) => {
    const entry = table[key] ?? TEXT.en[key];
    return typeof entry === 'function' ? entry(...args) : entry;
  };
}
