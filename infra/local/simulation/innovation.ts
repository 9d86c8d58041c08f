import { subDimensionOptions } from '#forms/smart-city-dimensions.ts';

/** The sub-dimensions an innovation may be reported under, in the national program's order. */
const subDimensions = subDimensionOptions().map((option) => option.value);

/**
 * A plausible innovation report of one OPD, with its evidence as links (a simulation uploads no
 * file), in a sub-dimension that follows from its name and day, so that every dimension gets some.
 */
export function simulatedInnovation(opdName: string, n: number) {
  return {
    name: `Inovasi ${opdName} ${n}`,
    description: `Layanan daring ${opdName} untuk mempercepat pelayanan kepada warga Kota Jambi.`,
    type: 'service',
    status: 'live',
    launchDate: '2026-02-02',
    subDimension: subDimensions[(n + opdName.length) % subDimensions.length] ?? 'governance.public-services',
    masterPlanProgram: 'Program layanan publik digital',
    peopleReached: 100 + n,
    maturity: 1 + (n % 5),
    evidenceLinks: [{ title: 'Berita peluncuran', url: `https://jambikota.go.id/berita/inovasi-${n}` }],
  };
}
