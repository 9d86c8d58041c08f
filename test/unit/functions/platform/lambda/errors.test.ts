import { describe, expect, it } from 'vitest';
import { classifyError, TransientError } from '#functions/platform/lambda/errors.ts';

describe('classifyError', () => {
  it('turns a throttling error into a TransientError that keeps its cause', () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ProvisionedThroughputExceededException',
    });
    const classified = classifyError(throttled);
    expect(classified).toBeInstanceOf(TransientError);
    expect((classified as TransientError).cause).toBe(throttled);
  });

  it('turns a refused connection into a TransientError', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifyError(refused)).toBeInstanceOf(TransientError);
  });

  it('leaves other errors unchanged', () => {
    const bug = new TypeError('x is undefined');
    expect(classifyError(bug)).toBe(bug);
    expect(classifyError('not an error')).toBe('not an error');
  });
});
