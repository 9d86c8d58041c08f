import type { AspectId, Indicator, Instrument, MaturityLevel } from '#forms/instrument/model.ts';
import { spbeBands } from '#forms/instrument/model.ts';

/** Five levels for an indicator, each text naming its level so a shifted column shows. */
function levels(topic: string): Indicator['levels'] {
  const level = (n: MaturityLevel) => ({
    description: { id: `Level ${n}: ${topic}, tahap ${n}.`, en: `Level ${n}: ${topic}, stage ${n}.` },
    evidence: { id: `Dokumen tahap ${n}`, en: `Stage ${n} document` },
  });
  return [level(1), level(2), level(3), level(4), level(5)];
}

/** An indicator of the test instrument; overrides change any field. */
export function makeIndicator(overrides: Partial<Indicator> & { id: string }): Indicator {
  return {
    dimension: 'governance',
    subDimension: 'public-services',
    aspect: 'baseline' as AspectId,
    title: { id: `Indikator ${overrides.id}`, en: `Indicator ${overrides.id}` },
    question: { id: 'Sejauh mana hal ini diterapkan?', en: 'How far is this applied?' },
    levels: levels(overrides.id),
    responsible: { all: true },
    weight: 1,
    ...overrides,
  };
}

/** Version 1 of the test family: what version 2's `previous` ids point into. */
export const previousInstrument: Instrument = {
  id: 'smart-city-uji',
  version: 1,
  year: 2025,
  title: { id: 'Instrumen Uji 2025', en: 'Test Instrument 2025' },
  aspectWeights: { baseline: 20, output: 20, outcome: 20, impact: 20, 'quick-win': 20 },
  bands: spbeBands,
  indicators: [
    makeIndicator({ id: 'gov-ps-01' }),
    makeIndicator({ id: 'eco-tr-01', dimension: 'economy', subDimension: 'transactions', aspect: 'output' }),
    makeIndicator({ id: 'env-ws-01', dimension: 'environment', subDimension: 'waste', aspect: 'impact' }),
  ],
};

/**
 * Version 2, written for 2026: six indicators across five dimensions and every aspect, texts with
 * commas, quotes, line breaks and leading spaces, named OPDs and weights other than 1, and three
 * indicators continuing indicators of version 1.
 */
export const testInstrument: Instrument = {
  id: 'smart-city-uji',
  version: 2,
  year: 2026,
  title: { id: 'Instrumen Uji "Smart City", 2026', en: 'Test "Smart City" Instrument, 2026' },
  aspectWeights: { baseline: 10, output: 25, outcome: 30, impact: 22.5, 'quick-win': 12.5 },
  bands: spbeBands,
  previousVersion: 1,
  indicators: [
    makeIndicator({
      id: 'gov-ps-01',
      title: { id: 'Ketersediaan SOP layanan daring', en: 'Online service SOPs, published' },
      question: {
        id: 'Apakah SOP layanan, "standar pelayanan", dan maklumat\ntelah dipublikasikan?',
        en: 'Are the service SOPs, "service standards" and notices\npublished?',
      },
      previous: 'gov-ps-01',
    }),
    makeIndicator({
      id: 'gov-bu-02',
      subDimension: 'bureaucracy',
      aspect: 'output',
      responsible: { opds: ['bappeda', 'diskominfo'] },
      weight: 2.5,
    }),
    makeIndicator({
      id: 'eco-tr-01',
      dimension: 'economy',
      subDimension: 'transactions',
      aspect: 'outcome',
      title: { id: '  Transaksi nontunai; pasar, "QRIS"', en: '  Cashless payments; markets, "QRIS"' },
      previous: 'eco-tr-01',
    }),
    makeIndicator({
      id: 'liv-he-01',
      dimension: 'living',
      subDimension: 'health',
      aspect: 'impact',
      weight: 3,
    }),
    makeIndicator({
      id: 'soc-ed-01',
      dimension: 'society',
      subDimension: 'education',
      aspect: 'quick-win',
      responsible: { opds: ['disdik'] },
    }),
    makeIndicator({
      id: 'env-ws-02',
      dimension: 'environment',
      subDimension: 'waste',
      aspect: 'impact',
      previous: 'env-ws-01',
    }),
  ],
};
