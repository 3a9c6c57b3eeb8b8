import { defineMessages } from '../../i18n/define-messages.js';

export const goalsMessages = defineMessages({
  en: {
    'goals.help':
      '*Goals and forecasts*\n' +
      '• `/goal` — your goals for this month and quarter: progress, forecasts and the same period last year\n' +
      '*Managers and admins*\n' +
      '• `/goal set` — opens the *Set goals* form\n' +
      '• `/goal set @rep 2026-11 revenue 50000` — a month goal (metrics: `revenue`, `deals`, `calls`)\n' +
      '• `/goal set @rep 2027-Q1 deals 12` — a quarter goal, split evenly into its months; add `lastyear` to follow last year’s months, or three amounts like `4,4,4`\n' +
      '• `/goal stages` — the win probability of each open deal stage; admins: `/goal stages proposal:40 negotiation:70`\n' +
      'Managers set goals for their own team, admins for everyone; nobody sets their own.',
    'goals.set_usage': 'Usage: `/goal set @rep 2026-11 revenue 50000` or `/goal set @rep 2027-Q1 deals 12 [even|lastyear|4,4,4]`.',
    'goals.bad_period': '“{text}” is not a period. Write a month as `2026-11` or a quarter as `2027-Q1`.',
    'goals.bad_metric': '“{text}” is not a goal metric. Use `revenue`, `deals` or `calls`.',
    'goals.bad_amount': '“{text}” is not an amount. Write digits with at most two decimals after a dot, e.g. `50000` or `12500.50`.',
    'goals.bad_count': '“{text}” is not a whole number. Deals and calls are counted in whole numbers, e.g. `12`.',
    'goals.too_large': '{text} is too large for a goal. Check the number of zeros.',
    'goals.split_month': 'Only a quarter goal can be split into months; a month goal is just its amount.',
    'goals.bad_split': '“{text}” is not a split. Use `even`, `lastyear`, or three amounts like `4,4,4`.',
    'goals.split_sum': 'The three months add up to {sum}, not to the quarter’s {target}. Adjust them so they match.',
    'goals.months_required': 'Enter the three month amounts, e.g. `4, 4, 4`, or choose another split.',
    'goals.bad_stage': '“{text}” is not a stage probability. Write `stage:percent` with a whole percent from 0 to 100; stages: {stages}.',
    'goals.self_set': 'You cannot set your own goal. Your manager or an Outfield admin can.',
    'goals.set_done': 'Goal of <@{user}> for {period}: *{target}* {metric}.',
    'goals.set_quarter': 'Goal of <@{user}> for {period}: *{target}* {metric}, by month {months}.',
    'goals.stages_current': 'Pipeline stage probabilities: {stages}.',
    'goals.stages_set': 'Pipeline stage probabilities are now: {stages}.',
    'goals.status_title': 'Your goals',
    'goals.quarter_label': 'Q{quarter} {year}',
    'goals.metric_revenue': 'revenue',
    'goals.metric_deals': 'deals won',
    'goals.metric_calls': 'calls',
    'goals.progress': '*{name}*: {actual} of {target} ({percent}%) {bar}',
    'goals.progress_no_goal': '*{name}*: {actual} (no goal set)',
    'goals.working_days_one': '{count} working day',
    'goals.working_days_other': '{count} working days',
    'goals.run_rate': 'Run-rate: {actual} in {elapsed} = {perDay} a day × {total} = *{forecast}*',
    'goals.run_rate_none': 'Run-rate: no working day yet to go by.',
    'goals.pipeline_won': 'won {won}',
    'goals.pipeline': 'Pipeline forecast: {sum} = *{forecast}*',
    'goals.yoy': 'Same period last year: {lastYear} ({change})',
    'goals.yoy_none': 'Same period last year: no history yet.',
    'goals.modal_title': 'Set goals',
    'goals.modal_rep': 'Rep',
    'goals.modal_period': 'Month or quarter',
    'goals.modal_period_hint': 'A month like 2026-11 or a quarter like 2027-Q1.',
    'goals.modal_metric': 'Metric',
    'goals.modal_target': 'Target',
    'goals.modal_split': 'Split a quarter into months',
    'goals.modal_months': 'Month amounts (by hand)',
    'goals.modal_months_hint': 'Three amounts that add up to the quarter’s target, e.g. 4, 4, 4.',
    'goals.modal_pick_rep': 'Pick the rep this goal is for.',
    'goals.split_even': 'Evenly',
    'goals.split_lastyear': 'Like last year’s months',
    'goals.split_hand': 'By hand',
  },
  id: {
    'goals.help':
      '*Target dan prakiraan*\n' +
      '• `/goal` — target Anda bulan ini dan kuartal ini: capaian, prakiraan, dan periode yang sama tahun lalu\n' +
      '*Manajer dan admin*\n' +
      '• `/goal set` — membuka formulir *Atur target*\n' +
      '• `/goal set @sales 2026-11 revenue 50000` — target bulanan (metrik: `revenue`, `deals`, `calls`)\n' +
      '• `/goal set @sales 2027-Q1 deals 12` — target kuartal, dibagi rata ke tiap bulan; tambahkan `lastyear` agar mengikuti pola bulan tahun lalu, atau tiga angka seperti `4,4,4`\n' +
      '• `/goal stages` — peluang menang tiap tahap deal yang masih terbuka; admin: `/goal stages proposal:40 negotiation:70`\n' +
      'Manajer mengatur target timnya sendiri, admin untuk semua orang; tidak ada yang boleh mengatur targetnya sendiri.',
    'goals.set_usage': 'Cara pakai: `/goal set @sales 2026-11 revenue 50000` atau `/goal set @sales 2027-Q1 deals 12 [even|lastyear|4,4,4]`.',
    'goals.bad_period': '“{text}” bukan periode. Tulis bulan sebagai `2026-11` atau kuartal sebagai `2027-Q1`.',
    'goals.bad_metric': '“{text}” bukan metrik target. Gunakan `revenue`, `deals`, atau `calls`.',
    'goals.bad_amount': '“{text}” bukan nominal yang valid. Tulis angka dengan paling banyak dua desimal setelah titik, misalnya `50000` atau `12500.50`.',
    'goals.bad_count': '“{text}” bukan bilangan bulat. Deal dan aktivitas dihitung dengan bilangan bulat, misalnya `12`.',
    'goals.too_large': '{text} terlalu besar untuk sebuah target. Periksa lagi jumlah nolnya.',
    'goals.split_month': 'Hanya target kuartal yang dapat dibagi per bulan; target bulanan cukup satu angka.',
    'goals.bad_split': '“{text}” bukan cara pembagian. Gunakan `even`, `lastyear`, atau tiga angka seperti `4,4,4`.',
    'goals.split_sum': 'Jumlah ketiga bulan {sum}, bukan {target} sesuai target kuartal. Sesuaikan agar sama.',
    'goals.months_required': 'Isi angka untuk ketiga bulan, misalnya `4, 4, 4`, atau pilih cara pembagian lain.',
    'goals.bad_stage': '“{text}” bukan peluang tahap yang valid. Tulis `tahap:persen` dengan persen bulat 0 sampai 100; tahap: {stages}.',
    'goals.self_set': 'Anda tidak dapat mengatur target Anda sendiri. Manajer Anda atau admin Outfield yang dapat melakukannya.',
    'goals.set_done': 'Target <@{user}> untuk {period}: *{target}* {metric}.',
    'goals.set_quarter': 'Target <@{user}> untuk {period}: *{target}* {metric}, per bulan {months}.',
    'goals.stages_current': 'Peluang menang per tahap pipeline: {stages}.',
    'goals.stages_set': 'Peluang menang per tahap pipeline sekarang: {stages}.',
    'goals.status_title': 'Target Anda',
    'goals.quarter_label': 'Kuartal {quarter} {year}',
    'goals.metric_revenue': 'omzet',
    'goals.metric_deals': 'deal berhasil',
    'goals.metric_calls': 'aktivitas',
    'goals.progress': '*{name}*: {actual} dari {target} ({percent}%) {bar}',
    'goals.progress_no_goal': '*{name}*: {actual} (belum ada target)',
    'goals.working_days_one': '{count} hari kerja',
    'goals.working_days_other': '{count} hari kerja',
    'goals.run_rate': 'Laju saat ini: {actual} dalam {elapsed} = {perDay} per hari × {total} = *{forecast}*',
    'goals.run_rate_none': 'Laju saat ini: belum ada hari kerja untuk dijadikan patokan.',
    'goals.pipeline_won': 'sudah closing {won}',
    'goals.pipeline': 'Prakiraan pipeline: {sum} = *{forecast}*',
    'goals.yoy': 'Periode yang sama tahun lalu: {lastYear} ({change})',
    'goals.yoy_none': 'Periode yang sama tahun lalu: belum ada riwayat.',
    'goals.modal_title': 'Atur target',
    'goals.modal_rep': 'Sales',
    'goals.modal_period': 'Bulan atau kuartal',
    'goals.modal_period_hint': 'Bulan seperti 2026-11 atau kuartal seperti 2027-Q1.',
    'goals.modal_metric': 'Metrik',
    'goals.modal_target': 'Target',
    'goals.modal_split': 'Pembagian kuartal per bulan',
    'goals.modal_months': 'Angka per bulan (manual)',
    'goals.modal_months_hint': 'Tiga angka yang jumlahnya sama dengan target kuartal, misalnya 4, 4, 4.',
    'goals.modal_pick_rep': 'Pilih sales yang akan diberi target ini.',
    'goals.split_even': 'Rata',
    'goals.split_lastyear': 'Ikuti pola tahun lalu',
    'goals.split_hand': 'Manual',
  },
});
