import { describe, expect, it } from 'vitest';
import { smartCityInstrument2026 as instrument } from '#forms/instrument/kota-jambi-2026.ts';
import { aspectIds } from '#forms/instrument/model.ts';
import { checkInstrument } from '#forms/instrument/schema.ts';
import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { demoOpds } from '#infra/local/demo-city.ts';

/** Every text of the instrument, with where it is. */
function texts(): [string, Bilingual][] {
  return [
    ['title', instrument.title],
    ...instrument.indicators.flatMap((indicator): [string, Bilingual][] => [
      [`${indicator.id} title`, indicator.title],
      [`${indicator.id} question`, indicator.question],
      ...indicator.levels.flatMap((l, i): [string, Bilingual][] => [
        [`${indicator.id} level ${i + 1} description`, l.description],
        [`${indicator.id} level ${i + 1} evidence`, l.evidence],
      ]),
    ]),
  ];
}

describe('the 2026 Smart City instrument of Kota Jambi', () => {
  it('passes the instrument check', () => {
    expect(checkInstrument(instrument)).toEqual({ ok: true, instrument });
  });

  it('is version 1 of smart-city for 2026, weighted 10/20/30/30/10', () => {
    expect([instrument.id, instrument.version, instrument.year]).toEqual(['smart-city', 1, 2026]);
    expect(instrument.aspectWeights).toEqual({
      baseline: 10,
      output: 20,
      outcome: 30,
      impact: 30,
      'quick-win': 10,
    });
    expect(instrument.previousVersion).toBeUndefined();
  });

  it('has at least two indicators in each of the 18 sub-dimensions', () => {
    for (const dimension of smartCityDimensions)
      for (const sub of dimension.subDimensions) {
        const count = instrument.indicators.filter(
          (i) => i.dimension === dimension.id && i.subDimension === sub.id,
        ).length;
        expect(count, `${dimension.id}.${sub.id}`).toBeGreaterThanOrEqual(2);
      }
    expect(instrument.indicators.length).toBeGreaterThanOrEqual(36);
  });

  it('uses every aspect', () => {
    expect(new Set(instrument.indicators.map((i) => i.aspect))).toEqual(new Set(aspectIds));
  });

  it('weighs indicators 1 mostly, a few 2', () => {
    const weights = instrument.indicators.map((i) => i.weight);
    expect(new Set(weights)).toEqual(new Set([1, 2]));
    expect(weights.filter((w) => w === 2).length).toBeLessThan(weights.length / 4);
  });

  it('names only OPDs of the demo city, each at most once per indicator', () => {
    const known = new Set(demoOpds.map((o) => o.id));
    for (const indicator of instrument.indicators)
      if ('opds' in indicator.responsible) {
        for (const opd of indicator.responsible.opds) expect(known, `${indicator.id}: ${opd}`).toContain(opd);
        expect(new Set(indicator.responsible.opds).size).toBe(indicator.responsible.opds.length);
      }
  });

  it('asks distinct evidence at each level of an indicator, in both languages', () => {
    for (const indicator of instrument.indicators)
      for (const lang of ['id', 'en'] as const) {
        const evidence = indicator.levels.map((l) => l.evidence[lang].trim());
        expect(evidence.every((e) => e.length > 0)).toBe(true);
        expect(new Set(evidence).size, `${indicator.id} (${lang})`).toBe(5);
        const descriptions = new Set(indicator.levels.map((l) => l.description[lang]));
        expect(descriptions.size, `${indicator.id} (${lang})`).toBe(5);
      }
  });

  it('writes every text in Bahasa Indonesia and in English, never the same words in both', () => {
    for (const [where, text] of texts()) {
      expect(text.id.trim(), where).not.toBe('');
      expect(text.en.trim(), where).not.toBe('');
      expect(text.id, where).not.toBe(text.en);
    }
  });

  it('gives indicators distinct titles and questions', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(new Set(instrument.indicators.map((i) => i.title[lang])).size).toBe(
        instrument.indicators.length,
      );
      expect(new Set(instrument.indicators.map((i) => i.question[lang])).size).toBe(
        instrument.indicators.length,
      );
    }
  });

  it('gives the indicators of one sub-dimension one id prefix, and each sub-dimension its own', () => {
    const subOfPrefix = new Map<string, string>();
    for (const indicator of instrument.indicators) {
      expect(indicator.id).toMatch(/^[a-z]{3}-[a-z]{2}-\d{2}$/);
      const sub = `${indicator.dimension}.${indicator.subDimension}`;
      expect(subOfPrefix.get(indicator.id.slice(0, 6)) ?? sub, indicator.id).toBe(sub);
      subOfPrefix.set(indicator.id.slice(0, 6), sub);
    }
    expect(subOfPrefix.size).toBe(18);
  });
});
