import { describe, expect, it } from 'vitest';
import { dimensionOf, smartCityDimensions, subDimensionOptions } from '#forms/smart-city-dimensions.ts';

describe('Smart City dimensions', () => {
  it('lists the six dimensions of the national program', () => {
    expect(smartCityDimensions.map((d) => d.id)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
  });

  it('gives each dimension three sub-dimensions labelled in both languages', () => {
    for (const dimension of smartCityDimensions) {
      expect(dimension.subDimensions).toHaveLength(3);
      for (const sub of dimension.subDimensions) {
        expect(sub.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(sub.label.id).not.toBe('');
        expect(sub.label.en).not.toBe('');
      }
    }
  });

  it('offers 18 distinct sub-dimension choices named dimension.sub-dimension', () => {
    // Act
    const options = subDimensionOptions();

    // Assess
    expect(options).toHaveLength(18);
    expect(new Set(options.map((o) => o.value)).size).toBe(18);
    expect(options).toContainEqual({
      value: 'living.health',
      label: { id: 'Smart Living: Kesehatan', en: 'Smart Living: Health' },
    });
    expect(options.map((o) => dimensionOf(o.value))).toEqual(
      smartCityDimensions.flatMap((d) => [d.id, d.id, d.id]),
    );
  });
});
