import type { InstrumentProblem } from '#forms/instrument/schema.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import type { Path } from './cells.ts';
import type { Places } from './from-rows.ts';
import type { SheetName } from './layout.ts';
import type { FileProblem } from './problems.ts';

/** The message `checkInstrument` gives every problem of shape; the rule of the column replaces it. */
const shapeMessage = 'Isian tidak sesuai.';

const rule = (id: string, en: string): Bilingual => ({ id, en });
const textRule = rule('teks 1 sampai 2.000 karakter', 'a text of 1 to 2,000 characters');
const idRule = rule(
  'kode huruf kecil, angka dan tanda hubung, paling panjang 64 karakter',
  'an id of lower-case letters, digits and hyphens, at most 64 characters',
);
const versionRule = rule('bilangan bulat 1 atau lebih', 'a whole number, 1 or more');

/** What a column accepts, in words, by column name (`weight_` and text columns by pattern). */
function ruleOf(name: string): Bilingual {
  if (name === 'version' || name === 'previous_version') return versionRule;
  if (name === 'year') return rule('bilangan bulat 2000 sampai 2100', 'a whole number from 2000 to 2100');
  if (name.startsWith('weight_')) return rule('angka 0 sampai 100', 'a number from 0 to 100');
  if (name === 'weight') return rule('angka lebih dari 0, paling besar 100', 'a number above 0, at most 100');
  if (name === 'from') return rule('angka 0 sampai 5', 'a number from 0 to 5');
  if (name === 'responsible')
    return rule('* atau kode OPD dipisahkan koma', '* or OPD ids separated by commas');
  if (/_(id|en)$/.test(name)) return textRule;
  return idRule;
}

const lang = (segment: string | number | undefined): string => (segment === 'en' ? 'en' : 'id');

function indicatorColumn(rest: Path): string | undefined {
  const [field, a, b, c] = rest;
  if (field === 'subDimension') return 'sub_dimension';
  if (field === 'title' || field === 'question') return `${field}_${lang(a)}`;
  if (field === 'levels') {
    const n = typeof a === 'number' ? a + 1 : 1;
    return b === 'evidence' ? `level${n}_evidence_${lang(c)}` : `level${n}_${lang(c)}`;
  }
  return typeof field === 'string' ? field : undefined;
}

function settingKey(path: Path): string | undefined {
  const [head, sub] = path;
  if (head === 'title') return `title_${lang(sub)}`;
  if (head === 'aspectWeights') return `weight_${typeof sub === 'string' ? sub : 'baseline'}`;
  if (head === 'previousVersion') return 'previous_version';
  return typeof head === 'string' ? head : undefined;
}

function place(path: Path, places: Places): { sheet: SheetName; line?: number; name?: string } {
  const [head, i, ...rest] = path;
  const row = (lines: readonly number[]) => (typeof i === 'number' ? lines[i] : undefined);
  if (head === 'bands') {
    const [field, sub] = rest;
    const name = field === 'label' ? `label_${lang(sub)}` : typeof field === 'string' ? field : undefined;
    return { sheet: 'Pita', line: row(places.bandLines) ?? places.tables.Pita?.headerLine, name };
  }
  if (head === 'indicators')
    return {
      sheet: 'Indikator',
      line: row(places.indicatorLines) ?? places.tables.Indikator?.headerLine,
      name: indicatorColumn(rest),
    };
  const key = settingKey(path);
  return {
    sheet: 'Instrumen',
    line: key === undefined ? undefined : places.settingLines.get(key),
    name: key,
  };
}

function shapeRule(sheet: SheetName, name: string | undefined): Bilingual {
  if (name !== undefined)
    return {
      id: `Isian tidak sesuai: ${name} harus berupa ${ruleOf(name).id}.`,
      en: `Invalid value: ${name} must be ${ruleOf(name).en}.`,
    };
  return sheet === 'Pita'
    ? rule(
        'Lembar Pita harus berisi paling sedikit satu pita.',
        'The Pita sheet must hold at least one band.',
      )
    : sheet === 'Indikator'
      ? rule(
          'Lembar Indikator harus berisi paling sedikit satu indikator.',
          'The Indikator sheet must hold at least one indicator.',
        )
      : rule('Isian lembar Instrumen tidak sesuai.', 'The Instrumen sheet holds an invalid value.');
}

/**
 * Points a problem of `checkInstrument` at the cell it comes from: `['indicators', 3, 'levels', 0,
 * 'evidence', 'en']` becomes the `Indikator` sheet, the line of the fourth indicator, column
 * `level1_evidence_en`. A problem of shape gets the rule of its column as its message.
 */
export function locate(problem: InstrumentProblem, places: Places): FileProblem {
  const { sheet, line, name } = place(problem.path, places);
  const letters = places.tables[sheet]?.letters;
  const letter = sheet === 'Instrumen' ? letters?.get('value') : name && letters?.get(name);
  const column = name === undefined ? undefined : { letter: letter || undefined, name };
  const message = problem.message.id === shapeMessage ? shapeRule(sheet, name) : problem.message;
  return { sheet, ...(line === undefined ? {} : { line }), ...(column ? { column } : {}), message };
}
