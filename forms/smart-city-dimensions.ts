import type { ChoiceOption } from '#forms/engine/field-types.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** One of the three sub-dimensions of a Smart City dimension. */
export interface SmartCitySubDimension {
  /** kebab-case, unique within its dimension. */
  readonly id: string;
  readonly label: Bilingual;
}

/** A dimension of the "Gerakan Menuju 100 Smart City" evaluation. */
export interface SmartCityDimension {
  readonly id: string;
  readonly label: Bilingual;
  readonly subDimensions: readonly [SmartCitySubDimension, SmartCitySubDimension, SmartCitySubDimension];
}

/**
 * The six dimensions and their three sub-dimensions each, as the national program names them
 * (the dimensions keep their English names in Indonesian documents too).
 * Forms reuse this list; a change to it is a new version of every form that offers it.
 */
export const smartCityDimensions: readonly SmartCityDimension[] = [
  {
    id: 'governance',
    label: { id: 'Smart Governance', en: 'Smart Governance' },
    subDimensions: [
      { id: 'public-services', label: { id: 'Pelayanan publik', en: 'Public services' } },
      { id: 'bureaucracy', label: { id: 'Manajemen birokrasi', en: 'Bureaucratic governance' } },
      { id: 'public-policy', label: { id: 'Kebijakan publik', en: 'Public policy' } },
    ],
  },
  {
    id: 'branding',
    label: { id: 'Smart Branding', en: 'Smart Branding' },
    subDimensions: [
      { id: 'tourism', label: { id: 'Pariwisata', en: 'Tourism' } },
      { id: 'business', label: { id: 'Ekosistem bisnis', en: 'Business ecosystem' } },
      { id: 'city-appearance', label: { id: 'Wajah kota', en: 'City appearance' } },
    ],
  },
  {
    id: 'economy',
    label: { id: 'Smart Economy', en: 'Smart Economy' },
    subDimensions: [
      { id: 'industry', label: { id: 'Industri', en: 'Industry' } },
      { id: 'welfare', label: { id: 'Kesejahteraan rakyat', en: 'Welfare' } },
      { id: 'transactions', label: { id: 'Ekosistem transaksi keuangan', en: 'Financial transactions' } },
    ],
  },
  {
    id: 'living',
    label: { id: 'Smart Living', en: 'Smart Living' },
    subDimensions: [
      { id: 'harmony', label: { id: 'Harmonisasi tata ruang', en: 'Spatial harmony' } },
      { id: 'health', label: { id: 'Kesehatan', en: 'Health' } },
      { id: 'mobility', label: { id: 'Transportasi', en: 'Mobility' } },
    ],
  },
  {
    id: 'society',
    label: { id: 'Smart Society', en: 'Smart Society' },
    subDimensions: [
      { id: 'community', label: { id: 'Komunitas', en: 'Community' } },
      { id: 'education', label: { id: 'Ekosistem belajar', en: 'Education' } },
      { id: 'security', label: { id: 'Keamanan masyarakat', en: 'Security' } },
    ],
  },
  {
    id: 'environment',
    label: { id: 'Smart Environment', en: 'Smart Environment' },
    subDimensions: [
      { id: 'protection', label: { id: 'Perlindungan lingkungan', en: 'Environmental protection' } },
      { id: 'waste', label: { id: 'Pengelolaan sampah', en: 'Waste management' } },
      { id: 'energy', label: { id: 'Tata kelola energi', en: 'Energy management' } },
    ],
  },
];

/** The choice value of a sub-dimension: `dimension.sub-dimension`, e.g. `governance.public-services`. */
export function subDimensionValue(dimension: SmartCityDimension, sub: SmartCitySubDimension): string {
  return `${dimension.id}.${sub.id}`;
}

/**
 * The 18 sub-dimensions as options of one choice, labelled `Smart Governance: Pelayanan publik`.
 * The dimension is the part of the value before the dot, so reports group by it without a lookup.
 */
export function subDimensionOptions(): ChoiceOption[] {
  return smartCityDimensions.flatMap((dimension) =>
    dimension.subDimensions.map((sub) => ({
      value: subDimensionValue(dimension, sub),
      label: {
        id: `${dimension.label.id}: ${sub.label.id}`,
        en: `${dimension.label.en}: ${sub.label.en}`,
      },
    })),
  );
}

/** The dimension id of a sub-dimension choice value (`governance` for `governance.public-services`). */
export function dimensionOf(subDimensionValue: string): string {
  return subDimensionValue.split('.', 1)[0] ?? '';
}
