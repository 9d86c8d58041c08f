import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';

/** The locale each language writes dates in: Indonesian as in Indonesia, English as in Britain (day first). */
const locales: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };

/** Options of a formatter; the zone is its own argument, so that no formatter is made without one. */
export type FormatOptions = Omit<Intl.DateTimeFormatOptions, 'timeZone'>;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The date and time formatter of `lang` in `timeZone` with `options`, made once per language,
 * zone and options: building one costs far more than formatting with it, and every page and
 * email formats many dates. The one place Siklus makes an `Intl.DateTimeFormat`.
 * @throws InvalidInputError when the runtime knows no zone `timeZone`.
 */
export function dateTimeFormat(lang: Lang, timeZone: string, options: FormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locales[lang], { ...options, timeZone });
    } catch (error) {
      throw new InvalidInputError(`Unknown time zone: ${timeZone}`, { cause: error });
    }
    formats.set(key, format);
  }
  return format;
}

/** The parts of `instant` as `format` writes them, by type; an absent part is the empty string. */
export function formatParts(
  format: Intl.DateTimeFormat,
  instant: Date | number,
): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = format.formatToParts(instant);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}
