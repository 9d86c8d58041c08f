import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on Node 24, the runtime of the Lambda functions', () => {
    expect(Number(process.versions.node.split('.')[0])).toBe(24);
  });
});
