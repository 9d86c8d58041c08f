/**
 * The two languages of Siklus and a text written in both: every page, email, error and form
 * label of a city government is read in Bahasa Indonesia (`id`, the default) and in English.
 */

/** A text in Bahasa Indonesia (`id`) and in English (`en`). */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

/** A language a person reads Siklus in. */
export type Lang = keyof Bilingual;

/** Every {@link Lang}, Bahasa Indonesia first: what a `lang` parameter or `--lang` option accepts. */
export const langs = ['id', 'en'] as const satisfies readonly Lang[];
