import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import type { Cycle, ImpactSettings } from '#functions/obligations/model.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** The seed's sample: one program in each dimension, five questionnaires for each. */
export const defaultImpactSettings: ImpactSettings = Object.freeze({
  programsPer: 'dimension',
  respondents: 5,
  respondentsPer: 'program',
});

/** The sample of a cycle: its own settings, or the seed's. */
export const impactSettingsOf = (cycle: Pick<Cycle, 'impact'>): ImpactSettings =>
  cycle.impact ?? defaultImpactSettings;

/**
 * A place the sample has for one program: a dimension (`governance`), or a sub-dimension
 * (`governance.public-services`), as the innovation report's choice values spell it.
 */
export interface ImpactSlot {
  readonly slot: string;
  readonly dimension: string;
  /** Set when the sample takes one program per sub-dimension. */
  readonly subDimension?: string;
  readonly label: Bilingual;
}

/** The slots of a sample, in the national program's order of dimensions and sub-dimensions. */
export function impactSlots(settings: ImpactSettings): ImpactSlot[] {
  return smartCityDimensions.flatMap((dimension) =>
    settings.programsPer === 'dimension'
      ? [{ slot: dimension.id, dimension: dimension.id, label: dimension.label }]
      : dimension.subDimensions.map((sub) => ({
          slot: `${dimension.id}.${sub.id}`,
          dimension: dimension.id,
          subDimension: sub.id,
          label: {
            id: `${dimension.label.id}: ${sub.label.id}`,
            en: `${dimension.label.en}: ${sub.label.en}`,
          },
        })),
  );
}

/** True when an innovation of `subDimension` (`governance.public-services`) may fill `slot`. */
export const fitsSlot = (slot: ImpactSlot, subDimension: string): boolean =>
  slot.subDimension === undefined
    ? subDimension.startsWith(`${slot.dimension}.`)
    : subDimension === slot.slot;

/**
 * How many responses each chosen slot needs, by slot. Per program: the setting for each. Per
 * dimension: the setting shared among the dimension's chosen programs as evenly as whole people
 * allow, the first in order taking one more, so that the dimension's total is the setting exactly
 * (fifty over three programs: 17, 17, 16).
 */
export function requiredResponses(
  settings: ImpactSettings,
  chosen: readonly ImpactSlot[],
): Map<string, number> {
  const required = new Map<string, number>();
  if (settings.respondentsPer === 'program') {
    for (const slot of chosen) required.set(slot.slot, settings.respondents);
    return required;
  }
  const byDimension = new Map<string, ImpactSlot[]>();
  for (const slot of chosen)
    byDimension.set(slot.dimension, [...(byDimension.get(slot.dimension) ?? []), slot]);
  for (const slots of byDimension.values()) {
    const base = Math.floor(settings.respondents / slots.length);
    const extra = settings.respondents % slots.length;
    slots.forEach((slot, i) => {
      required.set(slot.slot, base + (i < extra ? 1 : 0));
    });
  }
  return required;
}

/** The name of a slot (`governance` or `governance.public-services`), whichever the sample. */
export function slotLabel(slot: string): Bilingual | undefined {
  const perSub = slot.includes('.');
  const settings: ImpactSettings = {
    ...defaultImpactSettings,
    programsPer: perSub ? 'sub-dimension' : 'dimension',
  };
  return impactSlots(settings).find((s) => s.slot === slot)?.label;
}
