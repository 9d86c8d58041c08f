import { describe, expect, it } from 'vitest';
import {
  acceptInput,
  cityReviewsInput,
  openReviewInput,
  recordVerificationInput,
  requestRevisionInput,
  verifierQueueInput,
} from '#functions/assessment/review-inputs.ts';
import { DomainError, type FieldError } from '#functions/platform/errors/domain-errors.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';

/** The field errors of an input the schema refuses, as `path code` pairs; fails when it is accepted. */
function refused(schema: Parameters<typeof parseInput>[0], value: unknown): string[] {
  try {
    parseInput(schema, value);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const fields = (error as DomainError).fields as FieldError[];
    for (const field of fields) {
      expect(field.message.id).not.toBe('');
      expect(field.message.en).not.toBe('');
      expect(field.message.id).not.toBe(field.message.en);
    }
    return fields.map((f) => `${f.path} ${f.code}`);
  }
  throw new Error('The input was accepted');
}

const open = {
  city: 'jambi',
  year: 2026,
  opd: 'dinas-kesehatan',
  submissionId: 'sub-1',
  verifier: 'ev-1',
  due: '2026-11-20',
  claimed: { 'gov-ps-01': 3, 'gov-ps-02': 4 },
};

describe('review input schemas', () => {
  it('accepts an opening with claims, and a verification with and without notes', () => {
    // Act
    const opened = parseInput(openReviewInput, open);
    const verified = parseInput(recordVerificationInput, {
      year: 2026,
      opd: 'dinas-kesehatan',
      revision: 1,
      levels: { 'gov-ps-01': { level: 2, note: 'SOP belum ditandatangani' }, 'gov-ps-02': { level: 4 } },
    });

    // Assess
    expect(opened).toEqual(open);
    expect(verified.levels['gov-ps-02']).toEqual({ level: 4 });
  });

  it('refuses levels outside 1-5, bad indicator ids and server fields, one error per field', () => {
    // Act
    const fields = refused(recordVerificationInput, {
      year: 2026,
      opd: 'dinas-kesehatan',
      revision: 0,
      status: 'accepted',
      levels: { 'gov-ps-01': { level: 6 }, 'Gov PS': { level: 2 }, 'gov-ps-03': { level: 2, final: 2 } },
    });

    // Assess
    expect(fields.sort()).toEqual(
      [
        'status unknown_field',
        'revision too_small',
        'levels.gov-ps-01.level invalid_value',
        'levels.Gov PS invalid_key',
        'levels.gov-ps-03.final unknown_field',
      ].sort(),
    );
  });

  it('refuses a decision that decides nothing: no levels, no comments, no claims', () => {
    // Act
    const empty = [
      refused(recordVerificationInput, { year: 2026, opd: 'x', revision: 1, levels: {} }),
      refused(requestRevisionInput, { year: 2026, opd: 'x', revision: 1, comments: {}, due: '2026-12-01' }),
      refused(openReviewInput, { ...open, claimed: {} }),
    ];

    // Assess
    expect(empty).toEqual([['levels too_small'], ['comments too_small'], ['claimed too_small']]);
  });

  it('refuses a blank comment, an impossible date and a missing revision', () => {
    // Act
    const fields = refused(requestRevisionInput, {
      year: 2026,
      opd: 'dinas-kesehatan',
      comments: { 'gov-ps-01': '   ' },
      due: '2026-02-30',
    });

    // Assess
    expect(fields.sort()).toEqual(
      ['revision required', 'comments.gov-ps-01 invalid_format', 'due invalid_format'].sort(),
    );
  });

  it("refuses a city in the body of a person's decision: the city is the caller's", () => {
    // Act
    const fields = refused(acceptInput, { city: 'palembang', year: 2026, opd: 'x', revision: 3 });

    // Assess
    expect(fields).toEqual(['city unknown_field']);
  });

  it('pages 20 at a time unless told, and at most 100', () => {
    // Act
    const queue = parseInput(verifierQueueInput, {});
    const fields = refused(cityReviewsInput, { year: 2026, limit: 101 });

    // Assess
    expect(queue).toEqual({ limit: 20 });
    expect(fields).toEqual(['limit too_big']);
  });
});
