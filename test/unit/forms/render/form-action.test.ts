import { describe, expect, it } from 'vitest';
import { innovationReportForm as form } from '#forms/innovation-report.form.ts';
import { formDataToAnswers } from '#forms/render/form-data.ts';
import { makeAnswers, makeFileRef } from '../builders.ts';
import { everyFieldForm, makeEveryFieldAnswers } from '../every-field-form.ts';
import { rendered } from './fixtures.ts';
import { formEntries } from './mini-dom.ts';

const post = (pairs: readonly (readonly string[])[]) =>
  new URLSearchParams(pairs.map(([k = '', v = '']): [string, string] => [k, v]));
const ref = makeFileRef();
const refPairs = (path: string) => Object.entries(ref).map(([k, v]) => [`${path}.${k}`, String(v)]);

describe('formDataToAnswers actions', () => {
  it('appends an empty item for add, until the group holds maxItems', () => {
    // Prepare
    const two = [
      ['members.0.name', 'A'],
      ['members.1.name', 'B'],
    ];

    // Act
    const added = formDataToAnswers(everyFieldForm, post([...two, ['_action', 'add:members']]));
    const full = formDataToAnswers(
      everyFieldForm,
      post([...two, ['members.2._item', ''], ['_action', 'add:members']]),
    );

    // Assess
    expect(added).toEqual({
      answers: { members: [{ name: 'A' }, { name: 'B' }, {}] },
      action: { kind: 'add', path: 'members' },
    });
    expect(full.answers.members).toHaveLength(3);
  });

  it('removes the item named by remove, and an attached file', () => {
    const pairs = [['members.0.name', 'A'], ['members.1.name', 'B'], ...refPairs('proof')];
    const removed = formDataToAnswers(everyFieldForm, post([...pairs, ['_action', 'remove:members.0']]));
    expect(removed).toEqual({
      answers: { members: [{ name: 'B' }], proof: ref },
      action: { kind: 'remove', path: 'members', index: 0 },
    });
    const file = formDataToAnswers(everyFieldForm, post([...pairs, ['_action', 'remove:proof']]));
    expect(file.answers).toEqual({ members: [{ name: 'A' }, { name: 'B' }] });
  });

  it('returns save and submit as the action, and no action for one naming nothing', () => {
    expect(formDataToAnswers(form, post([['_action', 'save']])).action).toEqual({ kind: 'save' });
    expect(formDataToAnswers(form, post([['_action', 'submit']])).action).toEqual({ kind: 'submit' });
    for (const bad of ['add:name', 'remove:evidenceLinks.4', 'add:nothing', 'publish', 'remove:'])
      expect(formDataToAnswers(form, post([['_action', bad]]))).toEqual({ answers: {} });
  });

  it.each([
    ['innovation-report', form, makeAnswers({ description: 'Baris 1\nBaris 2 <b>&amp;</b>' })],
    ['every field', everyFieldForm, makeEveryFieldAnswers()],
  ] as const)('reads back the answers of %s rendered into a form', (_, definition, answers) => {
    const { form: element } = rendered(definition, { answers, lang: 'en' });
    expect(formDataToAnswers(definition, formEntries(element)).answers).toEqual(answers);
  });

  it('keeps an added empty item through a render and a post', () => {
    // Prepare
    const first = formDataToAnswers(
      form,
      post([
        ['name', 'Sikoja'],
        ['_action', 'add:evidenceLinks'],
      ]),
    );

    // Act
    const { form: element } = rendered(form, { answers: first.answers });
    const second = formDataToAnswers(
      form,
      formEntries(element, { name: '_action', value: 'add:evidenceLinks' }),
    );

    // Assess
    expect(second.answers).toEqual({ name: 'Sikoja', evidenceLinks: [{}, {}] });
  });
});
