import type { FormDefinition } from '#forms/engine/definition.ts';
import type { ChoiceOption } from '#forms/engine/field-types.ts';

/** The age groups a citizen may give: broad enough that no one is known by theirs. */
export const ageGroups = ['under-25', '25-39', '40-59', '60-plus'] as const;

const yesNo: readonly ChoiceOption[] = [
  { value: 'yes', label: { id: 'Ya', en: 'Yes' } },
  { value: 'no', label: { id: 'Tidak', en: 'No' } },
];

/** A district a citizen may name: its id, and its name as the city writes it. */
export interface SurveyDistrict {
  readonly id: string;
  readonly name: string;
}

/**
 * `citizen-survey` v1: three short questions a citizen answers about one program, without signing
 * in: whether they know it, whether they have used it, and (if so) how satisfied they are; then,
 * only if they wish, their district (kecamatan) and age group. Nothing asked identifies a person:
 * no name, phone number or address. The districts are the city's, so the definition is made for
 * the city's list; its id and version stay the same for every city.
 */
export function citizenSurveyForm(districts: readonly SurveyDistrict[]): FormDefinition {
  return {
    id: 'citizen-survey',
    version: 1,
    title: { id: 'Survei Warga', en: 'Citizen survey' },
    description: {
      id: 'Tiga pertanyaan singkat, tanpa nama. Jawaban Anda membantu pemerintah kota menilai program ini.',
      en: 'Three short questions, no name asked. Your answers help the city government assess this program.',
    },
    sections: [
      {
        id: 'program',
        title: { id: 'Tentang program ini', en: 'About this program' },
        fields: [
          {
            id: 'aware',
            type: 'singleChoice',
            required: true,
            label: {
              id: 'Apakah Anda pernah mendengar tentang program ini?',
              en: 'Have you heard of this program?',
            },
            options: yesNo,
          },
          {
            id: 'used',
            type: 'singleChoice',
            required: true,
            visibleWhen: { field: 'aware', equals: 'yes' },
            label: {
              id: 'Apakah Anda pernah menggunakan atau merasakan manfaatnya?',
              en: 'Have you used it or felt its benefit?',
            },
            options: yesNo,
          },
          {
            id: 'satisfaction',
            type: 'likert',
            required: true,
            visibleWhen: { field: 'used', equals: 'yes' },
            label: {
              id: 'Seberapa puas Anda dengan program ini?',
              en: 'How satisfied are you with this program?',
            },
            anchors: {
              low: { id: 'Sangat tidak puas', en: 'Very dissatisfied' },
              high: { id: 'Sangat puas', en: 'Very satisfied' },
            },
          },
        ],
      },
      {
        id: 'about-you',
        title: { id: 'Tentang Anda (boleh dikosongkan)', en: 'About you (optional)' },
        fields: [
          {
            id: 'district',
            type: 'singleChoice',
            label: { id: 'Kecamatan tempat tinggal', en: 'District you live in' },
            options: districts.map((d) => ({ value: d.id, label: { id: d.name, en: d.name } })),
          },
          {
            id: 'ageGroup',
            type: 'singleChoice',
            label: { id: 'Kelompok umur', en: 'Age group' },
            options: [
              { value: 'under-25', label: { id: 'Di bawah 25 tahun', en: 'Under 25' } },
              { value: '25-39', label: { id: '25–39 tahun', en: '25–39' } },
              { value: '40-59', label: { id: '40–59 tahun', en: '40–59' } },
              { value: '60-plus', label: { id: '60 tahun ke atas', en: '60 and over' } },
            ],
          },
        ],
      },
    ],
  };
}
