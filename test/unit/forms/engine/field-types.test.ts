import { describe, expect, it } from 'vitest';
import { validateAnswers } from '#forms/engine/validate.ts';
import { makeFileRef } from '../builders.ts';
import { errorCodes, everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';

function check(answers: Record<string, unknown>): string[] {
  return errorCodes(validateAnswers(everyFieldForm, answers));
}

describe('field types', () => {
  it('accepts a valid answer to every field type', () => {
    // Act
    const result = validateAnswers(everyFieldForm, makeEveryFieldAnswers());

    // Assess
    expect(result).toMatchObject({ ok: true, value: makeEveryFieldAnswers() });
  });

  it('accepts empty answers to fields that are not required', () => {
    expect(check({})).toEqual([]);
    expect(
      check({ code: '', summary: '  ', budget: null, startDate: '', channel: '', topics: [], members: [] }),
    ).toEqual([]);
  });

  it.each([
    ['a text over its maximum length', { summary: 'x'.repeat(21) }, 'summary:too_long'],
    ['a text that does not match the pattern', { code: 'ab-12' }, 'code:invalid_format'],
    ['a text that is too short for the pattern', { code: 'AB-1' }, 'code:invalid_format'],
    ['a text that holds the pattern among other text', { code: 'xAB-12x' }, 'code:invalid_format'],
    ['a number for a text', { summary: 5 }, 'summary:invalid_type'],
    ['a number below its minimum', { budget: -0.5 }, 'budget:out_of_range'],
    ['a number above its maximum', { staff: 51 }, 'staff:out_of_range'],
    ['a fraction for an integer field', { staff: 2.5 }, 'staff:not_integer'],
    ['a number written as text', { budget: '12' }, 'budget:invalid_type'],
    ['an infinite number', { budget: Number.POSITIVE_INFINITY }, 'budget:invalid_type'],
    ['a date that does not exist', { startDate: '2021-02-29' }, 'startDate:invalid_date'],
    ['a date in another format', { startDate: '29/02/2020' }, 'startDate:invalid_date'],
    ['a date before its minimum', { startDate: '2019-12-31' }, 'startDate:out_of_range'],
    ['a date after its maximum', { startDate: '2021-01-01' }, 'startDate:out_of_range'],
    ['a value that is not an option', { channel: 'fax' }, 'channel:invalid_choice'],
    ['a selection with an unknown option', { topics: ['a', 'z'] }, 'topics.1:invalid_choice'],
    ['a selection with the same option twice', { topics: ['a', 'a'] }, 'topics:duplicate_choice'],
    ['too few selections', { topics: ['a'] }, 'topics:too_few_items'],
    ['too many selections', { topics: ['a', 'b', 'c', 'd'] }, 'topics:too_many_items'],
    ['a single value for a multiple choice', { topics: 'a' }, 'topics:invalid_type'],
    ['a Likert answer outside 1-5', { satisfaction: 6 }, 'satisfaction:out_of_range'],
    ['a Likert answer of 0', { satisfaction: 0 }, 'satisfaction:out_of_range'],
    ['a fractional maturity level', { level: 2.5 }, 'level:not_integer'],
    ['a maturity level outside 1-5', { level: 0 }, 'level:out_of_range'],
    ['an http address where https is required', { site: 'http://example.go.id' }, 'site:invalid_url'],
    ['a relative address', { site: '/berita/1' }, 'site:invalid_url'],
    ['an address with another scheme', { legacySite: 'ftp://example.go.id' }, 'legacySite:invalid_url'],
    ['an address with spaces', { site: 'https://example.go.id/a b' }, 'site:invalid_url'],
    [
      'an address over its maximum length',
      { legacySite: `http://example.go.id/${'a'.repeat(20)}` },
      'legacySite:too_long',
    ],
    [
      'a file of a type not accepted',
      { proof: makeFileRef({ contentType: 'text/html' }) },
      'proof:invalid_file_type',
    ],
    ['a file over the size limit', { proof: makeFileRef({ size: 1_000_001 }) }, 'proof:file_too_large'],
    ['a file reference with a bad hash', { proof: makeFileRef({ sha256: 'xyz' }) }, 'proof:invalid_file'],
    [
      'a file reference without a name',
      { proof: { ...makeFileRef(), name: undefined } },
      'proof:invalid_file',
    ],
    [
      'a file reference with an extra key',
      { proof: { ...makeFileRef(), url: 'https://x.id' } },
      'proof:invalid_file',
    ],
    ['a file given as text', { proof: 'sk.pdf' }, 'proof:invalid_file'],
    ['a group given as an object', { members: { name: 'Rina' } }, 'members:invalid_type'],
    ['a group item that is not an object', { members: [{ name: 'Rina' }, 'Budi'] }, 'members.1:invalid_type'],
    [
      'a bad answer inside a group item',
      { members: [{ name: 'Rina' }, { name: 'Budi', role: 'boss' }] },
      'members.1.role:invalid_choice',
    ],
  ])('refuses %s', (_case, overrides, expected) => {
    // Act
    const codes = check(makeEveryFieldAnswers(overrides));

    // Assess
    expect(codes).toEqual([expected]);
  });

  it.each([
    ['a date on a leap day', { startDate: '2020-02-29' }],
    ['a number at its bounds', { budget: 0, staff: 50 }],
    ['an http address where http is allowed', { legacySite: 'http://example.go.id' }],
    ['a file whose type matches a wildcard', { proof: makeFileRef({ contentType: 'image/jpeg' }) }],
    ['a file whose type differs only in case', { proof: makeFileRef({ contentType: 'Application/PDF' }) }],
    ['a file exactly at the size limit', { proof: makeFileRef({ size: 1_000_000 }) }],
    ['the largest selection allowed', { topics: ['a', 'b', 'd'] }],
  ])('accepts %s', (_case, overrides) => {
    expect(check(makeEveryFieldAnswers(overrides))).toEqual([]);
  });

  it('refuses answers that are not an object', () => {
    for (const answers of [null, 'answers', 42, [makeEveryFieldAnswers()]]) {
      expect(errorCodes(validateAnswers(everyFieldForm, answers))).toEqual([':invalid_type']);
    }
  });

  it('refuses unknown fields, one error per key', () => {
    expect(check(makeEveryFieldAnswers({ colour: 'red', size: 3 }))).toEqual([
      'colour:unknown_field',
      'size:unknown_field',
    ]);
  });

  it('refuses an inherited property name sent as a key', () => {
    expect(check(JSON.parse('{"__proto__": {"code": "AB-12"}, "constructor": 1}'))).toEqual([
      '__proto__:unknown_field',
      'constructor:unknown_field',
    ]);
  });

  it('reports every faulty field at once, one error per field', () => {
    // Act
    const codes = check({ code: 'much-too-long', budget: 'x', topics: ['z'], staff: 0.5 });

    // Assess
    expect(codes).toEqual([
      'code:too_long',
      'budget:invalid_type',
      'staff:not_integer',
      'topics.0:invalid_choice',
    ]);
  });
});
