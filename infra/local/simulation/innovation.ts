/** A plausible innovation report of one OPD, with its evidence as links (a simulation uploads no file). */
export function simulatedInnovation(opdName: string, n: number) {
  return {
    name: `Inovasi ${opdName} ${n}`,
    description: `Layanan daring ${opdName} untuk mempercepat pelayanan kepada warga Kota Jambi.`,
    type: 'service',
    status: 'live',
    launchDate: '2026-02-02',
    subDimension: 'governance.public-services',
    masterPlanProgram: 'Program layanan publik digital',
    peopleReached: 100 + n,
    maturity: 1 + (n % 5),
    evidenceLinks: [{ title: 'Berita peluncuran', url: `https://jambikota.go.id/berita/inovasi-${n}` }],
  };
}
