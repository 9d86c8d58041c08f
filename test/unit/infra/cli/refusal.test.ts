import { describe, expect, it } from 'vitest';
import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';
import { describeFailure } from '#infra/cli/refusal.ts';

describe('describeFailure', () => {
  it('says a refusal in the chosen language, one line per field, with the exit code of its kind', () => {
    // Prepare
    const refusal = refusals.invalid([
      { path: 'reason', code: 'too_small', message: { id: 'Terlalu pendek.', en: 'Too short.' } },
    ]);

    // Act
    const id = describeFailure(refusal, 'id');
    const en = describeFailure(refusal, 'en');

    // Assess
    expect(id).toEqual({
      message: 'Ada isian yang perlu diperbaiki.\n  reason: Terlalu pendek.',
      exitCode: 3,
    });
    expect(en).toEqual({ message: 'Some fields need correcting.\n  reason: Too short.', exitCode: 3 });
  });

  it('gives each kind of refusal its own exit code, and any other failure 1', () => {
    const codes = [
      refusals.notFound(),
      refusals.forbidden(),
      new DomainError('conflict', 'obligation_closed', { id: 'Tertutup.', en: 'Closed.' }),
      new Error('disk full'),
    ].map((error) => describeFailure(error, 'en'));

    expect(codes).toEqual([
      { message: 'The item was not found.', exitCode: 4 },
      { message: 'You are not allowed to do this.', exitCode: 5 },
      { message: 'Closed.', exitCode: 6 },
      { message: 'disk full', exitCode: 1 },
    ]);
  });
});
