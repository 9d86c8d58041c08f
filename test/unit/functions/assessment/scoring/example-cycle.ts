import type { Instrument } from '#forms/instrument/model.ts';
import type { AssessedLevel } from '#functions/assessment/scoring/levels.ts';
import { makeIndicator, makeInstrument } from '../../../forms/instrument/builders.ts';

/**
 * A small two-year example, small enough to score by hand (the tests write the sums out).
 *
 * 2025, version 1, aspect weights 20/20/20/20/20:
 *   gov-layanan-01  governance.public-services  baseline  w1
 *   gov-br-01       governance.bureaucracy      output    w1
 *   liv-hl-lama     living.health               impact    w1   (dropped in 2026)
 *
 * 2026, version 2 (continues version 1), aspect weights 10/20/30/30/10:
 *   gov-ps-01  governance.public-services  baseline   w1  continues gov-layanan-01
 *   gov-ps-02  governance.public-services  output     w2  new
 *   gov-br-01  governance.bureaucracy      outcome    w1  continues gov-br-01
 *   liv-hl-01  living.health               outcome    w1  new
 *   liv-hl-02  living.health               impact     w1  new
 *   env-ws-01  environment.waste           quick-win  w1  new, assessed by nobody
 */
export const instrument2025: Instrument = makeInstrument({
  version: 1,
  year: 2025,
  aspectWeights: { baseline: 20, output: 20, outcome: 20, impact: 20, 'quick-win': 20 },
  indicators: [
    makeIndicator({ id: 'gov-layanan-01' }),
    makeIndicator({ id: 'gov-br-01', subDimension: 'bureaucracy', aspect: 'output' }),
    makeIndicator({ id: 'liv-hl-lama', dimension: 'living', subDimension: 'health', aspect: 'impact' }),
  ],
});

export const instrument2026: Instrument = makeInstrument({
  version: 2,
  year: 2026,
  previousVersion: 1,
  indicators: [
    makeIndicator({ id: 'gov-ps-01', previous: 'gov-layanan-01' }),
    makeIndicator({ id: 'gov-ps-02', aspect: 'output', weight: 2 }),
    makeIndicator({ id: 'gov-br-01', subDimension: 'bureaucracy', aspect: 'outcome', previous: 'gov-br-01' }),
    makeIndicator({ id: 'liv-hl-01', dimension: 'living', subDimension: 'health', aspect: 'outcome' }),
    makeIndicator({ id: 'liv-hl-02', dimension: 'living', subDimension: 'health', aspect: 'impact' }),
    makeIndicator({ id: 'env-ws-01', dimension: 'environment', subDimension: 'waste', aspect: 'quick-win' }),
  ],
});

/**
 * 2026: self / verified, and whether the review is accepted (final = verified when accepted).
 *   diskominfo       gov-ps-01 4/3 yes   gov-ps-02 3/3 yes   gov-br-01 5/2 yes
 *   dinas-kesehatan  gov-ps-01 2/2 yes   gov-ps-02 4/2 no    liv-hl-01 4/4 yes   liv-hl-02 3/3 yes
 */
export const assessed2026: readonly AssessedLevel[] = [
  { opd: 'diskominfo', indicator: 'gov-ps-01', self: 4, verified: 3, accepted: true },
  { opd: 'diskominfo', indicator: 'gov-ps-02', self: 3, verified: 3, accepted: true },
  { opd: 'diskominfo', indicator: 'gov-br-01', self: 5, verified: 2, accepted: true },
  { opd: 'dinas-kesehatan', indicator: 'gov-ps-01', self: 2, verified: 2, accepted: true },
  { opd: 'dinas-kesehatan', indicator: 'gov-ps-02', self: 4, verified: 2 },
  { opd: 'dinas-kesehatan', indicator: 'liv-hl-01', self: 4, verified: 4, accepted: true },
  { opd: 'dinas-kesehatan', indicator: 'liv-hl-02', self: 3, verified: 3, accepted: true },
];

/**
 * 2025, every review accepted (final level shown):
 *   diskominfo       gov-layanan-01 3   gov-br-01 1
 *   dinas-kesehatan  gov-layanan-01 1   liv-hl-lama 3
 */
export const assessed2025: readonly AssessedLevel[] = [
  { opd: 'diskominfo', indicator: 'gov-layanan-01', self: 3, verified: 3, accepted: true },
  { opd: 'diskominfo', indicator: 'gov-br-01', self: 2, verified: 1, accepted: true },
  { opd: 'dinas-kesehatan', indicator: 'gov-layanan-01', self: 1, verified: 1, accepted: true },
  { opd: 'dinas-kesehatan', indicator: 'liv-hl-lama', self: 3, verified: 3, accepted: true },
];
