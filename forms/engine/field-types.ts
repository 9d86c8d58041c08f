import type { Bilingual } from '#functions/platform/text/bilingual.ts';
import type { Condition } from './definition.ts';

/** What every field type has. */
export interface FieldBase {
  /** camelCase, unique within its scope (the form's top level or one group). */
  readonly id: string;
  readonly label: Bilingual;
  readonly help?: Bilingual;
  /** Only applies while the field is visible; a condition makes it required only when it holds. */
  readonly required?: boolean | Condition;
  /** Hidden fields must stay empty; see `answersSchema`. */
  readonly visibleWhen?: Condition;
}

/** A one-line text; `pattern` is a regular expression (`u` flag) the whole value must match. */
export interface ShortTextField extends FieldBase {
  readonly type: 'shortText';
  /** In characters (Unicode code points), as JSON Schema counts them: an emoji counts once. */
  readonly maxLength: number;
  readonly pattern?: string;
}

export interface LongTextField extends FieldBase {
  readonly type: 'longText';
  /** In characters (Unicode code points), like {@link ShortTextField.maxLength}. */
  readonly maxLength: number;
}

export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** A calendar date `YYYY-MM-DD`; `min` and `max` are inclusive dates in the same format. */
export interface DateField extends FieldBase {
  readonly type: 'date';
  readonly min?: string;
  readonly max?: string;
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: Bilingual;
}

export interface SingleChoiceField extends FieldBase {
  readonly type: 'singleChoice';
  readonly options: readonly ChoiceOption[];
}

/** `minSelections` and `maxSelections` apply once at least one option is selected. */
export interface MultipleChoiceField extends FieldBase {
  readonly type: 'multipleChoice';
  readonly options: readonly ChoiceOption[];
  readonly minSelections?: number;
  readonly maxSelections?: number;
}

/** An agreement scale from 1 to 5, labelled at both ends. */
export interface LikertField extends FieldBase {
  readonly type: 'likert';
  readonly anchors: { readonly low: Bilingual; readonly high: Bilingual };
}

export interface MaturityLevelDescription {
  readonly description: Bilingual;
  /** The evidence an assessor asks for to accept this level. */
  readonly evidence: Bilingual;
}

/** The five maturity levels of the SPBE evaluation, `[0]` describing level 1. */
export type MaturityLevelDescriptions = readonly [
  MaturityLevelDescription,
  MaturityLevelDescription,
  MaturityLevelDescription,
  MaturityLevelDescription,
  MaturityLevelDescription,
];

/** A maturity level from 1 to 5 (as in the SPBE evaluation), `levels[0]` describing level 1. */
export interface MaturityLevelField extends FieldBase {
  readonly type: 'maturityLevel';
  readonly levels: MaturityLevelDescriptions;
}

/**
 * A web address with a host; https only unless `allowHttp`. It is read as browsers read it (the
 * WHATWG URL parser: scheme in any case, backslashes for slashes, non-ASCII hosts) and stored
 * normalized, e.g. `HTTPS://Bücher.de` as `https://xn--bcher-kva.de/`; see `webUrl`.
 */
export interface UrlField extends FieldBase {
  readonly type: 'url';
  readonly allowHttp?: boolean;
  /** In characters, both as typed and as stored; `DEFAULT_URL_MAX_LENGTH` when absent. */
  readonly maxLength?: number;
}

/**
 * A file already in the file store; `accept` lists content types in lower case, `image/*` style
 * wildcards allowed. An answer's content type may be in any case and is stored in lower case.
 */
export interface EvidenceFileField extends FieldBase {
  readonly type: 'evidenceFile';
  readonly accept: readonly string[];
  readonly maxBytes: number;
}

/** A repeatable group: its answer is a list of items, each an object keyed by `fields`. */
export interface GroupField extends FieldBase {
  readonly type: 'group';
  readonly fields: readonly Field[];
  readonly minItems?: number;
  readonly maxItems: number;
}

export type Field =
  | ShortTextField
  | LongTextField
  | NumberField
  | DateField
  | SingleChoiceField
  | MultipleChoiceField
  | LikertField
  | MaturityLevelField
  | UrlField
  | EvidenceFileField
  | GroupField;

export type FieldType = Field['type'];

/** The submitted answer of an `evidenceFile` field. */
export interface EvidenceFileRef {
  readonly fileId: string;
  readonly sha256: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
}
