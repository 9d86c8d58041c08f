import { describe, expect, it } from 'vitest';
import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { selfAssessmentKind } from '#functions/assessment/self-assessment-kind.ts';
import type { Opd } from '#functions/directory/model.ts';
import type { Cycle } from '#functions/obligations/model.ts';

const cycle = { city: 'jambi', year: 2026 } as Cycle;
const opd = (id: string): Opd => ({ city: 'jambi', opd: id, name: id, kind: 'dinas' });
/** An instruments port holding the demo instrument only. */
const ports = {
  instruments: {
    versions: async () => [1],
    get: async (_city: string, _id: string, version: number) =>
      version === 1 ? smartCityInstrument2026 : undefined,
  },
};

describe('the self-assessment obligation kind', () => {
  it('is due on the Friday of the second week of November, late ones taken two weeks more', () => {
    // 1 November 2026 is a Sunday: the first Friday is the 6th.
    expect(selfAssessmentKind.defaultPhase?.(2026)).toEqual({ due: '2026-11-13', closes: '2026-11-27' });
    // 1 November 2030 is a Friday: it is the first Friday itself.
    expect(selfAssessmentKind.defaultPhase?.(2030)).toEqual({ due: '2030-11-08', closes: '2030-11-22' });
  });

  it('is owed by an OPD the year’s instrument names for an indicator, and by none in a year without one', async () => {
    expect(await selfAssessmentKind.owedBy(opd('diskominfo'), { cycle, ports })).toBe(true);
    // Several indicators are every OPD's: an OPD of no named indicator owes it too.
    expect(await selfAssessmentKind.owedBy(opd('opd-0001'), { cycle, ports })).toBe(true);
    expect(
      await selfAssessmentKind.owedBy(opd('diskominfo'), { cycle: { ...cycle, year: 2027 }, ports }),
    ).toBe(false);
  });

  it('fails clearly where the function was not given the instruments store', async () => {
    await expect(selfAssessmentKind.owedBy(opd('diskominfo'), { cycle, ports: {} })).rejects.toThrow(
      /instruments store/,
    );
  });

  it('is reviewed by the submission-review workflow', () => {
    expect(selfAssessmentKind.reviewedBy).toBe('submission-review');
  });
});
