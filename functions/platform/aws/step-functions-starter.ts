import type { Clock } from '#functions/platform/ports/clock.ts';
import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import { type AwsJsonOptions, AwsServiceError, createAwsJsonClient } from './aws-json.ts';

/**
 * Step Functions' StartExecution (JSON 1.0), signed without the SDK. A state machine is found by
 * its name, `arnPrefix` followed by the workflow's name (the CDK app names them so). Step
 * Functions answers a second start of one execution name with the same input as a success, and
 * with another input as `ExecutionAlreadyExists`: either way the workflow runs once, and so both
 * succeed here. Throttling and service faults become `TransientError` after one retry.
 */
export function createStepFunctionsStarter(
  arnPrefix: string,
  clock: Clock,
  access: Omit<AwsJsonOptions, 'clock'>,
): WorkflowStarter {
  const send = createAwsJsonClient(
    { signingName: 'states', endpointPrefix: 'states', title: 'Step Functions' },
    { ...access, clock },
  );
  return {
    start: async (workflow, input, execution) => {
      try {
        await send({
          operation: `StartExecution ${workflow}/${execution}`,
          method: 'POST',
          path: '/',
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'x-amz-target': 'AWSStepFunctions.StartExecution',
          },
          body: { stateMachineArn: `${arnPrefix}${workflow}`, name: execution, input: JSON.stringify(input) },
        });
      } catch (error) {
        if (error instanceof AwsServiceError && error.name === 'ExecutionAlreadyExists') return;
        throw error;
      }
    },
  };
}
