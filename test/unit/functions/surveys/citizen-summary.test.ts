import { describe, expect, it } from 'vitest';
import {
  type CitizenFigures,
  citizenSummary,
  fewerDistricts,
  publicCitizenSummary,
} from '#functions/surveys/citizen-summary.ts';
import type { CitizenTally } from '#functions/surveys/response-model.ts';

/*
 * The citizen survey of a program from its counts by district: the counts of all responses and of
 * each district (with `-` for responses that named none), and the mean satisfaction of those who
 * rated it, which is absent where no one did (not 0).
 */

const tally = (district: string, counts: Omit<CitizenTally, 'district'>): CitizenTally => ({
  district,
  ...counts,
});

describe('citizenSummary', () => {
  it('adds the districts up, and takes the satisfaction over all ratings, not over districts', () => {
    // Prepare:
    //   telanaipura  10 responses, 8 aware, 6 used, 6 rated summing 27 (mean 4.5)
    //   jelutung      4 responses, 3 aware, 2 used, 2 rated summing  4 (mean 2)
    //   none given    3 responses, 1 aware, 1 used, 1 rated summing  3
    //   total 17 responses, 12 aware, 9 used, 9 rated: (27 + 4 + 3) / 9 = 34/9 = 3.777…
    //   (the mean of the district means, (4.5 + 2 + 3) / 3 = 3.1666…, is not it)
    const tallies = [
      tally('kecamatan-telanaipura', { responses: 10, aware: 8, used: 6, rated: 6, satisfactionSum: 27 }),
      tally('kecamatan-jelutung', { responses: 4, aware: 3, used: 2, rated: 2, satisfactionSum: 4 }),
      tally('-', { responses: 3, aware: 1, used: 1, rated: 1, satisfactionSum: 3 }),
    ];

    // Act
    const summary = citizenSummary(tallies);

    // Assess
    expect(summary.total).toEqual({
      responses: 17,
      aware: 12,
      used: 9,
      rated: 9,
      satisfaction: expect.closeTo(34 / 9, 10),
    });
    expect(summary.byDistrict['kecamatan-telanaipura']).toEqual({
      responses: 10,
      aware: 8,
      used: 6,
      rated: 6,
      satisfaction: 4.5,
    });
    expect(summary.byDistrict['kecamatan-jelutung']?.satisfaction).toBe(2);
    expect(summary.byDistrict['-']).toEqual({ responses: 3, aware: 1, used: 1, rated: 1, satisfaction: 3 });
  });

  it('lists the districts in order of their ids, whatever the order of the counts', () => {
    // Prepare
    const counts = { responses: 1, aware: 0, used: 0, rated: 0, satisfactionSum: 0 };
    const tallies = ['kecamatan-telanaipura', '-', 'kecamatan-alam-barajo', 'kecamatan-jelutung'].map((d) =>
      tally(d, counts),
    );

    // Act
    const summary = citizenSummary(tallies);

    // Assess
    expect(Object.keys(summary.byDistrict)).toEqual([
      '-',
      'kecamatan-alam-barajo',
      'kecamatan-jelutung',
      'kecamatan-telanaipura',
    ]);
  });

  it('gives no satisfaction where no one rated it: for a district, and for all', () => {
    // Prepare: nobody used the program, so nobody was asked how satisfied they are
    const tallies = [
      tally('kecamatan-jelutung', { responses: 5, aware: 2, used: 0, rated: 0, satisfactionSum: 0 }),
      tally('-', { responses: 2, aware: 0, used: 0, rated: 0, satisfactionSum: 0 }),
    ];

    // Act
    const summary = citizenSummary(tallies);

    // Assess
    expect(summary.total).toEqual({ responses: 7, aware: 2, used: 0, rated: 0 });
    expect('satisfaction' in summary.total).toBe(false);
    expect(summary.byDistrict['kecamatan-jelutung']).toEqual({ responses: 5, aware: 2, used: 0, rated: 0 });
  });

  it('rates a district without ratings apart from the others, which keep theirs', () => {
    // Prepare
    const tallies = [
      tally('kecamatan-jelutung', { responses: 2, aware: 1, used: 0, rated: 0, satisfactionSum: 0 }),
      tally('kecamatan-telanaipura', { responses: 2, aware: 2, used: 2, rated: 2, satisfactionSum: 7 }),
    ];

    // Act
    const summary = citizenSummary(tallies);

    // Assess
    expect(summary.byDistrict['kecamatan-jelutung']?.satisfaction).toBeUndefined();
    expect(summary.byDistrict['kecamatan-telanaipura']?.satisfaction).toBe(3.5);
    expect(summary.total.satisfaction).toBe(3.5);
  });

  it('is all zeros, with no districts, before any response', () => {
    // Act
    const summary = citizenSummary([]);

    // Assess
    expect(summary).toEqual({ total: { responses: 0, aware: 0, used: 0, rated: 0 }, byDistrict: {} });
  });

  it('does not reorder the counts it was given', () => {
    // Prepare
    const tallies = [
      tally('b', { responses: 1, aware: 1, used: 1, rated: 1, satisfactionSum: 5 }),
      tally('a', { responses: 1, aware: 1, used: 1, rated: 1, satisfactionSum: 1 }),
    ];

    // Act
    citizenSummary(tallies);

    // Assess
    expect(tallies.map((t) => t.district)).toEqual(['b', 'a']);
  });
});

describe('publicCitizenSummary', () => {
  it('gathers districts of fewer than five responses with those naming none, and keeps the counts whole', () => {
    // Prepare:
    //   telanaipura  10 responses, 6 rated, mean 4.5: shown as it is
    //   jelutung      4 responses, 2 rated, mean 2:   too few, gathered
    //   none given    3 responses, 1 rated, mean 3:   gathered
    //   gathered:     7 responses, 4 aware, 3 used, 3 rated: too few ratings for a mean
    const summary = citizenSummary([
      tally('kecamatan-telanaipura', { responses: 10, aware: 8, used: 6, rated: 6, satisfactionSum: 27 }),
      tally('kecamatan-jelutung', { responses: 4, aware: 3, used: 2, rated: 2, satisfactionSum: 4 }),
      tally('-', { responses: 3, aware: 1, used: 1, rated: 1, satisfactionSum: 3 }),
    ]);

    // Act
    const shown = publicCitizenSummary(summary);

    // Assess
    expect(shown.byDistrict).toEqual({
      'kecamatan-telanaipura': { responses: 10, aware: 8, used: 6, rated: 6, satisfaction: 4.5 },
      [fewerDistricts]: { responses: 7, aware: 4, used: 3, rated: 3 },
    });
    expect(shown.total).toEqual(summary.total);
    const sum = (pick: (f: CitizenFigures) => number) =>
      Object.values(shown.byDistrict).reduce((total, f) => total + pick(f), 0);
    expect(sum((f) => f.responses)).toBe(shown.total.responses);
  });

  it('shows no mean satisfaction of the whole program from fewer than five ratings', () => {
    // Prepare: 8 responses, 3 rated
    const summary = citizenSummary([
      tally('kecamatan-telanaipura', { responses: 8, aware: 5, used: 3, rated: 3, satisfactionSum: 12 }),
    ]);

    // Act
    const shown = publicCitizenSummary(summary);

    // Assess
    expect(summary.total.satisfaction).toBe(4);
    expect(shown.total).toEqual({ responses: 8, aware: 5, used: 3, rated: 3 });
  });
});
