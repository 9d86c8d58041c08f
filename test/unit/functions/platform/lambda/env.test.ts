import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ConfigurationError, parseEnv } from '#functions/platform/lambda/env.ts';

describe('parseEnv', () => {
  const shape = { TABLE_NAME: z.string().check(z.minLength(1)), PORT: z.coerce.number() };

  it('returns the parsed values', () => {
    expect(parseEnv(shape, { TABLE_NAME: 'siklus', PORT: '3000' })).toEqual({
      TABLE_NAME: 'siklus',
      PORT: 3000,
    });
  });

  it('fails fast, naming every missing or invalid variable', () => {
    expect(() => parseEnv(shape, { PORT: 'x' })).toThrow(ConfigurationError);
    expect(() => parseEnv(shape, { PORT: 'x' })).toThrow(/TABLE_NAME.*PORT/);
  });
});
