import { describe, expect, it } from 'vitest';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { chooseQuickWinsBody, reviewRegisterBody } from '#functions/risks/risk-inputs.ts';

/** `path:code` of each field error `parseInput` refuses `value` with; empty when it passes. */
function refusedFields(schema: Parameters<typeof parseInput>[0], value: unknown): string[] {
  try {
    parseInput(schema, value);
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error).toMatchObject({ kind: 'invalid', code: 'invalid_request' });
    return (error.fields ?? []).map((f) => `${f.path}:${f.code}`);
  }
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `sub-${i}`);

describe('chooseQuickWinsBody', () => {
  it.each([3, 5])('accepts scale %i with programs, as sent', (scale) => {
    const body = { scale, programs: ['sub-ekinerja', 'SUB_2026-01'] };
    expect(parseInput(chooseQuickWinsBody, body)).toEqual(body);
  });

  it('accepts from 1 to 100 programs', () => {
    expect(chooseQuickWinsBody.safeParse({ scale: 3, programs: ids(1) }).success).toBe(true);
    expect(chooseQuickWinsBody.safeParse({ scale: 3, programs: ids(100) }).success).toBe(true);
  });

  it.each([4, 1, 0, '3', 3.5])('refuses scale %j', (scale) => {
    expect(refusedFields(chooseQuickWinsBody, { scale, programs: ['sub-1'] })).toEqual([
      expect.stringMatching(/^scale:/),
    ]);
  });

  it('requires a scale', () => {
    // A union of literals reports a missing value as `invalid_union`, not `required`.
    expect(refusedFields(chooseQuickWinsBody, { programs: ['sub-1'] })).toEqual([
      expect.stringMatching(/^scale:/),
    ]);
  });

  it('refuses no programs, and 101', () => {
    expect(refusedFields(chooseQuickWinsBody, { scale: 3, programs: [] })).toEqual(['programs:too_small']);
    expect(refusedFields(chooseQuickWinsBody, { scale: 3, programs: ids(101) })).toEqual([
      'programs:too_big',
    ]);
    expect(refusedFields(chooseQuickWinsBody, { scale: 3 })).toEqual(['programs:required']);
  });

  it('refuses a program id that is not a submission id, at its index', () => {
    for (const bad of ['', '-sub', 'sub 1', 'sub/1', 'a'.repeat(129)])
      expect(refusedFields(chooseQuickWinsBody, { scale: 5, programs: ['sub-1', bad] }), bad).toEqual([
        'programs.1:invalid_format',
      ]);
    expect(chooseQuickWinsBody.safeParse({ scale: 5, programs: ['a'.repeat(128)] }).success).toBe(true);
  });

  it('refuses extra keys, the city above all', () => {
    expect(refusedFields(chooseQuickWinsBody, { scale: 3, programs: ['sub-1'], city: 'palu' })).toEqual([
      'city:unknown_field',
    ]);
    expect(refusedFields(chooseQuickWinsBody, { scale: 3, programs: ['sub-1'], year: 2026 })).toEqual([
      'year:unknown_field',
    ]);
  });
});

describe('reviewRegisterBody', () => {
  const revise = { decision: 'revise', due: '2026-12-18', note: 'Lengkapi mitigasi risiko server.' };

  it('accepts an acceptance, and a revision with a date and a note', () => {
    expect(parseInput(reviewRegisterBody, { decision: 'accept' })).toEqual({ decision: 'accept' });
    expect(parseInput(reviewRegisterBody, revise)).toEqual(revise);
  });

  it('trims the note, and takes 1000 characters', () => {
    expect(parseInput(reviewRegisterBody, { ...revise, note: '  Lengkapi.\n' })).toEqual({
      ...revise,
      note: 'Lengkapi.',
    });
    const long = 'a'.repeat(1000);
    expect(parseInput(reviewRegisterBody, { ...revise, note: long })).toEqual({ ...revise, note: long });
  });

  it('refuses a revision without a due date or without a note', () => {
    expect(refusedFields(reviewRegisterBody, { decision: 'revise', note: revise.note })).toEqual([
      'due:required',
    ]);
    expect(refusedFields(reviewRegisterBody, { decision: 'revise', due: revise.due })).toEqual([
      'note:required',
    ]);
    expect(refusedFields(reviewRegisterBody, { decision: 'revise' })).toEqual([
      'due:required',
      'note:required',
    ]);
  });

  it('refuses a note of 1001 characters', () => {
    expect(refusedFields(reviewRegisterBody, { ...revise, note: 'a'.repeat(1001) })).toEqual([
      'note:too_big',
    ]);
  });

  it('refuses a note of spaces only, or empty', () => {
    for (const note of ['   ', '\n\t ', ''])
      expect(refusedFields(reviewRegisterBody, { ...revise, note }), JSON.stringify(note)).toEqual([
        'note:too_small',
      ]);
  });

  it('refuses a due date that is no calendar date', () => {
    for (const due of ['2026-02-30', '18-12-2026', '2026-12-18T00:00:00Z'])
      expect(refusedFields(reviewRegisterBody, { ...revise, due }), due).toEqual(['due:invalid_format']);
  });

  it('refuses extra keys: a note or a date on an acceptance, anything else on a revision', () => {
    expect(refusedFields(reviewRegisterBody, { decision: 'accept', note: 'Bagus.' })).toEqual([
      'note:unknown_field',
    ]);
    expect(refusedFields(reviewRegisterBody, { decision: 'accept', due: '2026-12-18' })).toEqual([
      'due:unknown_field',
    ]);
    expect(refusedFields(reviewRegisterBody, { ...revise, opd: 'diskominfo' })).toEqual([
      'opd:unknown_field',
    ]);
  });

  it('refuses a decision it does not know, or none', () => {
    expect(reviewRegisterBody.safeParse({ decision: 'reject' }).success).toBe(false);
    expect(reviewRegisterBody.safeParse({}).success).toBe(false);
    expect(refusedFields(reviewRegisterBody, { decision: 'reject' })).toEqual([
      expect.stringMatching(/^decision:/),
    ]);
  });
});
