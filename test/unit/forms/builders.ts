import type { Answers, FormDefinition } from '#forms/engine/definition.ts';
import type { EvidenceFileRef, Field } from '#forms/engine/field-types.ts';
import type { Bilingual } from '#functions/platform/text/bilingual.ts';

/** A label whose two languages are told apart by a prefix, so tests can see which one a message used. */
export function label(text: string): Bilingual {
  return { id: `ID ${text}`, en: `EN ${text}` };
}

/** A one-section form holding `fields`. */
export function makeDefinition(
  fields: readonly Field[],
  overrides: Partial<FormDefinition> = {},
): FormDefinition {
  return {
    id: 'test-form',
    version: 1,
    title: { id: 'Formulir uji', en: 'Test form' },
    description: { id: 'Formulir untuk pengujian.', en: 'A form for tests.' },
    sections: [{ id: 'main', title: label('main'), fields }],
    ...overrides,
  };
}

/** A well-formed reference to an uploaded PDF. */
export function makeFileRef(overrides: Partial<EvidenceFileRef> = {}): EvidenceFileRef {
  return {
    fileId: 'file-01HZX',
    sha256: 'ab'.repeat(32),
    name: 'sk-walikota.pdf',
    contentType: 'application/pdf',
    size: 250_000,
    ...overrides,
  };
}

/**
 * Valid answers to `innovation-report` v1: Sikoja, a live application of Kota Jambi. Web addresses
 * are written as the engine stores them, so the answers come back from validation unchanged.
 */
export function makeAnswers(overrides: Record<string, unknown> = {}): Answers {
  return {
    name: 'Sikoja',
    description: 'Sistem informasi kota Jambi untuk pengaduan dan layanan warga.',
    type: 'application',
    status: 'live',
    launchDate: '2019-08-17',
    applicationUrl: 'https://sikoja.jambikota.go.id/',
    subDimension: 'governance.public-services',
    masterPlanProgram: 'QW-01 Sikoja',
    peopleReached: 12_500,
    maturity: 3,
    evidenceDocument: makeFileRef(),
    evidenceLinks: [{ title: 'Berita peluncuran', url: 'https://jambikota.go.id/berita/sikoja' }],
    ...overrides,
  };
}

/** Answers without the keys named, for "missing answer" cases. */
export function without(answers: Answers, ...keys: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !keys.includes(key)));
}
