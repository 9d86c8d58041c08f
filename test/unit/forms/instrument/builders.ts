import type { Indicator, Instrument } from '#forms/instrument/model.ts';
import { spbeBands } from '#forms/instrument/model.ts';
import { label } from '../builders.ts';

/** Five levels told apart by number, with distinct evidence. */
export const testLevels: Indicator['levels'] = [1, 2, 3, 4, 5].map((n) => ({
  description: label(`level ${n}`),
  evidence: label(`evidence ${n}`),
})) as unknown as Indicator['levels'];

/** A valid indicator of Smart Governance, public services, baseline, weight 1, for every OPD. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'gov-ps-01',
    dimension: 'governance',
    subDimension: 'public-services',
    aspect: 'baseline',
    title: label('title'),
    question: label('question'),
    levels: testLevels,
    responsible: { all: true },
    weight: 1,
    ...overrides,
  };
}

/** A valid instrument, version 1 of `smart-city` for 2026, weights 10/20/30/30/10, SPBE bands. */
export function makeInstrument(overrides: Partial<Instrument> = {}): Instrument {
  return {
    id: 'smart-city',
    version: 1,
    year: 2026,
    title: label('instrument'),
    aspectWeights: { baseline: 10, output: 20, outcome: 30, impact: 30, 'quick-win': 10 },
    bands: spbeBands,
    indicators: [makeIndicator()],
    ...overrides,
  };
}
