import type { MaturityLevelField } from '#forms/engine/field-types.ts';

/**
 * Maturity levels 1-5 of an innovation, after the SPBE evaluation's levels (rintisan, terkelola,
 * terdefinisi, terpadu dan terukur, optimum), each with the evidence an assessor asks for.
 */
export const innovationMaturityLevels: MaturityLevelField['levels'] = [
  {
    description: {
      id: 'Rintisan: gagasan atau rencana tertulis.',
      en: 'Initial: an idea or written plan.',
    },
    evidence: {
      id: 'Dokumen rencana atau kerangka acuan kerja.',
      en: 'A plan or terms of reference.',
    },
  },
  {
    description: {
      id: 'Terkelola: diuji coba atau berjalan dengan penanggung jawab dan anggaran.',
      en: 'Managed: piloted or running, with an owner and a budget.',
    },
    evidence: {
      id: 'SK tim pengelola atau dokumen anggaran.',
      en: 'Team decree or budget documents.',
    },
  },
  {
    description: {
      id: 'Terdefinisi: memiliki SOP dan digunakan secara rutin.',
      en: 'Defined: has a standard procedure and is used routinely.',
    },
    evidence: { id: 'SOP dan laporan penggunaan.', en: 'Standard procedure and usage reports.' },
  },
  {
    description: {
      id: 'Terpadu dan terukur: terhubung dengan layanan lain dan kinerjanya diukur.',
      en: 'Integrated and measured: connected to other services, its performance measured.',
    },
    evidence: {
      id: 'Dokumen integrasi dan laporan capaian indikator kinerja.',
      en: 'Integration documents and performance indicator reports.',
    },
  },
  {
    description: {
      id: 'Optimum: terus diperbaiki dari hasil pengukuran dan direplikasi pihak lain.',
      en: 'Optimised: improved from its measurements and replicated elsewhere.',
    },
    evidence: {
      id: 'Laporan evaluasi dan perbaikan, atau bukti replikasi.',
      en: 'Evaluation and improvement reports, or proof of replication.',
    },
  },
];
