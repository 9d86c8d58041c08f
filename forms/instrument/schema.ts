import * as z from 'zod/mini';
import { KEBAB_CASE } from '#forms/engine/definition-schema.ts';
import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import { type AspectId, aspectIds, type Instrument } from './model.ts';

/** One problem of an instrument: where it is (`indicators`, 3, `levels`, 0, ...) and why, in both languages. */
export interface InstrumentProblem {
  readonly path: readonly (string | number)[];
  readonly message: Bilingual;
}

export type InstrumentCheck =
  | { readonly ok: true; readonly instrument: Instrument }
  | { readonly ok: false; readonly problems: readonly InstrumentProblem[] };

const text = z.string().check(z.minLength(1), z.maxLength(2000));
const bilingual = z.strictObject({ id: text, en: text });
const kebab = z.string().check(z.regex(KEBAB_CASE), z.maxLength(64));
const level = z.strictObject({ description: bilingual, evidence: bilingual });
const weight = z.number().check(z.gt(0), z.lte(100));

const indicatorSchema = z.strictObject({
  id: kebab,
  dimension: kebab,
  subDimension: kebab,
  aspect: z.enum(aspectIds),
  title: bilingual,
  question: bilingual,
  levels: z.tuple([level, level, level, level, level]),
  responsible: z.union([
    z.strictObject({ all: z.literal(true) }),
    z.strictObject({ opds: z.array(kebab).check(z.minLength(1)) }),
  ]),
  weight,
  previous: z.optional(kebab),
});

const aspectWeight = z.number().check(z.gte(0), z.lte(100));

/** The shape of an instrument; {@link checkInstrument} adds the rules that span fields. */
export const instrumentSchema = z.strictObject({
  id: kebab,
  version: z.int().check(z.gte(1)),
  year: z.int().check(z.gte(2000), z.lte(2100)),
  title: bilingual,
  aspectWeights: z.strictObject({
    baseline: aspectWeight,
    output: aspectWeight,
    outcome: aspectWeight,
    impact: aspectWeight,
    'quick-win': aspectWeight,
  }),
  bands: z
    .array(z.strictObject({ id: kebab, label: bilingual, from: z.number().check(z.gte(0), z.lte(5)) }))
    .check(z.minLength(1)),
  previousVersion: z.optional(z.int().check(z.gte(1))),
  indicators: z.array(indicatorSchema).check(z.minLength(1)),
});

const problem = (path: readonly (string | number)[], id: string, en: string): InstrumentProblem => ({
  path,
  message: { id, en },
});

function crossProblems(
  instrument: Instrument,
  previousIds: ReadonlySet<string> | undefined,
): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const sum = aspectIds.reduce((total, aspect: AspectId) => total + instrument.aspectWeights[aspect], 0);
  if (Math.abs(sum - 100) > 1e-9)
    problems.push(
      problem(
        ['aspectWeights'],
        `Jumlah bobot aspek harus 100, bukan ${sum}.`,
        `The aspect weights must add up to 100, not ${sum}.`,
      ),
    );
  if (instrument.previousVersion !== undefined && instrument.previousVersion >= instrument.version)
    problems.push(
      problem(
        ['previousVersion'],
        `Versi sebelumnya harus lebih kecil dari versi ${instrument.version}, bukan ${instrument.previousVersion}.`,
        `The previous version must be lower than version ${instrument.version}, not ${instrument.previousVersion}.`,
      ),
    );
  instrument.bands.forEach((band, i) => {
    const before = instrument.bands[i - 1];
    if (before !== undefined && band.from >= before.from)
      problems.push(
        problem(
          ['bands', i, 'from'],
          'Pita harus diurutkan dari batas bawah tertinggi ke terendah.',
          'Bands must be listed from the highest lower bound to the lowest.',
        ),
      );
  });
  if (instrument.bands.at(-1)?.from !== 0)
    problems.push(
      problem(
        ['bands', instrument.bands.length - 1, 'from'],
        'Pita terakhir harus dimulai dari 0.',
        'The last band must start at 0.',
      ),
    );
  const seen = new Set<string>();
  const continued = new Map<string, number>();
  instrument.indicators.forEach((indicator, i) => {
    if (seen.has(indicator.id))
      problems.push(
        problem(
          ['indicators', i, 'id'],
          `Kode indikator "${indicator.id}" sudah dipakai.`,
          `Indicator id "${indicator.id}" is used twice.`,
        ),
      );
    seen.add(indicator.id);
    const dimension = smartCityDimensions.find((d) => d.id === indicator.dimension);
    if (dimension === undefined)
      problems.push(
        problem(
          ['indicators', i, 'dimension'],
          `Dimensi "${indicator.dimension}" tidak dikenal.`,
          `Unknown dimension "${indicator.dimension}".`,
        ),
      );
    else if (!dimension.subDimensions.some((s) => s.id === indicator.subDimension))
      problems.push(
        problem(
          ['indicators', i, 'subDimension'],
          `Subdimensi "${indicator.subDimension}" bukan bagian dari dimensi ${dimension.label.id}.`,
          `Sub-dimension "${indicator.subDimension}" is not part of ${dimension.label.en}.`,
        ),
      );
    if (indicator.previous === undefined) return;
    if (previousIds === undefined)
      problems.push(
        problem(
          ['indicators', i, 'previous'],
          'Indikator merujuk versi sebelumnya, padahal instrumen tidak menyebut versi sebelumnya.',
          'The indicator points into a previous version, but the instrument names none.',
        ),
      );
    else if (!previousIds.has(indicator.previous))
      problems.push(
        problem(
          ['indicators', i, 'previous'],
          `Indikator "${indicator.previous}" tidak ada di versi sebelumnya.`,
          `Indicator "${indicator.previous}" is not in the previous version.`,
        ),
      );
    const other = continued.get(indicator.previous);
    if (other !== undefined)
      problems.push(
        problem(
          ['indicators', i, 'previous'],
          `Indikator "${indicator.previous}" sudah dilanjutkan oleh indikator baris ${other + 1}.`,
          `Indicator "${indicator.previous}" is already continued by indicator ${other + 1}.`,
        ),
      );
    continued.set(indicator.previous, i);
  });
  return problems;
}

/**
 * Checks an instrument: its shape, then the rules across fields (aspect weights add up to 100,
 * a previous version lower than the version, bands from highest to 0, ids unique, dimensions and
 * sub-dimensions known, each indicator of the previous version continued at most once and only by
 * an id it has).
 * `previous` is the version that `previousVersion` names, when the instrument names one.
 */
export function checkInstrument(value: unknown, previous?: Instrument): InstrumentCheck {
  const parsed = z.safeParse(instrumentSchema, value);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) =>
        problem(
          issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
          'Isian tidak sesuai.',
          issue.message,
        ),
      ),
    };
  const instrument = parsed.data as Instrument;
  const previousIds =
    instrument.previousVersion === undefined
      ? undefined
      : new Set(previous?.version === instrument.previousVersion ? previous.indicators.map((i) => i.id) : []);
  const problems = crossProblems(instrument, previousIds);
  return problems.length === 0 ? { ok: true, instrument } : { ok: false, problems };
}
