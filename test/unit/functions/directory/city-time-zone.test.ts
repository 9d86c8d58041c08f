import { describe, expect, it } from 'vitest';
import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import type { City } from '#functions/directory/model.ts';

const manado: City = { city: 'manado', name: 'Kota Manado', timeZone: 'Asia/Makassar', secretary: 'sekda' };
const directory = { getCity: async (city: string) => (city === manado.city ? manado : undefined) };

describe('timeZoneOfCity', () => {
  it("reads the zone from the city's record", async () => {
    expect(await timeZoneOfCity(directory, 'manado')).toBe('Asia/Makassar');
  });

  it('falls back to the demo city zone for a city not in the directory', async () => {
    expect(await timeZoneOfCity(directory, 'nowhere')).toBe('Asia/Jakarta');
  });
});
