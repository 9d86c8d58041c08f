import type { FormDefinition } from '#forms/engine/definition.ts';
import type { LikertField } from '#forms/engine/field-types.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** The four things the impact questionnaire asks about a program, each one Likert item. */
export const impactItems = ['benefit', 'service', 'participation', 'sustainability'] as const;
export type ImpactItem = (typeof impactItems)[number];

const agreement = {
  low: { id: 'Sangat tidak setuju', en: 'Strongly disagree' },
  high: { id: 'Sangat setuju', en: 'Strongly agree' },
} as const;

const item = (id: ImpactItem, label: Bilingual, help: Bilingual): LikertField => ({
  id,
  type: 'likert',
  required: true,
  label,
  help,
  anchors: agreement,
});

/**
 * `impact-questionnaire` v1: what a program's beneficiary says of its impact, one Likert item
 * (1 to 5) on each of benefit, service improvement, participation and sustainability. It asks
 * nothing that identifies the respondent. Its score is the mean of the four items, on the same
 * 1-5 scale as the levels of the city index.
 */
export const impactQuestionnaireForm: FormDefinition = {
  id: 'impact-questionnaire',
  version: 1,
  title: { id: 'Kuesioner Dampak Program', en: 'Program impact questionnaire' },
  description: {
    id: 'Kuesioner ini menanyakan pendapat Anda sebagai penerima manfaat program. Tidak ada jawaban benar atau salah, dan nama Anda tidak ditanyakan.',
    en: 'This questionnaire asks your view as a beneficiary of the program. There are no right or wrong answers, and your name is not asked.',
  },
  sections: [
    {
      id: 'impact',
      title: { id: 'Dampak program', en: 'The impact of the program' },
      description: {
        id: 'Pilih angka 1 (sangat tidak setuju) sampai 5 (sangat setuju) untuk setiap pernyataan.',
        en: 'Choose 1 (strongly disagree) to 5 (strongly agree) for each statement.',
      },
      fields: [
        item(
          'benefit',
          {
            id: 'Program ini bermanfaat bagi saya atau keluarga saya.',
            en: 'This program benefits me or my family.',
          },
          { id: 'Manfaat nyata yang Anda rasakan.', en: 'The real benefit you have felt.' },
        ),
        item(
          'service',
          {
            id: 'Sejak ada program ini, layanan pemerintah menjadi lebih mudah, cepat, atau murah.',
            en: 'Since this program, government services have become easier, faster or cheaper.',
          },
          { id: 'Dibandingkan sebelum program ada.', en: 'Compared with before the program.' },
        ),
        item(
          'participation',
          {
            id: 'Masyarakat dilibatkan dan dapat menyampaikan masukan tentang program ini.',
            en: 'Residents are involved and can give feedback on this program.',
          },
          {
            id: 'Mis. melalui aduan, musyawarah, atau media sosial.',
            en: 'E.g. through complaints, meetings or social media.',
          },
        ),
        item(
          'sustainability',
          {
            id: 'Program ini perlu dan layak dilanjutkan pada tahun-tahun berikutnya.',
            en: 'This program is needed and should continue in the years ahead.',
          },
          { id: 'Menurut pengalaman Anda sendiri.', en: 'In your own experience.' },
        ),
      ],
    },
  ],
  computed: [
    {
      id: 'impactScore',
      label: { id: 'Skor dampak', en: 'Impact score' },
      compute: { kind: 'average', fields: [...impactItems] },
    },
  ],
};
