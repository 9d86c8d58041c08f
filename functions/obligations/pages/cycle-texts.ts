import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** Texts of the admin's cycle page, in Bahasa Indonesia and English. */
export const cycleTexts = {
  title: { id: 'Siklus evaluasi', en: 'Evaluation cycle' },
  intro: {
    id: 'Pengaturan siklus tahun ini dan jadwal pengingat yang dikirim kepada setiap OPD.',
    en: "This year's cycle settings and the reminders every OPD receives.",
  },
  noCycleTitle: { id: 'Belum ada siklus', en: 'No cycle yet' },
  noCycleBody: {
    id: 'Siklus tahun ini belum dimulai. Mulai dengan perintah siklus start.',
    en: "This year's cycle has not started yet. Start it with the cycle start command.",
  },
  innovationDue: { id: 'Tenggat laporan inovasi', en: 'Innovation reports due' },
  innovationCloses: { id: 'Batas akhir kiriman terlambat', en: 'Late submissions accepted until' },
  timeZone: { id: 'Zona waktu', en: 'Time zone' },
  daysOff: { id: 'Libur nasional + cuti bersama', en: 'National holidays + collective leave' },
  sendAt: { id: 'Jam kirim email', en: 'Emails sent at' },
  ladder: { id: 'Jadwal pengingat dan eskalasi', en: 'Reminders and escalations' },
  ladderIntro: {
    id: 'Untuk kewajiban yang dibuka saat siklus dimulai; pengingat yang jatuh pada hari libur dimajukan ke hari kerja sebelumnya.',
    en: 'For an obligation opened when the cycle started; a reminder falling on a day off moves to the working day before.',
  },
  monthly: { id: 'Pengingat bulanan', en: 'Monthly reminder' },
  before: { id: 'Pengingat menjelang tenggat', en: 'Reminder before the deadline' },
  escalation: { id: 'Eskalasi', en: 'Escalation' },
  secretary: { id: 'Sekretaris Daerah', en: 'City Secretary' },
} satisfies Record<string, Bilingual>;
