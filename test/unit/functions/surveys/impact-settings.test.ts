import { describe, expect, it } from 'vitest';
import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import type { ImpactSettings } from '#functions/obligations/model.ts';
import {
  defaultImpactSettings,
  fitsSlot,
  type ImpactSlot,
  impactSettingsOf,
  impactSlots,
  requiredResponses,
  slotLabel,
} from '#functions/surveys/impact-settings.ts';

/*
 * The sample of a cycle's impact survey: its slots (one per dimension, or one per sub-dimension),
 * which innovations may fill a slot, how many responses each chosen slot needs (per program, or
 * shared among a dimension's programs so that the dimension's total is the setting exactly), and
 * the names of slots.
 */

const perDimension: ImpactSettings = { programsPer: 'dimension', respondents: 5, respondentsPer: 'program' };
const perSubDimension: ImpactSettings = {
  programsPer: 'sub-dimension',
  respondents: 50,
  respondentsPer: 'dimension',
};

/** The slots of `settings` named `names`, in the order given. */
const slotsNamed = (settings: ImpactSettings, ...names: string[]): ImpactSlot[] =>
  names.map((name) => {
    const slot = impactSlots(settings).find((s) => s.slot === name);
    if (!slot) throw new Error(`No slot ${name}`);
    return slot;
  });

