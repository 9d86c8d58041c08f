import { brandingIndicators } from './kota-jambi-2026/branding.ts';
import { economyIndicators } from './kota-jambi-2026/economy.ts';
import { environmentIndicators } from './kota-jambi-2026/environment.ts';
import { governanceIndicators } from './kota-jambi-2026/governance.ts';
import { livingIndicators } from './kota-jambi-2026/living.ts';
import { societyIndicators } from './kota-jambi-2026/society.ts';
import { type Instrument, spbeBands } from './model.ts';

/**
 * The 2026 Smart City instrument of Kota Jambi, the demo city: two indicators in each of the 18
 * sub-dimensions, over the five aspects weighted 10/20/30/30/10, banded as the SPBE evaluation
 * bands. It is the first version of the family, so no indicator continues an earlier one.
 * Indicators on how an OPD runs itself (service standards, online services, application inventory,
 * yearly innovation, quick-win risks, complaint follow-up, office energy use) are for every OPD; the
 * others name the OPDs (by the demo city's OPD ids) whose work they measure.
 */
export const smartCityInstrument2026: Instrument = {
  id: 'smart-city',
  version: 1,
  year: 2026,
  title: {
    id: 'Instrumen Evaluasi Smart City Kota Jambi Tahun 2026',
    en: 'Kota Jambi Smart City evaluation instrument, 2026',
  },
  aspectWeights: { baseline: 10, output: 20, outcome: 30, impact: 30, 'quick-win': 10 },
  bands: spbeBands,
  indicators: [
    ...governanceIndicators,
    ...brandingIndicators,
    ...economyIndicators,
    ...livingIndicators,
    ...societyIndicators,
    ...environmentIndicators,
  ],
};
