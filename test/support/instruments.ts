import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import type { Instrument } from '#forms/instrument/model.ts';

/**
 * Version `version` of the demo family (from 2), a year on for each version, continuing every
 * indicator of the version before it, with `overrides` applied.
 */
export const demoVersion = (version: number, overrides: Partial<Instrument> = {}): Instrument => ({
  ...smartCityInstrument2026,
  version,
  year: smartCityInstrument2026.year + version - 1,
  previousVersion: version - 1,
  indicators: smartCityInstrument2026.indicators.map((indicator) => ({
    ...indicator,
    previous: indicator.id,
  })),
  ...overrides,
});
