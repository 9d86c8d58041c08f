import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { functionsByName } from '#functions/app/functions.ts';
import { localAccount, localRegion } from './workflows/definitions.ts';

/** Lambda's timeout of a function that declares none, as the CDK app sets it (`SiklusFunction`). */
const defaultTimeoutSeconds = 10;

/**
 * A Lambda context for a handler invoked in-process, shaped like the one Lambda passes, with the
 * time its function has on AWS: the timeout its routes or tasks declare (a kick-off batch's five
 * minutes), else Lambda's default, so that a task stopped early on AWS is stopped here too.
 */
export function localLambdaContext(
  functionName: string,
  timeoutMs = 1000 * (functionsByName.get(functionName)?.timeoutSeconds ?? defaultTimeoutSeconds),
): Context {
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
