import { describe, expect, it } from 'vitest';
import { responseBodies } from '#functions/app/api/response-schemas.ts';
import { responseExamples } from '#functions/app/openapi/response-examples.ts';

describe('responseExamples', () => {
  it.each(Object.keys(responseBodies) as (keyof typeof responseBodies)[])(
    'gives an example of %s that its answer schema accepts as it is',
    (operation) => {
      // Act
      const parsed = responseBodies[operation].safeParse(responseExamples[operation]);

      // Assess
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(responseExamples[operation]);
    },
  );
});
