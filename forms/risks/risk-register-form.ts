import type { FormDefinition } from '#forms/engine/definition.ts';
import type { ChoiceOption } from '#forms/engine/field-types.ts';

/** The form id of every risk register, whatever the cycle. */
export const RISK_REGISTER_FORM_ID = 'risk-register';

/** The risk categories a register files each risk under, as the SPBE risk guideline groups them. */
export const riskCategories: readonly ChoiceOption[] = [
  { value: 'strategic', label: { id: 'Strategis', en: 'Strategic' } },
  { value: 'operational', label: { id: 'Operasional', en: 'Operational' } },
  { value: 'financial', label: { id: 'Keuangan', en: 'Financial' } },
  { value: 'compliance', label: { id: 'Kepatuhan dan hukum', en: 'Compliance and legal' } },
  { value: 'reputation', label: { id: 'Reputasi', en: 'Reputation' } },
  {
    value: 'technology',
    label: { id: 'Teknologi dan keamanan informasi', en: 'Technology and information security' },
  },
];

/** How a risk is mitigated: by building or changing something, or by rules, training and habits. */
export const mitigationTypes: readonly ChoiceOption[] = [
  {
    value: 'structural',
    label: {
      id: 'Struktural (sarana, sistem, infrastruktur)',
      en: 'Structural (facilities, systems, infrastructure)',
    },
  },
  {
    value: 'non-structural',
    label: {
      id: 'Nonstruktural (kebijakan, SOP, pelatihan, sosialisasi)',
      en: 'Non-structural (policies, procedures, training, outreach)',
    },
  },
];

/** What a register is built from: the cycle, its scale, and the OPD's quick-win programs. */
export interface RiskRegisterInput {
  year: number;
  scale: 3 | 5;
  programs: readonly { submissionId: string; name: string }[];
}

/** The most risks one register holds. */
export const maxRisks = 50;

/**
 * `risk-register` of the cycle `year` for one OPD: a repeatable group of risks, each naming one of
 * the OPD's quick-win programs, with its cause and category, its likelihood and impact on the
 * cycle's scale (1-3 or 1-5), its mitigation (structural or not), the mitigation's owner (a work
 * email) and due date. The level is not asked: it comes from the matrix. The form's version is
 * the cycle's year, so that a register is always read again against the programs it was filled
 * for (the plan of a year never changes).
 */
export function riskRegisterForm({ year, scale, programs }: RiskRegisterInput): FormDefinition {
  const scaleHelp = {
    id: `1 (paling rendah) sampai ${scale} (paling tinggi).`,
    en: `1 (lowest) to ${scale} (highest).`,
  };
  return {
    id: RISK_REGISTER_FORM_ID,
    version: year,
    title: { id: `Register Risiko Program Quick Win ${year}`, en: `Quick-win program risk register ${year}` },
    description: {
      id: 'Catat risiko yang dapat menghambat setiap program quick win OPD Anda, beserta rencana mitigasinya. Tingkat risiko dihitung dari kemungkinan dan dampak; tim evaluasi meninjau register ini.',
      en: "Record the risks that could hold back each of your OPD's quick-win programs, with their mitigation plans. Each risk's level is computed from its likelihood and impact; the evaluation team reviews this register.",
    },
    sections: [
      {
        id: 'risks',
        title: { id: 'Daftar risiko', en: 'Risks' },
        fields: [
          {
            id: 'risks',
            type: 'group',
            label: { id: 'Risiko', en: 'Risk' },
            required: true,
            minItems: 1,
            maxItems: maxRisks,
            fields: [
              {
                id: 'program',
                type: 'singleChoice',
                required: true,
                label: { id: 'Program quick win', en: 'Quick-win program' },
                options: programs.map((p) => ({ value: p.submissionId, label: { id: p.name, en: p.name } })),
              },
              {
                id: 'risk',
                type: 'shortText',
                maxLength: 300,
                required: true,
                label: { id: 'Uraian risiko', en: 'Description of the risk' },
                help: {
                  id: 'Peristiwa yang dapat menghambat program, mis. "Server aplikasi tidak dapat diakses".',
                  en: 'An event that could hold the program back, e.g. "The application server cannot be reached".',
                },
              },
              {
                id: 'cause',
                type: 'longText',
                maxLength: 1000,
                required: true,
                label: { id: 'Penyebab', en: 'Cause' },
              },
              {
                id: 'category',
                type: 'singleChoice',
                required: true,
                label: { id: 'Kategori', en: 'Category' },
                options: riskCategories,
              },
              {
                id: 'likelihood',
                type: 'number',
                min: 1,
                max: scale,
                integer: true,
                required: true,
                label: { id: 'Kemungkinan', en: 'Likelihood' },
                help: scaleHelp,
              },
              {
                id: 'impact',
                type: 'number',
                min: 1,
                max: scale,
                integer: true,
                required: true,
                label: { id: 'Dampak', en: 'Impact' },
                help: scaleHelp,
              },
              {
                id: 'mitigationType',
                type: 'singleChoice',
                required: true,
                label: { id: 'Jenis mitigasi', en: 'Type of mitigation' },
                options: mitigationTypes,
              },
              {
                id: 'mitigation',
                type: 'longText',
                maxLength: 1000,
                required: true,
                label: { id: 'Rencana mitigasi', en: 'Mitigation plan' },
              },
              {
                id: 'owner',
                type: 'shortText',
                maxLength: 254,
                pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
                required: true,
                label: { id: 'Penanggung jawab (email dinas)', en: 'Owner (work email)' },
                help: { id: 'Mis. nama@jambikota.go.id.', en: 'E.g. name@jambikota.go.id.' },
              },
              {
                id: 'due',
                type: 'date',
                min: `${year}-01-01`,
                max: `${year + 1}-12-31`,
                required: true,
                label: { id: 'Tenggat mitigasi', en: 'Mitigation due date' },
              },
            ],
          },
        ],
      },
    ],
  };
}
