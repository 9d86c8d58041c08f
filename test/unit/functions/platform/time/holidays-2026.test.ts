import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '#functions/platform/time/days.ts';
import { indonesia2026 } from '#functions/platform/time/holidays-2026.ts';

const { holidays, collectiveLeave } = indonesia2026;
const all = [...holidays, ...collectiveLeave];

describe('indonesia2026', () => {
  it('lists 17 national holidays and 8 collective leave days, as the 2026 decree counts them', () => {
    expect(holidays).toHaveLength(17);
    expect(collectiveLeave).toHaveLength(8);
  });

  it('holds valid, distinct 2026 dates in order', () => {
    for (const list of [holidays, collectiveLeave]) {
      const dates = list.map((day) => day.date);
      expect(dates.every((date) => date.startsWith('2026-') && addDays(date, 0) === date)).toBe(true);
      expect(dates).toEqual([...dates].sort());
    }
    expect(new Set(all.map((day) => day.date)).size).toBe(all.length);
  });

  it('puts every collective leave day on a weekday, as leave is only given on working days', () => {
    expect(collectiveLeave.filter((day) => isoWeekday(day.date) > 5)).toEqual([]);
  });

  it('names every day in Bahasa Indonesia and English', () => {
    expect(all.filter((day) => day.name.id.trim() === '' || day.name.en.trim() === '')).toEqual([]);
  });

  it('places Lebaran on Saturday 21 and Sunday 22 March with leave on 20, 23 and 24 March', () => {
    expect(holidays.filter((day) => day.name.en.startsWith('Eid al-Fitr')).map((day) => day.date)).toEqual([
      '2026-03-21',
      '2026-03-22',
    ]);
    expect(
      collectiveLeave.filter((day) => day.name.en.endsWith('Eid al-Fitr')).map((day) => day.date),
    ).toEqual(['2026-03-20', '2026-03-23', '2026-03-24']);
  });
});
