import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { localAccount, localRegion } from './workflows/definitions.ts';

/** A Lambda context for a handler invoked in-process, shaped like the one Lambda passes. */
export function localLambdaContext(functionName: string, timeoutMs = 10_000): Context {
  const name = `siklus-local-${functionName}`;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${localRegion}:${localAccount}:function:${name}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => timeoutMs,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
