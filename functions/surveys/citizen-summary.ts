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