describe('impactSlots', () => {
  it('has one slot per dimension, in the national program’s order, when the sample takes a program per dimension', () => {
    // Act
    const slots = impactSlots(perDimension);

    // Assess
    expect(slots.map((s) => s.slot)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    expect(slots.every((s) => s.subDimension === undefined && s.dimension === s.slot)).toBe(true);
    expect(slots[0]?.label).toEqual({ id: 'Smart Governance', en: 'Smart Governance' });
  });

  it('has eighteen slots, three per dimension, when the sample takes a program per sub-dimension', () => {
    // Act
    const slots = impactSlots(perSubDimension);

    // Assess
    expect(slots).toHaveLength(18);
    expect(slots.slice(0, 4).map((s) => s.slot)).toEqual([
      'governance.public-services',
      'governance.bureaucracy',
      'governance.public-policy',
      'branding.tourism',
    ]);
    for (const dimension of smartCityDimensions)
      expect(slots.filter((s) => s.dimension === dimension.id).map((s) => s.subDimension)).toEqual(
        dimension.subDimensions.map((sub) => sub.id),
      );
    expect(new Set(slots.map((s) => s.slot)).size).toBe(18);
  });

  it('names a sub-dimension slot after its dimension and sub-dimension, in both languages', () => {
    // Act
    const [waste] = slotsNamed(perSubDimension, 'environment.waste');

    // Assess
    expect(waste).toEqual({
      slot: 'environment.waste',
      dimension: 'environment',
      subDimension: 'waste',
      label: {
        id: 'Smart Environment: Pengelolaan sampah',
        en: 'Smart Environment: Waste management',
      },
    });
  });
});

describe('fitsSlot', () => {
  it('lets any innovation of the dimension fill a dimension slot, and none of another', () => {
    // Prepare
    const [governance] = slotsNamed(perDimension, 'governance');
    if (!governance) throw new Error('no slot');

    // Assess
    expect(fitsSlot(governance, 'governance.public-services')).toBe(true);
    expect(fitsSlot(governance, 'governance.public-policy')).toBe(true);
    expect(fitsSlot(governance, 'living.health')).toBe(false);
  });

  it('does not take a dimension whose id only begins like the slot’s', () => {
    // Prepare: a slot of `living` must not take an innovation of a dimension `living-x`
    const [living] = slotsNamed(perDimension, 'living');
    if (!living) throw new Error('no slot');

    // Assess
    expect(fitsSlot(living, 'living-x.health')).toBe(false);
    expect(fitsSlot(living, 'living')).toBe(false);
  });

  it('lets only an innovation of exactly that sub-dimension fill a sub-dimension slot', () => {
    // Prepare
    const [services] = slotsNamed(perSubDimension, 'governance.public-services');
    if (!services) throw new Error('no slot');

    // Assess
    expect(fitsSlot(services, 'governance.public-services')).toBe(true);
    expect(fitsSlot(services, 'governance.bureaucracy')).toBe(false);
    expect(fitsSlot(services, 'governance')).toBe(false);
  });
});

describe('requiredResponses', () => {
  it('asks the setting of every program when respondents are counted per program', () => {
    // Prepare
    const chosen = slotsNamed(perDimension, 'governance', 'living', 'economy');

    // Act
    const required = requiredResponses(perDimension, chosen);

    // Assess
    expect([...required]).toEqual([
      ['governance', 5],
      ['living', 5],
      ['economy', 5],
    ]);
  });

  it('shares fifty among a dimension’s three programs as 17, 17 and 16, the first in order taking the extra', () => {
    // Prepare
    const chosen = slotsNamed(
      perSubDimension,
      'governance.public-services',
      'governance.bureaucracy',
      'governance.public-policy',
    );

    // Act
    const required = requiredResponses(perSubDimension, chosen);

    // Assess
    expect([...required.values()]).toEqual([17, 17, 16]);
    expect([...required.values()].reduce((a, b) => a + b, 0)).toBe(50);
  });

  it('gives a dimension’s only program all fifty', () => {
    // Act
    const required = requiredResponses(perSubDimension, slotsNamed(perSubDimension, 'living.health'));

    // Assess
    expect([...required]).toEqual([['living.health', 50]]);
  });

  it('shares two respondents over three programs as 1, 1 and 0', () => {
    // Prepare
    const settings: ImpactSettings = { ...perSubDimension, respondents: 2 };
    const chosen = slotsNamed(settings, 'society.community', 'society.education', 'society.security');

    // Act
    const required = requiredResponses(settings, chosen);

    // Assess
    expect([...required]).toEqual([
      ['society.community', 1],
      ['society.education', 1],
      ['society.security', 0],
    ]);
  });

  it('shares each dimension’s respondents among its own programs only', () => {
    // Prepare: governance has two programs, living one; their order is interleaved
    const chosen = slotsNamed(
      perSubDimension,
      'governance.public-services',
      'living.health',
      'governance.bureaucracy',
    );

    // Act
    const required = requiredResponses(perSubDimension, chosen);

    // Assess
    expect(Object.fromEntries(required)).toEqual({
      'governance.public-services': 25,
      'governance.bureaucracy': 25,
      'living.health': 50,
    });
  });

  it('asks nothing of a sample with no programs chosen', () => {
    // Assess
    expect(requiredResponses(perSubDimension, []).size).toBe(0);
    expect(requiredResponses(perDimension, []).size).toBe(0);
  });
});

describe('slotLabel', () => {
  it('names a dimension slot and a sub-dimension slot, whichever the sample', () => {
    // Assess
    expect(slotLabel('economy')).toEqual({ id: 'Smart Economy', en: 'Smart Economy' });
    expect(slotLabel('living.mobility')).toEqual({
      id: 'Smart Living: Transportasi',
      en: 'Smart Living: Mobility',
    });
  });

  it('has no name for a slot the national program does not have', () => {
    // Assess
    expect(slotLabel('atlantis')).toBeUndefined();
    expect(slotLabel('governance.atlantis')).toBeUndefined();
    expect(slotLabel('')).toBeUndefined();
  });
});

describe('impactSettingsOf', () => {
  it('takes the cycle’s own sample, else the seed’s: one program per dimension, five responses each', () => {
    // Assess
    expect(impactSettingsOf({ impact: perSubDimension })).toBe(perSubDimension);
    expect(impactSettingsOf({})).toEqual({
      programsPer: 'dimension',
      respondents: 5,
      respondentsPer: 'program',
    });
    expect(Object.isFrozen(defaultImpactSettings)).toBe(true);
  });
});
