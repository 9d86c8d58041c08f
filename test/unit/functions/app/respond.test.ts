import { describe, expect, it } from 'vitest';
import { answer } from '#functions/app/api/respond.ts';
import { responseExamples } from '#functions/app/openapi/response-examples.ts';
import { ResponseShapeError } from '#functions/platform/http/answer.ts';

const { draft } = responseExamples.getDraft;

describe('answer', () => {
  it('answers JSON with the status and headers given', () => {
    // Act
    const result = answer('getDraft', 200, { draft }, { location: '/api/x' });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      location: '/api/x',
    });
    expect(JSON.parse(String(result.body))).toEqual({ draft });
  });

  it('leaves out what the schema does not name, such as the idempotency bookkeeping of a draft', () => {
    // Prepare
    const stored = { ...draft, idempotency: { keyHash: 'a'.repeat(64), requestHash: 'b'.repeat(64) } };

    // Act
    const body = JSON.parse(String(answer('getDraft', 200, { draft: stored }).body));

    // Assess
    expect(body.draft).not.toHaveProperty('idempotency');
    expect(body).toEqual({ draft });
  });

  it('throws a ResponseShapeError naming the operation and the broken fields', () => {
    // Prepare: a draft whose revision went missing
    const { revision: _revision, ...broken } = draft;

    // Act
    const work = () => answer('getDraft', 200, { draft: broken as typeof draft });

    // Assess
    expect(work).toThrow(ResponseShapeError);
    expect(work).toThrow(/getDraft .*draft\.revision invalid_type/);
  });

  it('keeps the keywords of a form schema it does not name', () => {
    // Prepare
    const schema = { ...responseExamples.getFormSchema, $defs: { empty: { type: 'null' } }, allOf: [] };

    // Act
    const body = JSON.parse(String(answer('getFormSchema', 200, schema).body));

    // Assess
    expect(body).toEqual(schema);
  });
});
