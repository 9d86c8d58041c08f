import type { CalendarDay, CycleCalendar } from './calendar.ts';

/**
 * Sources, cross-checked against each other:
 * - SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497, 2 dan 5 Tahun 2025
 *   tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (signed 19 September 2025): 17 national
 *   holidays and 8 collective leave days, as listed by disdiksmg.semarangkota.go.id, okezone.com,
 *   kontan.co.id, brilio.net and matamaluku.com.
 * - Keppres Nomor 42 Tahun 2025 tentang Cuti Bersama Pegawai ASN Tahun 2026 (31 December 2025):
 *   the same 8 collective leave days (okezone.com, liramedia.co.id, 4-5 February 2026).
 *
 * The decree leaves Idulfitri and Iduladha to a decree of the Minister of Religious Affairs (sidang
 * isbat). Idulfitri on 21 March 2026 was confirmed by the isbat of 19 March 2026; the Iduladha date is
 * the decree's and was not checked against an isbat result (see the comment next to it).
 */
const day = (date: string, id: string, en: string): CalendarDay => ({ date, name: { id, en } });

const holidays: readonly CalendarDay[] = [
  day('2026-01-01', 'Tahun Baru 2026 Masehi', "New Year's Day 2026"),
  day('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"),
  day('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year 2577 Kongzili'),
  day('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Day of Silence (Saka New Year 1948)'),
  day('2026-03-21', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH'),
  day('2026-03-22', 'Idulfitri 1447 Hijriah (hari kedua)', 'Eid al-Fitr 1447 AH (second day)'),
  day('2026-04-03', 'Wafat Yesus Kristus', 'Good Friday'),
  day('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'),
  day('2026-05-01', 'Hari Buruh Internasional', 'International Labour Day'),
  day('2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'),
  // Per the SKB; subject to the Minister of Religious Affairs' isbat for 1 Zulhijah 1447 H, not confirmed.
  day('2026-05-27', 'Iduladha 1447 Hijriah', 'Eid al-Adha 1447 AH'),
  day('2026-05-31', 'Hari Raya Waisak 2570 BE', 'Vesak Day 2570 BE'),
  day('2026-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'),
  day('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'Islamic New Year 1448 AH'),
  day('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', 'Independence Day'),
  day('2026-08-25', 'Maulid Nabi Muhammad SAW', 'Birthday of the Prophet Muhammad'),
  day('2026-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'),
];

const collectiveLeave: readonly CalendarDay[] = [
  day('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'Collective leave: Chinese New Year'),
  day('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'Collective leave: Day of Silence'),
  day('2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr'),
  day('2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr'),
  day('2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr'),
  day('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave: Ascension of Jesus Christ'),
  // Follows Iduladha: moves with it if the isbat moves 10 Zulhijah 1447 H (not confirmed).
  day('2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah', 'Collective leave: Eid al-Adha'),
  day('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'Collective leave: Christmas'),
];

/**
 * Indonesia's 2026 national holidays (17 days) and collective leave days (8 days), names in
 * Bahasa Indonesia and English. Regional holidays are not included: a city adds its own.
 */
export const indonesia2026: Pick<CycleCalendar, 'holidays' | 'collectiveLeave'> = {
  holidays,
  collectiveLeave,
};
