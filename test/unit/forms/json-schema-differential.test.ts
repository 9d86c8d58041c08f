import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formCatalog } from '#forms/catalog.ts';
import type { FormDefinition } from '#forms/engine/definition.ts';
import type { Field } from '#forms/engine/field-types.ts';
import { schemaApproximations } from '#forms/engine/json-schema.ts';
import { formFields } from '#forms/engine/rules.ts';
import { answersFor, nearly } from './answer-arbitraries.ts';
import { makeAnswers } from './builders.ts';
import { edgeCaseForm, makeEdgeCaseAnswers } from './edge-case-form.ts';
import { everyFieldForm, makeEveryFieldAnswers } from './every-field-form.ts';
import { answerLeaves, SchemaDifferential } from './schema-differential.ts';

const published = formCatalog
  .ids()
  .flatMap((id) => formCatalog.versions(id).map((version) => formCatalog.get(id, version)))
  .filter((form): form is FormDefinition => form !== undefined);

/** Valid answers to start nearly valid ones from; a form without one gets only generated answers. */
const bases: Readonly<Record<string, Record<string, unknown>>> = {
  'innovation-report': makeAnswers(),
  'every-field': makeEveryFieldAnswers(),
  'edge-case': makeEdgeCaseAnswers(),
};

/** Fields whose answers hold a web address or a file, where the export is hardest to get right. */
const holdsAddressOrFile = (field: Field): boolean =>
  field.type === 'url' ||
  field.type === 'evidenceFile' ||
  (field.type === 'group' && field.fields.some(holdsAddressOrFile));

function answersTo(definition: FormDefinition): fc.Arbitrary<Record<string, unknown>> {
  const base = bases[definition.id];
  if (base === undefined) return answersFor(definition);
  return fc.oneof(
    { weight: 1, arbitrary: answersFor(definition) },
    { weight: 2, arbitrary: nearly(definition, base) },
    { weight: 2, arbitrary: nearly(definition, base, { only: holdsAddressOrFile }) },
  );
}

/** At least 25,000 answers per form; the file stays under 20 s on two cores. */
const RUNS = 25_000;

const forms = [...published, everyFieldForm, edgeCaseForm].map((definition) => ({
  id: `${definition.id} v${definition.version}`,
  definition,
  numRuns: RUNS,
}));

interface Case {
  /** The fields the case is about; a form without one is not asked to reach it. */
  readonly field: (field: Field) => boolean;
  readonly value: (value: unknown) => boolean;
  /** Where the answer must be met: in answers both sides accept, or both refuse. */
  readonly verdict: 'both-accept' | 'both-refuse';
}

const url = (field: Field): boolean => field.type === 'url';
const typed = (test: (s: string) => boolean) => (value: unknown) => typeof value === 'string' && test(value);

/** The cases the generators must reach, so that the agreement is shown where it used to fail. */
const cases: Readonly<Record<string, Case>> = {
  'a scheme in upper or mixed case': {
    field: url,
    value: typed((s) => /^(?!https?:)[Hh][Tt][Tt][Pp][Ss]?:/.test(s)),
    verdict: 'both-accept',
  },
  'no or one slash after the scheme': {
    field: url,
    value: typed((s) => /^https?:\/?(?!\/)/i.test(s)),
    verdict: 'both-accept',
  },
  'a backslash': { field: url, value: typed((s) => s.includes('\\')), verdict: 'both-accept' },
  'a non-ASCII host': {
    field: url,
    value: typed((s) => /^[^/]*\/\/[^/]*[^\p{ASCII}]/u.test(s)),
    verdict: 'both-accept',
  },
  'characters a URL may not hold as typed': {
    field: url,
    value: typed((s) => /[|{}^"<>[\]`]|%(?![0-9A-Fa-f]{2})/.test(s)),
    verdict: 'both-accept',
  },
  'a content type in upper or mixed case': {
    field: (field) => field.type === 'evidenceFile',
    value: (v) =>
      typeof v === 'object' &&
      v !== null &&
      /[A-Z]/.test(String((v as { contentType?: unknown }).contentType)),
    verdict: 'both-accept',
  },
  'a blank answer to a required text whose pattern matches blanks': {
    field: (field) =>
      field.type === 'shortText' &&
      field.required === true &&
      new RegExp(`^(?:${field.pattern ?? '.'})$`, 'u').test(' '),
    value: typed((s) => s.trim() === ''),
    verdict: 'both-refuse',
  },
};

const seenApproximations = new Set<string>();

function fieldsOf(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => (f.type === 'group' ? [f, ...fieldsOf(f.fields)] : [f]));
}

describe('JSON Schema export, held against ajv (2020-12, strict, ajv-formats)', () => {
  afterAll(() => {
    // Guards the generators: each approximation must have been met, or its predicate is untested.
    expect([...seenApproximations].sort()).toEqual(schemaApproximations.map((a) => a.id).sort());
  });

  it.for(forms)(
    'agrees with validateAnswers on $numRuns generated answers to $id, but for documented approximations',
    { timeout: 60_000 },
    async ({ definition, numRuns }, { annotate }) => {
      // Prepare
      const differential = new SchemaDifferential(definition);
      const answers = answersTo(definition);
      const tally = new Map<string, number>();
      const count = (key: string): void => void tally.set(key, (tally.get(key) ?? 0) + 1);
      const reached = new Set<string>();
      const fields = fieldsOf(formFields(definition));
      const casesOf = new Map(fields.map((f) => [f, Object.entries(cases).filter(([, c]) => c.field(f))]));

      // Act
      fc.assert(
        fc.property(answers, (generated) => {
          const json = JSON.parse(JSON.stringify(generated)) as unknown;
          const verdict = differential.judge(json);
          if (verdict.kind === 'unexplained') throw new Error(verdict.why);
          if (verdict.kind === 'explained') {
            count('disagreements, all explained');
            for (const id of verdict.approximations) {
              count(`schema accepts more: ${id}`);
              seenApproximations.add(id);
            }
            return;
          }
          count(verdict.kind);
          for (const leaf of answerLeaves(formFields(definition), json as Record<string, unknown>))
            for (const [name, c] of casesOf.get(leaf.place.field) ?? [])
              if (c.verdict === verdict.kind && c.value(leaf.value)) reached.add(name);
        }),
        { numRuns, seed: 20260105 },
      );

      // Assess
      const summary = [...tally.entries()].map(([k, n]) => `${k} ${n}`).join(', ');
      await annotate(`${numRuns} answers: ${summary}`);
      expect(tally.get('both-accept') ?? 0).toBeGreaterThan(numRuns / 50);
      expect(tally.get('both-refuse') ?? 0).toBeGreaterThan(numRuns / 50);
      const expected = Object.keys(cases).filter((name) => fields.some(cases[name]?.field ?? (() => false)));
      expect([...reached].sort()).toEqual(expected.sort());
    },
  );
});
