import { KEBAB_CASE } from '#forms/engine/definition-schema.ts';
import type { FileProblem } from './problems.ts';
import { type CellAt, isBlank } from './tables.ts';

/** A place in the instrument, as `checkInstrument` names it: `['indicators', 3, 'aspect']`. */
export type Path = readonly (string | number)[];

const decimal = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads the cells of a file into values, collecting a problem for each cell that cannot be read
 * and, for every value it could not give, the instrument path left empty (`broken`). A cell of a
 * missing column yields nothing and no problem of its own: the missing column is the problem.
 */
export class CellReader {
  readonly problems: FileProblem[] = [];
  readonly broken: Path[] = [];

  /** A text, kept as written but for line breaks (`\n`); numbers read as their digits. */
  text(at: CellAt, path: Path): string | undefined {
    const raw = this.raw(at, path);
    if (raw === undefined) return undefined;
    return typeof raw === 'number' ? String(raw) : raw.replace(/\r\n?/g, '\n');
  }

  /** A kebab-case id, without surrounding spaces; optional ones may be empty. */
  id(at: CellAt, path: Path, required = true): string | undefined {
    const raw = this.raw(at, path, required);
    if (raw === undefined) return undefined;
    const id = String(raw).trim();
    if (KEBAB_CASE.test(id)) return id;
    return this.fail(at, path, {
      id: `"${id}" bukan kode yang sah: gunakan huruf kecil, angka dan tanda hubung, diawali huruf (mis. gov-ps-01).`,
      en: `"${id}" is not a valid id: use lower-case letters, digits and hyphens, starting with a letter (e.g. gov-ps-01).`,
    });
  }

  /** A number, from a number cell or from text with a decimal point or comma. */
  number(at: CellAt, path: Path, required = true): number | undefined {
    const raw = this.raw(at, path, required);
    if (raw === undefined) return undefined;
    if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
    const written = String(raw).trim();
    if (decimal.test(written)) return Number(written.replace(',', '.'));
    return this.fail(at, path, {
      id: `"${written}" bukan angka.`,
      en: `"${written}" is not a number.`,
    });
  }

  /** One of `allowed`, written exactly, without surrounding spaces. */
  oneOf<T extends string>(at: CellAt, path: Path, allowed: readonly T[]): T | undefined {
    const raw = this.raw(at, path);
    if (raw === undefined) return undefined;
    const written = String(raw).trim();
    const found = allowed.find((a) => a === written);
    if (found !== undefined) return found;
    return this.fail(at, path, {
      id: `"${written}" tidak dikenal di kolom ${at.name}; isian yang sah: ${allowed.join(', ')}.`,
      en: `Unknown ${at.name} "${written}"; allowed: ${allowed.join(', ')}.`,
    });
  }

  /** Records a problem at a cell whose value cannot be used. */
  fail(at: CellAt, path: Path, message: FileProblem['message']): undefined {
    this.broken.push(path);
    this.problems.push({
      sheet: at.sheet,
      line: at.line,
      column: { letter: at.letter, name: at.name },
      message,
    });
    return undefined;
  }

  private raw(at: CellAt, path: Path, required = true): string | number | undefined {
    if (at.letter === undefined) {
      if (required) this.broken.push(path);
      return undefined;
    }
    const value = at.value;
    if (isBlank(value)) {
      if (!required) return undefined;
      return this.fail(at, path, {
        id: `Sel ${at.name} wajib diisi.`,
        en: `The ${at.name} cell must be filled.`,
      });
    }
    if (typeof value === 'object')
      return this.fail(at, path, {
        id: `Sel berisi galat rumus ${value.error}.`,
        en: `The cell holds the formula error ${value.error}.`,
      });
    return value;
  }
}
