import { describe, expect, it } from 'vitest';
import type { Instrument } from '#forms/instrument/model.ts';
import { checkInstrument, type InstrumentProblem } from '#forms/instrument/schema.ts';
import { makeIndicator, makeInstrument, testLevels } from './builders.ts';

/** The problems of a check that must fail. */
function problemsOf(value: unknown, previous?: Instrument): readonly InstrumentProblem[] {
  const check = checkInstrument(value, previous);
  if (check.ok) throw new Error('expected the instrument to be refused');
  return check.problems;
}

const paths = (problems: readonly InstrumentProblem[]) => problems.map((p) => p.path);

/** Version 1 of two indicators, and version 2 continuing it. */
const version1 = makeInstrument({
  year: 2025,
  indicators: [makeIndicator({ id: 'gov-ps-01' }), makeIndicator({ id: 'gov-ps-02' })],
});
const version2 = (indicators: Instrument['indicators']) =>
  makeInstrument({ version: 2, previousVersion: 1, indicators });

describe('checkInstrument', () => {
  it('accepts a valid instrument and returns it', () => {
    // Prepare
    const instrument = makeInstrument();

    // Act
    const check = checkInstrument(instrument);

    // Assess
    expect(check).toEqual({ ok: true, instrument });
  });

  describe('shape', () => {
    it.each([
      ['an instrument id not in kebab-case', { id: 'Smart City' }, ['id']],
      ['version 0', { version: 0 }, ['version']],
      ['a year out of range', { year: 1999 }, ['year']],
      ['an empty title', { title: { id: '', en: 'Title' } }, ['title', 'id']],
      ['no bands', { bands: [] }, ['bands']],
      ['no indicators', { indicators: [] }, ['indicators']],
      [
        'a negative aspect weight',
        { aspectWeights: { baseline: -10, output: 30, outcome: 30, impact: 40, 'quick-win': 10 } },
        ['aspectWeights', 'baseline'],
      ],
      [
        'a band above 5',
        { bands: [{ id: 'top', label: { id: 'Puncak', en: 'Top' }, from: 6 }] },
        ['bands', 0, 'from'],
      ],
    ])('refuses %s', (_, overrides, path) => {
      expect(paths(problemsOf(makeInstrument(overrides as Partial<Instrument>)))).toContainEqual(path);
    });

    it.each([
      ['an unknown aspect', { aspect: 'vision' }, ['indicators', 0, 'aspect']],
      ['weight 0', { weight: 0 }, ['indicators', 0, 'weight']],
      [
        'an empty list of responsible OPDs',
        { responsible: { opds: [] } },
        ['indicators', 0, 'responsible', 'opds'],
      ],
      ['four levels', { levels: testLevels.slice(0, 4) }, ['indicators', 0, 'levels']],
      [
        'a level without evidence in English',
        {
          levels: testLevels.map((l, i) => (i === 2 ? { ...l, evidence: { id: l.evidence.id, en: '' } } : l)),
        },
        ['indicators', 0, 'levels', 2, 'evidence', 'en'],
      ],
      ['a previous id not in kebab-case', { previous: 'Gov PS 01' }, ['indicators', 0, 'previous']],
    ])('refuses an indicator with %s', (_, overrides, path) => {
      // Prepare
      const indicator = { ...makeIndicator(), ...overrides };

      // Assess
      expect(paths(problemsOf(makeInstrument({ indicators: [indicator as never] })))).toContainEqual(path);
    });

    it('refuses a key the model does not know', () => {
      // Prepare
      const instrument = { ...makeInstrument(), owner: 'diskominfo' };

      // Assess
      expect(problemsOf(instrument)).toHaveLength(1);
    });
  });

  describe('rules across fields', () => {
    it('refuses aspect weights that do not add up to 100', () => {
      // Prepare
      const aspectWeights = { baseline: 10, output: 20, outcome: 30, impact: 30, 'quick-win': 20 };

      // Act
      const problems = problemsOf(makeInstrument({ aspectWeights }));

      // Assess
      expect(problems).toEqual([
        {
          path: ['aspectWeights'],
          message: {
            id: 'Jumlah bobot aspek harus 100, bukan 110.',
            en: 'The aspect weights must add up to 100, not 110.',
          },
        },
      ]);
    });

    it('tolerates a sum off 100 by binary rounding only', () => {
      // Prepare: 100.0000000001 is off by less than the check's 1e-9; 100.00001 is not.
      const weights = (baseline: number) => ({
        baseline,
        output: 20,
        outcome: 30,
        impact: 30,
        'quick-win': 10,
      });

      // Assess
      expect(checkInstrument(makeInstrument({ aspectWeights: weights(10.0000000001) })).ok).toBe(true);
      expect(paths(problemsOf(makeInstrument({ aspectWeights: weights(10.00001) })))).toEqual([
        ['aspectWeights'],
      ]);
    });

    it.each([
      ['the version itself', 2],
      ['a later version', 3],
    ])('refuses a previous version that is %s', (_, previousVersion) => {
      // Prepare
      const instrument = makeInstrument({ version: 2, previousVersion });

      // Act
      const problems = problemsOf(instrument, makeInstrument({ version: previousVersion }));

      // Assess
      expect(problems).toEqual([
        {
          path: ['previousVersion'],
          message: {
            id: `Versi sebelumnya harus lebih kecil dari versi 2, bukan ${previousVersion}.`,
            en: `The previous version must be lower than version 2, not ${previousVersion}.`,
          },
        },
      ]);
    });

    it('refuses bands that are not listed from the highest lower bound down', () => {
      // Prepare
      const bands = [
        { id: 'baik', label: { id: 'Baik', en: 'Good' }, from: 2.6 },
        { id: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, from: 3.5 },
        { id: 'kurang', label: { id: 'Kurang', en: 'Poor' }, from: 0 },
      ];

      // Assess
      expect(paths(problemsOf(makeInstrument({ bands })))).toEqual([['bands', 1, 'from']]);
    });

    it('refuses two bands with the same lower bound', () => {
      // Prepare
      const bands = [
        { id: 'baik', label: { id: 'Baik', en: 'Good' }, from: 2.6 },
        { id: 'cukup', label: { id: 'Cukup', en: 'Fair' }, from: 2.6 },
        { id: 'kurang', label: { id: 'Kurang', en: 'Poor' }, from: 0 },
      ];

      // Assess
      expect(paths(problemsOf(makeInstrument({ bands })))).toEqual([['bands', 1, 'from']]);
    });

    it('refuses a last band that does not start at 0', () => {
      // Prepare
      const bands = [
        { id: 'baik', label: { id: 'Baik', en: 'Good' }, from: 2.6 },
        { id: 'cukup', label: { id: 'Cukup', en: 'Fair' }, from: 1.8 },
      ];

      // Assess
      expect(paths(problemsOf(makeInstrument({ bands })))).toEqual([['bands', 1, 'from']]);
    });

    it('refuses an indicator id used twice, at the second use', () => {
      // Prepare
      const indicators = [makeIndicator(), makeIndicator({ subDimension: 'bureaucracy' })];

      // Assess
      expect(paths(problemsOf(makeInstrument({ indicators })))).toEqual([['indicators', 1, 'id']]);
    });

    it('refuses an unknown dimension', () => {
      // Prepare
      const indicators = [makeIndicator({ dimension: 'mobility' })];

      // Assess
      expect(paths(problemsOf(makeInstrument({ indicators })))).toEqual([['indicators', 0, 'dimension']]);
    });

    it('refuses a sub-dimension of another dimension', () => {
      // Prepare: health is a sub-dimension of Smart Living, not of Smart Governance.
      const indicators = [makeIndicator({ subDimension: 'health' })];

      // Act
      const problems = problemsOf(makeInstrument({ indicators }));

      // Assess
      expect(paths(problems)).toEqual([['indicators', 0, 'subDimension']]);
      expect(problems[0]?.message.en).toContain('Smart Governance');
    });

    it('reports every problem at once, not just the first', () => {
      // Prepare
      const aspectWeights = { baseline: 50, output: 20, outcome: 30, impact: 30, 'quick-win': 10 };
      const indicators = [
        makeIndicator({ dimension: 'mobility' }),
        makeIndicator({ subDimension: 'health' }),
      ];

      // Assess
      expect(paths(problemsOf(makeInstrument({ aspectWeights, indicators })))).toEqual([
        ['aspectWeights'],
        ['indicators', 0, 'dimension'],
        ['indicators', 1, 'id'],
        ['indicators', 1, 'subDimension'],
      ]);
    });
  });

  describe('mapping to the previous version', () => {
    it('accepts indicators that continue indicators of the version named, and new ones beside them', () => {
      // Prepare
      const next = version2([
        makeIndicator({ id: 'gov-ps-10', previous: 'gov-ps-02' }),
        makeIndicator({ id: 'gov-ps-01', previous: 'gov-ps-01' }),
        makeIndicator({ id: 'gov-ps-11' }),
      ]);

      // Assess
      expect(checkInstrument(next, version1).ok).toBe(true);
    });

    it('refuses a previous id when the instrument names no previous version', () => {
      // Prepare
      const instrument = makeInstrument({ indicators: [makeIndicator({ previous: 'gov-ps-01' })] });

      // Assess
      expect(paths(problemsOf(instrument, version1))).toEqual([['indicators', 0, 'previous']]);
    });

    it('refuses a previous id that the previous version does not have', () => {
      // Prepare
      const next = version2([makeIndicator({ previous: 'gov-ps-03' })]);

      // Act
      const problems = problemsOf(next, version1);

      // Assess
      expect(paths(problems)).toEqual([['indicators', 0, 'previous']]);
      expect(problems[0]?.message.en).toBe('Indicator "gov-ps-03" is not in the previous version.');
    });

    it('refuses every previous id when the previous version is not given', () => {
      // Prepare
      const next = version2([makeIndicator({ previous: 'gov-ps-01' })]);

      // Assess
      expect(paths(problemsOf(next))).toEqual([['indicators', 0, 'previous']]);
    });

    it('refuses every previous id when the version given is not the one named', () => {
      // Prepare
      const next = version2([makeIndicator({ previous: 'gov-ps-01' })]);
      const version3 = { ...version1, version: 3 };

      // Assess
      expect(paths(problemsOf(next, version3))).toEqual([['indicators', 0, 'previous']]);
    });

    it('refuses an indicator of the previous version continued twice, at the second', () => {
      // Prepare
      const next = version2([
        makeIndicator({ id: 'gov-ps-10', previous: 'gov-ps-01' }),
        makeIndicator({ id: 'gov-ps-11', previous: 'gov-ps-01' }),
      ]);

      // Act
      const problems = problemsOf(next, version1);

      // Assess
      expect(paths(problems)).toEqual([['indicators', 1, 'previous']]);
      expect(problems[0]?.message.en).toBe('Indicator "gov-ps-01" is already continued by indicator 1.');
    });
  });

  it('writes every problem in both languages', () => {
    // Prepare
    const next = version2([
      makeIndicator({ dimension: 'mobility', previous: 'gov-ps-09' }),
      makeIndicator({ previous: 'gov-ps-09' }),
    ]);

    // Act
    const problems = [...problemsOf(next, version1), ...problemsOf({ ...makeInstrument(), version: 0 })];

    // Assess
    expect(problems.length).toBeGreaterThan(3);
    for (const { message } of problems) {
      expect(message.id).not.toBe('');
      expect(message.en).not.toBe('');
      expect(message.id).not.toBe(message.en);
    }
  });
});
