import { describe, expect, it } from 'vitest';
import { functionsByName } from '#functions/app/functions.ts';
import { localLambdaContext } from '#infra/local/lambda-context.ts';

/*
 * A function run in-process gets the time it has on AWS: middy stops a handler just before the
 * context's remaining time runs out, so a shorter local timeout would fail a long task (a kick-off
 * batch of many OPDs on a busy machine) that AWS lets finish.
 */

describe('the local Lambda context', () => {
  it('gives each function the timeout its tasks declare, and Lambda’s ten seconds to the others', () => {
    // Prepare
    const declared = [...functionsByName.values()].filter((f) => f.timeoutSeconds !== undefined);

    // Assess
    expect(declared.map((f) => f.name)).toContain('kickoff-batch');
    for (const f of declared)
      expect(localLambdaContext(f.name).getRemainingTimeInMillis(), f.name).toBe(
        1000 * (f.timeoutSeconds ?? 0),
      );
    expect(localLambdaContext('kickoff-batch').getRemainingTimeInMillis()).toBe(300_000);
    expect(localLambdaContext('web').getRemainingTimeInMillis()).toBe(10_000);
  });
});
