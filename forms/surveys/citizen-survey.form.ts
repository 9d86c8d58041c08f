import type { FormDefinition } from '#forms/engine/definition.ts';

/** The age groups a citizen may give: broad enough that no one is known by theirs. */
export const ageGroups = ['under-25', '25-39', '40-59', '60-plus'] as const;

/** How well a citizen knows a program: one question, so that a page without JavaScript asks it whole. */
export const experiences = ['unaware', 'aware', 'used'] as const;
export type Experience = (typeof experiences)[number];

/** A district a citizen may name: its id, and its name as the city writes it. */
export interface SurveyDistrict {
  readonly id: string;
  readonly name: string;
}

/**
 * `citizen-survey` v1: two short questions a citizen answers about one program, without signing
 * in: how well they know it (never heard of it, heard of it, used it) and, if they used it, how
 * satisfied they are; then, only if they wish, their district (kecamatan) and age group. Every
 * question shows at once, so the page asks the same with or without JavaScript. Nothing asked
 * identifies a person: no name, phone number or address. The districts are the city's, so the definition is made for
 * the city's list; its id and version stay the same for every city.
 */
export function citizenSurveyForm(districts: readonly SurveyDistrict[]): FormDefinition {
  return {
    id: 'citizen-survey',
    version: 1,
    title: { id: 'Survei Warga', en: 'Citizen survey' },
    description: {
      id: 'Dua pertanyaan singkat, tanpa nama. Jawaban Anda membantu pemerintah kota menilai program ini.',
      en: 'Two short questions, no name asked. Your answers help the city government assess this program.',
    },
    sections: [
      {
        id: 'program',
        title: { id: 'Tentang program ini', en: 'About this program' },
        fields: [
          {
            id: 'experience',
            type: 'singleChoice',
            required: true,
            label: { id: 'Apakah Anda mengenal program ini?', en: 'Do you know this program?' },
            options: [
              {
                value: 'unaware',
                label: { id: 'Belum pernah mendengarnya', en: 'I have never heard of it' },
              },
              {
                value: 'aware',
                label: {
                  id: 'Pernah mendengar, tetapi belum pernah memakai atau merasakan manfaatnya',
                  en: 'I have heard of it, but have not used it or felt its benefit',
                },
              },
              {
                value: 'used',
                label: {
                  id: 'Pernah memakai atau merasakan manfaatnya',
                  en: 'I have used it or felt its benefit',
                },
              },
            ],
          },
          {
            id: 'satisfaction',
            type: 'likert',
            // Asked of everyone, so that a page without JavaScript shows it: only those who used it must answer.
            required: { field: 'experience', equals: 'used' },
            label: {
              id: 'Jika pernah memakai: seberapa puas Anda dengan program ini?',
              en: 'If you have used it: how satisfied are you with this program?',
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
