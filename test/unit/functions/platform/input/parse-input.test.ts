import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { HttpError } from '#functions/platform/http/errors.ts';
import { readJsonBody } from '#functions/platform/http/json-body.ts';
import { parseInput, reservedKeyPaths } from '#functions/platform/input/parse-input.ts';
import { httpEvent } from '#test/support/http-event.ts';

const catchError = (work: () => unknown): HttpError => {
  try {
    work();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected an HttpError');
};

const catchRefusal = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('readJsonBody', () => {
  it('parses a JSON body, also when base64 encoded', () => {
    expect(readJsonBody(httpEvent('POST', '/x', { body: '{"a":1}' }))).toEqual({ a: 1 });
    const encoded = Buffer.from('{"a":2}').toString('base64');
    expect(readJsonBody(httpEvent('POST', '/x', { body: encoded, isBase64Encoded: true }))).toEqual({ a: 2 });
  });

  it('refuses malformed JSON with 400 malformed_json', () => {
    const error = catchError(() => readJsonBody(httpEvent('POST', '/x', { body: '{"a":' })));
    expect([error.status, error.code]).toEqual([400, 'malformed_json']);
  });

  it('refuses a body over the limit with 413, counting bytes not characters', () => {
    const error = catchError(() =>
      readJsonBody(httpEvent('POST', '/x', { body: JSON.stringify('é'.repeat(60)) }), 100),
    );
    expect([error.status, error.code]).toEqual([413, 'payload_too_large']);
  });
});

describe('parseInput', () => {
  const schema = z.strictObject({ formVersion: z.number(), answers: z.record(z.string(), z.unknown()) });

  it('lists one bilingual error per problem, unknown fields each by name', () => {
    const error = catchRefusal(() =>
      parseInput(schema, { formVersion: 'one', status: 'accepted', score: 5 }),
    );
    expect(error.kind).toBe('invalid');
    expect(error.fields?.map((f) => [f.path, f.code])).toEqual(
      expect.arrayContaining([
        ['formVersion', 'invalid_type'],
        ['answers', 'required'],
        ['status', 'unknown_field'],
        ['score', 'unknown_field'],
      ]),
    );
    for (const field of error.fields ?? []) {
      expect(field.message.id).not.toBe(field.message.en);
      expect(field.message.id.length).toBeGreaterThan(5);
    }
  });
});

describe('reserved keys', () => {
  it('finds __proto__, constructor and prototype at any depth, as JSON.parse makes them', () => {
    // Act
    const found = reservedKeyPaths(
      JSON.parse(
        '{"__proto__": {"prototype": 1}, "answers": {"constructor": 2, "list": [{"__proto__": 3}]}, "ok": "constructor"}',
      ),
    );

    // Assess
    expect(found).toEqual([
      { at: '', key: '__proto__' },
      { at: '__proto__', key: 'prototype' },
      { at: 'answers', key: 'constructor' },
      { at: 'answers.list.0', key: '__proto__' },
    ]);
  });

  it('finds none in ordinary values, however deeply nested', () => {
    // Prepare
    let deep: unknown = { leaf: true };
    for (let i = 0; i < 100_000; i++) deep = [deep];

    // Act, Assess
    expect(reservedKeyPaths(deep)).toEqual([]);
    expect(reservedKeyPaths({ a: [1, 'x', null], b: { proto: 1, toString: 2 } })).toEqual([]);
  });

  it("refuses a reserved key that a record schema would drop, beside the schema's own errors", () => {
    // Prepare
    const schema = z.strictObject({ formVersion: z.number(), answers: z.record(z.string(), z.unknown()) });

    // Act
    const error = catchRefusal(() =>
      parseInput(schema, JSON.parse('{"__proto__": 1, "formVersion": "1", "answers": {"__proto__": {}}}')),
    );

    // Assess
    expect(error.fields?.map((f) => [f.path, f.code])).toEqual([
      ['__proto__', 'unknown_field'],
      ['answers.__proto__', 'unknown_field'],
      ['formVersion', 'invalid_type'],
    ]);
    for (const field of error.fields ?? []) expect(field.message.id).not.toBe(field.message.en);
  });
});
