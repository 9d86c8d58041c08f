import * as z from 'zod/mini';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { createStepFunctionsStarter } from '#functions/platform/aws/step-functions-starter.ts';
import type { PortBuilder } from './builder.ts';

/** `workflows`: starting the parts' workflows, state machines named by the prefix and the workflow's name. */
export const workflowsPorts: PortBuilder = ({ env, clock }) => ({
  workflows: createStepFunctionsStarter(
    env({ STATE_MACHINE_ARN_PREFIX: z.string().check(z.minLength(1)) }).STATE_MACHINE_ARN_PREFIX,
    clock,
    fromLambdaEnvironment(),
  ),
});
