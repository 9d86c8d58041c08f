import { aspectIds, type Indicator, type Instrument } from '#forms/instrument/model.ts';
import { bandColumns, indicatorColumns, type SheetName, settingColumns, settingKeys } from './layout.ts';

/** A row to write: texts and numbers; an empty cell is `''`. */
export type OutRow = readonly (string | number)[];

function settingValue(instrument: Instrument, key: string): string | number {
  if (key === 'id') return instrument.id;
  if (key === 'version') return instrument.version;
  if (key === 'year') return instrument.year;
  if (key === 'title_id') return instrument.title.id;
  if (key === 'title_en') return instrument.title.en;
  if (key === 'previous_version') return instrument.previousVersion ?? '';
  const aspect = aspectIds.find((a) => key === `weight_${a}`);
  return aspect === undefined ? '' : instrument.aspectWeights[aspect];
}

function indicatorRow(indicator: Indicator): OutRow {
  return [
    indicator.id,
    indicator.dimension,
    indicator.subDimension,
    indicator.aspect,
    indicator.title.id,
    indicator.title.en,
    indicator.question.id,
    indicator.question.en,
    ...indicator.levels.flatMap((level) => [
      level.description.id,
      level.description.en,
      level.evidence.id,
      level.evidence.en,
    ]),
    'all' in indicator.responsible ? '*' : indicator.responsible.opds.join(', '),
    indicator.weight,
    indicator.previous ?? '',
  ];
}

/**
 * The three tables of an instrument, each with its header first, in the layout import reads
 * (see `layout.ts`): what both formats write.
 */
export function instrumentRows(instrument: Instrument): Readonly<Record<SheetName, readonly OutRow[]>> {
  return {
    Instrumen: [
      settingColumns.map((c) => c.name),
      ...settingKeys.map(({ key, label }) => [
        key,
        settingValue(instrument, key),
        `${label.id} / ${label.en}`,
      ]),
    ],
    Pita: [
      bandColumns.map((c) => c.name),
      ...instrument.bands.map((band) => [band.id, band.label.id, band.label.en, band.from]),
    ],
    Indikator: [indicatorColumns.map((c) => c.name), ...instrument.indicators.map(indicatorRow)],
  };
}
