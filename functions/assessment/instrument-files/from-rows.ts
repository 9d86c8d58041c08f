import { aspectIds, maturityLevels } from '#forms/instrument/model.ts';
import { CellReader, type Path } from './cells.ts';
import type { SheetName } from './layout.ts';
import type { FileProblem } from './problems.ts';
import { settingCells } from './setting-rows.ts';
import type { CellAt, Table } from './tables.ts';

/** Where each part of the instrument came from, to point `checkInstrument`'s problems back at cells. */
export interface Places {
  readonly tables: Partial<Record<SheetName, Table>>;
  readonly settingLines: ReadonlyMap<string, number>;
  readonly bandLines: readonly number[];
  readonly indicatorLines: readonly number[];
}

/** What the rows give: an instrument to check (with holes where cells failed), and the failures. */
export interface RowsRead {
  readonly draft: Record<string, unknown>;
  readonly places: Places;
  readonly problems: readonly FileProblem[];
  /** The paths of the draft that cells could not fill. */
  readonly broken: readonly Path[];
}

const withoutUndefined = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

function responsible(reader: CellReader, at: CellAt, path: Path) {
  const written = reader.text(at, path);
  if (written === undefined) return undefined;
  if (written.trim() === '*') return { all: true };
  const opds = written
    .split(',')
    .map((opd) => opd.trim())
    .filter((opd) => opd !== '');
  const bad = opds.find((opd) => reader.id({ ...at, value: opd }, path) === undefined);
  return bad === undefined ? { opds } : undefined;
}

function indicator(reader: CellReader, at: (name: string) => CellAt, i: number) {
  const p = (...rest: (string | number)[]): Path => ['indicators', i, ...rest];
  const bilingual = (prefix: string, ...path: (string | number)[]) => ({
    id: reader.text(at(`${prefix}_id`), p(...path, 'id')),
    en: reader.text(at(`${prefix}_en`), p(...path, 'en')),
  });
  return withoutUndefined({
    id: reader.id(at('id'), p('id')),
    dimension: reader.id(at('dimension'), p('dimension')),
    subDimension: reader.id(at('sub_dimension'), p('subDimension')),
    aspect: reader.oneOf(at('aspect'), p('aspect'), aspectIds),
    title: bilingual('title', 'title'),
    question: bilingual('question', 'question'),
    levels: maturityLevels.map((n) => ({
      description: bilingual(`level${n}`, 'levels', n - 1, 'description'),
      evidence: bilingual(`level${n}_evidence`, 'levels', n - 1, 'evidence'),
    })),
    responsible: responsible(reader, at('responsible'), p('responsible')),
    weight: reader.number(at('weight'), p('weight'), false) ?? 1,
    previous: reader.id(at('previous'), p('previous'), false),
  });
}

/**
 * Reads the three tables into an instrument to check: settings by key, bands and indicators row
 * by row. A table that is missing leaves its part of the instrument empty (and broken).
 */
export function readRows(tables: Partial<Record<SheetName, Table>>): RowsRead {
  const reader = new CellReader();
  const problems: FileProblem[] = [];
  const { at, lines } = settingCells(tables.Instrumen, problems);
  const bandRows = tables.Pita?.rows ?? [];
  const indicatorRows = tables.Indikator?.rows ?? [];
  for (const [sheet, path] of [
    ['Pita', 'bands'],
    ['Indikator', 'indicators'],
  ] as const)
    if (tables[sheet] === undefined) reader.broken.push([path]);
  const draft = withoutUndefined({
    id: reader.id(at('id'), ['id']),
    version: reader.number(at('version'), ['version']),
    year: reader.number(at('year'), ['year']),
    title: {
      id: reader.text(at('title_id'), ['title', 'id']),
      en: reader.text(at('title_en'), ['title', 'en']),
    },
    aspectWeights: Object.fromEntries(
      aspectIds.map((aspect) => [aspect, reader.number(at(`weight_${aspect}`), ['aspectWeights', aspect])]),
    ),
    bands: bandRows.map((row, i) =>
      withoutUndefined({
        id: reader.id(row.at('id'), ['bands', i, 'id']),
        label: {
          id: reader.text(row.at('label_id'), ['bands', i, 'label', 'id']),
          en: reader.text(row.at('label_en'), ['bands', i, 'label', 'en']),
        },
        from: reader.number(row.at('from'), ['bands', i, 'from']),
      }),
    ),
    previousVersion: reader.number(at('previous_version'), ['previousVersion'], false),
    indicators: indicatorRows.map((row, i) => indicator(reader, row.at, i)),
  });
  return {
    draft,
    places: {
      tables,
      settingLines: lines,
      bandLines: bandRows.map((row) => row.line),
      indicatorLines: indicatorRows.map((row) => row.line),
    },
    problems: [...problems, ...reader.problems],
    broken: reader.broken,
  };
}
