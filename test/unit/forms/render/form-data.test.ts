import { describe, expect, it } from 'vitest';
import { validateAnswers } from '#forms/engine/validate.ts';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { formDataToAnswers } from '#forms/render/form-data.ts';
import { makeFileRef } from '../builders.ts';
import { errorCodes, everyFieldForm } from '../every-field-form.ts';

const post = (pairs: readonly (readonly string[])[]) =>
  new URLSearchParams(pairs.map(([k = '', v = '']): [string, string] => [k, v]));
const ref = makeFileRef();
const refPairs = (path: string) => Object.entries(ref).map(([k, v]) => [`${path}.${k}`, String(v)]);

describe('formDataToAnswers', () => {
  it('types numbers, choices, lists, dates, file references and group items from the field definitions', () => {
    // Act
    const { answers } = formDataToAnswers(
      everyFieldForm,
      post([
        ['budget', '12.5'],
        ['staff', ' 7 '],
        ['startDate', '2020-02-29'],
        ['topics', 'a'],
        ['topics', 'c'],
        ['satisfaction', '4'],
        ['level', '2'],
        ['channel', 'web'],
        ...refPairs('proof'),
        ['members.0.name', 'Rina'],
        ['members.0.role', 'lead'],
      ]),
    );

    // Assess
    expect(answers).toEqual({
      budget: 12.5,
      staff: 7,
      startDate: '2020-02-29',
      topics: ['a', 'c'],
      satisfaction: 4,
      level: 2,
      channel: 'web',
      proof: ref,
      members: [{ name: 'Rina', role: 'lead' }],
    });
  });

  it('keeps text that is not a number, so that validation reports its type', () => {
    const { answers } = formDataToAnswers(
      everyFieldForm,
      post([
        ['budget', '12,5'],
        ['level', 'x'],
      ]),
    );
    expect(answers).toEqual({ budget: '12,5', level: 'x' });
    expect(errorCodes(validateAnswers(everyFieldForm, answers))).toEqual([
      'budget:invalid_type',
      'level:invalid_type',
    ]);
  });

  it('leaves out empty answers and names that are not inputs of the form', () => {
    const pairs = [
      ['code', '  '],
      ['budget', ''],
      ['topics', ''],
      ['_csrf', 't'],
      ['revision', '3'],
      ['constructor', 'x'],
      ['code.x', 'y'],
      ['members.a.name', 'z'],
    ];
    expect(formDataToAnswers(everyFieldForm, post(pairs)).answers).toEqual({});
  });

  it('reads a file reference only when its fileId is given, and its size as a number', () => {
    const empty = [
      ['proof.fileId', ''],
      ['proof.name', 'x.pdf'],
      ['proof.size', '5'],
    ];
    expect(formDataToAnswers(everyFieldForm, post(empty)).answers).toEqual({});
    const partial = [
      ['proof.fileId', 'f1'],
      ['proof.size', '5'],
    ];
    expect(formDataToAnswers(everyFieldForm, post(partial)).answers).toEqual({
      proof: { fileId: 'f1', sha256: '', name: '', contentType: '', size: 5 },
    });
  });

  it('orders group items by index and closes the gaps', () => {
    const pairs = [
      ['members.7.name', 'C'],
      ['members.0.name', 'A'],
      ['members.3._item', ''],
      ['members.2.name', 'B'],
    ];
    const { answers } = formDataToAnswers(everyFieldForm, post(pairs));
    expect(answers.members).toEqual([{ name: 'A' }, { name: 'B' }, {}, { name: 'C' }]);
  });

  it('writes the line breaks browsers post as CRLF as LF', () => {
    expect(formDataToAnswers(everyFieldForm, post([['summary', 'a\r\nb\rc']])).answers).toEqual({
      summary: 'a\nb\nc',
    });
  });

  it('clears answers to fields hidden by the posted answers, as a page without JavaScript posts them all', () => {
    const { answers } = formDataToAnswers(
      form,
      post([
        ['status', 'planned'],
        ['peopleReached', '50'],
        ['name', 'Sikoja'],
      ]),
    );
    expect(answers).toEqual({ status: 'planned', name: 'Sikoja' });
  });
});
