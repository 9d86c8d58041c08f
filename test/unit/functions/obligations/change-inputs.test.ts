import { describe, expect, it } from 'vitest';
import { assertDueDate, dueDateProblems, moveObligationBody } from '#functions/obligations/change-inputs.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { makeCalendar } from '#test/unit/functions/obligations/builders.ts';

const context = { year: 2026, calendar: makeCalendar(), today: '2026-03-02' };
const codes = (due: string) => dueDateProblems(context, due).map((p) => p.code);

describe('a new due date', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '13-11-2026', '2026-11-13T00:00:00Z', ''])(
    'refuses %j as no calendar date',
    (due) => {
      expect(moveObligationBody.safeParse({ due }).success).toBe(false);
    },
  );

  it('accepts a working day of the cycle year or the next, today or later', () => {
    for (const due of ['2026-03-02', '2026-11-13', '2027-01-05', '2027-12-31']) {
      expect(codes(due)).toEqual([]);
    }
  });

  it.each([
    ['2025-12-31', ['outside_cycle_years']],
    ['2028-01-03', ['outside_cycle_years']],
    ['9999-12-31', ['outside_cycle_years']],
    ['0000-01-01', ['outside_cycle_years']],
    ['2026-02-27', ['before_today']],
    ['2026-02-28', ['before_today', 'not_working_day']],
    ['2026-08-17', ['not_working_day']],
  ])('names each rule %s breaks', (due, expected) => {
    expect(codes(due)).toEqual(expected);
  });

  it('words the rule in both languages, with the date in words', () => {
    // Act
    const [problem] = dueDateProblems(context, '2026-11-14');

    // Assess
    expect(problem).toEqual({
      path: 'due',
      code: 'not_working_day',
      message: {
        id: 'Tenggat Sabtu, 14 November 2026 bukan hari kerja (akhir pekan, libur nasional, atau cuti bersama).',
        en: 'The due date Saturday, 14 November 2026 is not a working day (a weekend, a national holiday or collective leave).',
      },
    });
  });

  it('throws 400 invalid_due_date with every broken rule as a field error', () => {
    // Act
    const error = (() => {
      try {
        assertDueDate(context, '2026-02-28');
      } catch (thrown) {
        return thrown;
      }
    })();

    // Assess
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'invalid', code: 'invalid_due_date' });
    expect((error as DomainError).fields?.map((f) => f.code)).toEqual(['before_today', 'not_working_day']);
    expect(() => assertDueDate(context, '2026-11-13')).not.toThrow();
  });
});
