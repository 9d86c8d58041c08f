import { aspectIds, spbeBands } from '#forms/instrument/model.ts';
import type { Path } from './cells.ts';

/**
 * `checkInstrument` checks the rules across fields (ids used twice, unknown dimensions, the
 * previous version) only once the shape is right, and a file with one bad cell would hide them
 * until the next upload. So a second check runs on a copy of the draft in which every broken
 * part holds a harmless valid stand-in; of its problems only those outside the stand-ins count.
 * Stand-ins replace whole units (a field of an indicator, all bands, all aspect weights), and an
 * indicator keeps its place, so the problems found point at the same rows.
 */

const text = { id: 'x', en: 'x' };
const level = { description: text, evidence: text };

/** The unit of a path that a stand-in replaces: `indicators.3.levels`, `bands`, `aspectWeights`, `year`. */
export function unitOf(path: Path): string {
  const [head, i, field] = path;
  if (head === 'indicators' && typeof i === 'number' && field !== undefined)
    return `indicators.${i}.${field === 'subDimension' ? 'dimension' : String(field)}`;
  return String(head ?? '');
}

const standIns: Readonly<Record<string, unknown>> = {
  id: 'x',
  version: 1,
  year: 2000,
  title: text,
  aspectWeights: Object.fromEntries(aspectIds.map((aspect) => [aspect, 100 / aspectIds.length])),
  bands: spbeBands,
};

const indicatorStandIns = (i: number): Readonly<Record<string, unknown>> => ({
  id: `x-stand-in-${i}`,
  dimension: 'governance',
  subDimension: 'public-services',
  aspect: 'baseline',
  title: text,
  question: text,
  levels: [level, level, level, level, level],
  responsible: { all: true },
  weight: 1,
});

/** A copy of `draft` with stand-ins for the units of `broken`, and a test for problems within them. */
export function repair(
  draft: Record<string, unknown>,
  broken: readonly Path[],
): { draft: Record<string, unknown>; repaired: (path: Path) => boolean } {
  const units = new Set(broken.map(unitOf));
  const copy: Record<string, unknown> = { ...draft };
  for (const [key, value] of Object.entries(standIns)) if (units.has(key)) copy[key] = value;
  if (units.has('previousVersion')) delete copy.previousVersion;
  const indicators = Array.isArray(draft.indicators) ? (draft.indicators as Record<string, unknown>[]) : [];
  copy.indicators = indicators.map((indicator, i) => {
    const fixed: Record<string, unknown> = { ...indicator };
    for (const [field, value] of Object.entries(indicatorStandIns(i)))
      if (units.has(`indicators.${i}.${field === 'subDimension' ? 'dimension' : field}`))
        fixed[field] = value;
    if (units.has(`indicators.${i}.previous`) || units.has('previousVersion')) delete fixed.previous;
    return fixed;
  });
  const repaired = (path: Path) => {
    const unit = unitOf(path);
    return units.has(unit) || (units.has('previousVersion') && unit.endsWith('.previous'));
  };
  return { draft: copy, repaired };
}
