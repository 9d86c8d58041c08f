import * as z from 'zod/mini';

/** An instant, as `Date.toISOString` writes it (an offset is accepted too). */
export const instant = z.iso.datetime({ offset: true });
/** A local date, `YYYY-MM-DD`. */
export const localDate = z.iso.date();
/** A whole number from 1: versions and revisions. */
export const positiveInt = z.int().check(z.positive());
/** A whole number from 0: sizes and counts. */
export const count = z.int().check(z.nonnegative());
/** A text in both languages. */
export const bilingual = z.object({ id: z.string(), en: z.string() });

/** True when every property of `Item` is named by `Schema` or listed in `Left`. */
export type Covers<Schema extends z.ZodMiniType, Item, Left extends keyof Item = never> = [
  Exclude<keyof Item, keyof z.output<Schema> | Left>,
] extends [never]
  ? true
  : false;
export type Assert<T extends true> = T;
