import type { FormDefinition } from '#forms/engine/definition.ts';
import { label, makeDefinition, makeFileRef } from './builders.ts';

/**
 * A form of the field settings where the engine and its JSON Schema export are most likely to
 * part: a required short text whose pattern matches blank text, required and conditional web
 * addresses (one short enough for normalization to overflow it), a wildcard content type, tight
 * date bounds around a leap day, and a group item whose requirement depends on a top-level answer.
 */
export const edgeCaseForm: FormDefinition = makeDefinition(
  [
    {
      id: 'reference',
      type: 'shortText',
      maxLength: 12,
      pattern: '\\s*|[0-9]{1,6}',
      required: true,
      label: label('reference'),
    },
    { id: 'initials', type: 'shortText', maxLength: 3, pattern: '.*', label: label('initials') },
    { id: 'site', type: 'url', required: true, label: label('site') },
    {
      id: 'mirror',
      type: 'url',
      allowHttp: true,
      maxLength: 24,
      visibleWhen: { field: 'site', notEmpty: true },
      label: label('mirror'),
    },
    {
      id: 'scan',
      type: 'evidenceFile',
      accept: ['image/*', 'application/pdf', 'application/vnd.ms-excel'],
      maxBytes: 1000,
      required: { field: 'mirror', notEmpty: true },
      label: label('scan'),
    },
    { id: 'period', type: 'date', min: '2000-02-28', max: '2000-03-01', label: label('period') },
    {
      id: 'kind',
      type: 'singleChoice',
      options: [
        { value: 'a', label: label('a') },
        { value: 'b', label: label('b') },
      ],
      label: label('kind'),
    },
    {
      id: 'links',
      type: 'group',
      maxItems: 2,
      label: label('links'),
      fields: [
        { id: 'url', type: 'url', required: { field: 'kind', equals: 'a' }, label: label('link url') },
        {
          id: 'title',
          type: 'shortText',
          maxLength: 4,
          visibleWhen: { field: 'url', notEmpty: true },
          label: label('link title'),
        },
      ],
    },
  ],
  { id: 'edge-case' },
);

/** Valid answers to {@link edgeCaseForm}, with every field answered. */
export function makeEdgeCaseAnswers(): Record<string, unknown> {
  return {
    reference: '2026',
    initials: 'RS',
    site: 'https://example.go.id/',
    mirror: 'http://mirror.go.id/a',
    scan: makeFileRef({ contentType: 'image/png', size: 900 }),
    period: '2000-02-29',
    kind: 'a',
    links: [{ url: 'https://jambikota.go.id/', title: 'Kota' }],
  };
}
