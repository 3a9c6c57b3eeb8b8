import { defineMessages } from '../../i18n/define-messages.js';
import { callErrorMessages } from './error-messages.js';

const en = {
  'calls.help':
    '*Log a sales call*\n' +
    '• `/call` opens the *Log a call* form\n' +
    '• `/call Acme Corp: met the buyer, demo booked` logs a call at once: the account is the text before the first colon, the notes come after it (`/call Acme Corp` logs a call without notes)\n' +
    '• Anywhere in the notes you may add, once each:\n' +
    '   deal value `$12,500`, `$12.5k`, `value:12500` or `value:1.2m` (workspace currency, 0 or more)\n' +
    '   call type `#visit`, `#phone`, `#video` or `#email`\n' +
    '   stage `stage:prospecting|qualification|proposal|negotiation|won|lost`\n' +
    '   outcome `outcome:no_answer|follow_up|meeting_booked|proposal_sent|won|lost`\n' +
    '   date `date:yesterday` or `date:YYYY-MM-DD` (up to 7 days back, at 12:00 your time; default now)\n' +
    '   These are removed from the notes. A token I cannot read (`value:abc`, `#fax`) stops the call and nothing is stored.\n' +
    '• Example: `/call Acme Corp: demo booked #visit $12,500 stage:proposal`\n' +
    '• `/call list` shows your last 10 calls with Edit and Delete\n' +
    '• `/call undo` deletes the call you logged in the last 10 minutes\n' +
    'Only you, your manager and Outfield admins see your call notes.',
  'calls.modal_title': 'Log a call',
  'calls.modal_title_edit': 'Edit call',
  'calls.label_account': 'Account',
  'calls.label_contact': 'Contact',
  'calls.label_type': 'Type',
  'calls.label_when': 'When',
  'calls.label_time': 'Time',
  'calls.label_outcome': 'Outcome',
  'calls.label_value': 'Deal value ({currency})',
  'calls.label_stage': 'Stage',
  'calls.label_next_step': 'Next step',
  'calls.label_next_step_date': 'Next step date',
  'calls.label_notes': 'Notes',
  'calls.hint_account': 'Type to search. Pick “New account: …” to add one.',
  'calls.hint_when': 'Up to 7 days back. Leave the time empty for now.',
  'calls.new_account_option': 'New account: {name}',
  'calls.type_visit': 'Visit',
  'calls.type_phone': 'Phone',
  'calls.type_video': 'Video',
  'calls.type_email': 'Email',
  'calls.outcome_no_answer': 'No answer',
  'calls.outcome_follow_up': 'Follow-up',
  'calls.outcome_meeting_booked': 'Meeting booked',
  'calls.outcome_proposal_sent': 'Proposal sent',
  'calls.outcome_won': 'Won',
  'calls.outcome_lost': 'Lost',
  'calls.stage_prospecting': 'Prospecting',
  'calls.stage_qualification': 'Qualification',
  'calls.stage_proposal': 'Proposal',
  'calls.stage_negotiation': 'Negotiation',
  'calls.stage_won': 'Won',
  'calls.stage_lost': 'Lost',
  'calls.logged': 'Logged your call with *{account}*.',
  'calls.already_logged': 'This call was already logged; nothing was added. Here it is:',
  'calls.updated': 'Updated your call with *{account}*.',
  'calls.deleted': 'Deleted the call with *{account}* of {day}.',
  'calls.undone': 'Undone: your call with *{account}* of {day} is deleted.',
  'calls.list_header': 'Your last calls',
  'calls.list_empty': 'You have not logged any calls yet. Try `/call Acme Corp: met the buyer`.',
  'calls.edit': 'Edit',
  'calls.delete': 'Delete',
  'calls.delete_confirm_title': 'Delete this call?',
  'calls.delete_confirm_text': 'The call with {account} of {day} will be deleted. It no longer counts toward your quota.',
  'calls.duplicate_prompt': 'No account is named *{name}* yet, but these look close. Which one did you mean? Nothing is logged until you choose.',
  'calls.use_account': 'Use {name}',
  'calls.create_account': 'Create new account “{name}”',
} as const;

