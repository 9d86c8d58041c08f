import { describe, expect, it } from 'vitest';
import { isoWeekday } from '#functions/platform/time/days.ts';
import { defaultVisitSettings } from '#functions/visits/visit-settings.ts';

describe('the default visit window', () => {
  it('runs from the Monday after the self-assessment closes to the third Friday of December, two evaluators a visit', () => {
    expect(defaultVisitSettings(2026)).toEqual({ opens: '2026-11-30', closes: '2026-12-18', teamSize: 2 });
    expect(defaultVisitSettings(2027)).toEqual({ opens: '2027-11-29', closes: '2027-12-17', teamSize: 2 });
  });

  it('follows a self-assessment that closes later, and keeps at least three weeks', () => {
    const late = defaultVisitSettings(2026, '2026-12-10');
    expect(late.opens).toBe('2026-12-14');
    expect(late.closes).toBe('2027-01-01');
  });

  it('always opens on a Monday after the close and closes on or after it, whatever the year', () => {
    for (let year = 2026; year <= 2040; year++) {
      const { opens, closes } = defaultVisitSettings(year);
      expect(isoWeekday(opens), `${year}`).toBe(1);
      expect(closes >= opens, `${year}`).toBe(true);
    }
  });
});
