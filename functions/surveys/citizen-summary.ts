import type { CitizenTally } from './response-model.ts';

/** The citizen survey's answers for one district or for all, as counts and shares. */
export interface CitizenFigures {
  responses: number;
  aware: number;
  used: number;
  /** How many rated their satisfaction, and its mean (1-5); no mean without ratings. */
  rated: number;
  satisfaction?: number;
}

/** A program's citizen survey: all responses, and by district (the `-` entry: no district given). */
export interface CitizenSummary {
  total: CitizenFigures;
  byDistrict: Record<string, CitizenFigures>;
}

function figures(tallies: readonly CitizenTally[]): CitizenFigures {
  const sum = (pick: (t: CitizenTally) => number) => tallies.reduce((total, t) => total + pick(t), 0);
  const rated = sum((t) => t.rated);
  return {
    responses: sum((t) => t.responses),
    aware: sum((t) => t.aware),
    used: sum((t) => t.used),
    rated,
    ...(rated > 0 ? { satisfaction: sum((t) => t.satisfactionSum) / rated } : {}),
  };
}

/** A program's citizen survey from its counts by district. */
export function citizenSummary(tallies: readonly CitizenTally[]): CitizenSummary {
  const sorted = [...tallies].sort((a, b) => a.district.localeCompare(b.district));
  return {
    total: figures(sorted),
    byDistrict: Object.fromEntries(sorted.map((t) => [t.district, figures([t])])),
  };
}

/** Fewer answers than this in a cell of the public summary could tell who gave them. */
export const publicMinimum = 5;

/** The entry that gathers, on the public summary, the districts with too few answers to show. */
export const fewerDistricts = '*';

/**
 * The summary as the public may read it: a district with fewer than {@link publicMinimum}
 * responses joins the others like it (and those that named none) under {@link fewerDistricts};
 * a mean satisfaction of fewer than that many ratings is left out. Counts add up as before.
 */
export function publicCitizenSummary(summary: CitizenSummary): CitizenSummary {
  const shown: Record<string, CitizenFigures> = {};
  let few: CitizenFigures | undefined;
  for (const [district, figures] of Object.entries(summary.byDistrict)) {
    if (figures.responses >= publicMinimum && district !== '-') shown[district] = figures;
    else few = few ? added(few, figures) : figures;
  }
  const guarded = (figures: CitizenFigures): CitizenFigures => {
    const { satisfaction, ...counts } = figures;
    return figures.rated >= publicMinimum && satisfaction !== undefined
      ? { ...counts, satisfaction }
      : counts;
  };
  return {
    total: guarded(summary.total),
    byDistrict: Object.fromEntries(
      [...Object.entries(shown), ...(few ? [[fewerDistricts, few] as const] : [])].map(([d, f]) => [
        d,
        guarded(f),
      ]),
    ),
  };
}

/** Two districts' figures as one: counts added, the mean weighted by the ratings. */
function added(a: CitizenFigures, b: CitizenFigures): CitizenFigures {
  const rated = a.rated + b.rated;
  const sum = (a.satisfaction ?? 0) * a.rated + (b.satisfaction ?? 0) * b.rated;
  return {
    responses: a.responses + b.responses,
    aware: a.aware + b.aware,
    used: a.used + b.used,
    rated,
    ...(rated > 0 ? { satisfaction: sum / rated } : {}),
  };
}