const id: Record<keyof typeof en, string> = {
  'calls.help':
    '*Catat aktivitas penjualan*\n' +
    '• `/call` membuka formulir *Catat aktivitas*\n' +
    '• `/call Acme Corp: bertemu pembeli, demo dijadwalkan` langsung mencatat aktivitas: nama pelanggan ditulis sebelum titik dua pertama, catatannya sesudahnya (`/call Acme Corp` mencatat aktivitas tanpa catatan)\n' +
    '• Di bagian mana pun dalam catatan Anda bisa menambahkan, masing-masing sekali:\n' +
    '   nilai transaksi `Rp12.500.000`, `Rp12,5jt`, `value:250rb` atau `value:12500000` (dalam mata uang workspace; titik memisahkan ribuan, koma untuk desimal)\n' +
    '   jenis aktivitas `#visit` (kunjungan), `#phone` (telepon), `#video` atau `#email`\n' +
    '   tahap `stage:prospecting|qualification|proposal|negotiation|won|lost`\n' +
    '   hasil `outcome:no_answer|follow_up|meeting_booked|proposal_sent|won|lost`\n' +
    '   tanggal `date:yesterday` atau `date:YYYY-MM-DD` (paling lama 7 hari ke belakang, dicatat pukul 12:00 waktu Anda; tanpa tanggal berarti sekarang)\n' +
    '   Penanda ini tidak ikut masuk ke catatan. Jika ada penanda yang tidak saya pahami (`value:abc`, `#fax`), aktivitasnya tidak dicatat sama sekali.\n' +
    '• Contoh: `/call Acme Corp: demo dijadwalkan #visit Rp12.500.000 stage:proposal`\n' +
    '• `/call list` menampilkan 10 aktivitas terakhir Anda beserta tombol Ubah dan Hapus\n' +
    '• `/call undo` menghapus aktivitas yang Anda catat dalam 10 menit terakhir\n' +
    'Catatan aktivitas Anda hanya dapat dilihat oleh Anda, manajer Anda, dan admin Outfield.',
  'calls.modal_title': 'Catat aktivitas',
  'calls.modal_title_edit': 'Ubah aktivitas',
  'calls.label_account': 'Pelanggan',
  'calls.label_contact': 'Kontak',
  'calls.label_type': 'Jenis',
  'calls.label_when': 'Tanggal',
  'calls.label_time': 'Jam',
  'calls.label_outcome': 'Hasil',
  'calls.label_value': 'Nilai transaksi ({currency})',
  'calls.label_stage': 'Tahap',
  'calls.label_next_step': 'Langkah berikutnya',
  'calls.label_next_step_date': 'Tanggal langkah berikutnya',
  'calls.label_notes': 'Catatan',
  'calls.hint_account': 'Ketik untuk mencari. Pilih “Pelanggan baru: …” untuk menambahkan pelanggan.',
  'calls.hint_when': 'Paling lama 7 hari ke belakang. Biarkan jam kosong untuk memakai waktu sekarang.',
  'calls.new_account_option': 'Pelanggan baru: {name}',
  'calls.type_visit': 'Kunjungan',
  'calls.type_phone': 'Telepon',
  'calls.type_video': 'Video',
  'calls.type_email': 'Email',
  'calls.outcome_no_answer': 'Tidak ada jawaban',
  'calls.outcome_follow_up': 'Tindak lanjut',
  'calls.outcome_meeting_booked': 'Pertemuan dijadwalkan',
  'calls.outcome_proposal_sent': 'Proposal terkirim',
  'calls.outcome_won': 'Deal berhasil',
  'calls.outcome_lost': 'Gagal',
  'calls.stage_prospecting': 'Prospek',
  'calls.stage_qualification': 'Kualifikasi',
  'calls.stage_proposal': 'Proposal',
  'calls.stage_negotiation': 'Negosiasi',
  'calls.stage_won': 'Deal berhasil',
  'calls.stage_lost': 'Gagal',
  'calls.logged': 'Aktivitas Anda dengan *{account}* sudah dicatat.',
  'calls.already_logged': 'Aktivitas ini sudah tercatat sebelumnya; tidak ada yang ditambahkan. Ini datanya:',
  'calls.updated': 'Aktivitas Anda dengan *{account}* sudah diperbarui.',
  'calls.deleted': 'Aktivitas dengan *{account}* pada {day} sudah dihapus.',
  'calls.undone': 'Dibatalkan: aktivitas Anda dengan *{account}* pada {day} sudah dihapus.',
  'calls.list_header': 'Aktivitas terakhir Anda',
  'calls.list_empty': 'Anda belum mencatat aktivitas apa pun. Coba `/call Acme Corp: bertemu pembeli`.',
  'calls.edit': 'Ubah',
  'calls.delete': 'Hapus',
  'calls.delete_confirm_title': 'Hapus aktivitas ini?',
  'calls.delete_confirm_text': 'Aktivitas dengan {account} pada {day} akan dihapus dan tidak lagi dihitung dalam kuota Anda.',
  'calls.duplicate_prompt': 'Belum ada pelanggan bernama *{name}*, tetapi beberapa nama ini mirip. Mana yang Anda maksud? Aktivitasnya baru dicatat setelah Anda memilih.',
  'calls.use_account': 'Pakai {name}',
  'calls.create_account': 'Buat pelanggan baru “{name}”',
};

export const callMessages = defineMessages({
  en: { ...en, ...callErrorMessages.en },
  id: { ...id, ...callErrorMessages.id },
});
