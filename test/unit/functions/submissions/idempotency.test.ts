import { describe, expect, it } from 'vitest';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { assertSameRequest, idempotencyRecord, idempotentId } from '#functions/submissions/idempotency.ts';

const scope = { city: 'jambi', opd: 'diskominfo' };
const body = { formVersion: 1, answers: { name: 'Sikoja', budget: 10 } };

describe('idempotency keys', () => {
  it('derives one id per OPD, form, key and kind of item', () => {
    // Act
    const id = idempotentId('submission', scope, 'innovation-report', 'k');

    // Assess
    expect(id).toMatch(/^idem-[0-9a-f]{32}$/);
    expect(idempotentId('submission', scope, 'innovation-report', 'k')).toBe(id);
    const others = [
      idempotentId('submission', { ...scope, opd: 'bappeda' }, 'innovation-report', 'k'),
      idempotentId('submission', { ...scope, city: 'palembang' }, 'innovation-report', 'k'),
      idempotentId('submission', scope, 'self-assessment', 'k'),
      idempotentId('submission', scope, 'innovation-report', 'k2'),
      idempotentId('draft', scope, 'innovation-report', 'k'),
    ];
    expect(new Set([id, ...others]).size).toBe(6);
  });

  it('records the same body the same way whatever the order of its keys', () => {
    // Act
    const reordered = { answers: { budget: 10, name: 'Sikoja' }, formVersion: 1 };

    // Assess
    expect(idempotencyRecord('k', reordered)).toEqual(idempotencyRecord('k', body));
    expect(idempotencyRecord('k', { ...body, formVersion: 2 }).requestHash).not.toBe(
      idempotencyRecord('k', body).requestHash,
    );
  });

  it('refuses the same key with another body with 422, and lets every other repeat through', () => {
    // Prepare
    const existing = { idempotency: idempotencyRecord('k', body) };
    const otherBody = idempotencyRecord('k', { ...body, answers: {} });

    // Act
    const refused = (() => {
      try {
        assertSameRequest(existing, otherBody);
      } catch (error) {
        return error;
      }
    })();

    // Assess
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ kind: 'unprocessable', code: 'idempotency_key_reused' });
    expect((refused as DomainError).messages.id).not.toBe((refused as DomainError).messages.en);
    expect(() => assertSameRequest(existing, idempotencyRecord('k', body))).not.toThrow();
    expect(() => assertSameRequest(existing, idempotencyRecord('other', {}))).not.toThrow();
    expect(() => assertSameRequest({}, otherBody)).not.toThrow();
    expect(() => assertSameRequest(existing, undefined)).not.toThrow();
  });
});
