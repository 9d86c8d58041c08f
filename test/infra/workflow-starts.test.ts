import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { grantWorkflowStarts, stateMachineNameOf } from '#infra/aws/constructs/workflow-starts.ts';

const functionIn = (stack: Stack) =>
  new LambdaFunction(stack, 'Starter', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('export const handler = async () => {};'),
  });

describe('the workflows capability', () => {
  it('lets a function start the parts’ workflows of its stage by name, and no other state machine', () => {
    // Prepare
    const stack = new Stack(new App(), 'Test', {
      env: { account: '123456789012', region: 'ap-southeast-3' },
    });

    // Act
    grantWorkflowStarts(functionIn(stack), 'prod', ['submission-review', 'heartbeat']);

    // Assess
    const template = Template.fromStack(stack);
    const arn = (name: string) => ({
      'Fn::Join': [
        '',
        ['arn:', { Ref: 'AWS::Partition' }, `:states:ap-southeast-3:123456789012:stateMachine:${name}`],
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { STATE_MACHINE_ARN_PREFIX: arn('siklus-prod-') } },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: 'states:StartExecution',
            Effect: 'Allow',
            Resource: [arn('siklus-prod-submission-review'), arn('siklus-prod-heartbeat')],
          },
        ]),
      },
    });
    expect(stateMachineNameOf('prod', 'heartbeat')).toBe('siklus-prod-heartbeat');
  });

  it('refuses a function that would start workflows when no part declares one', () => {
    const stack = new Stack(new App(), 'Test');
    expect(() => grantWorkflowStarts(functionIn(stack), 'prod', [])).toThrow(/no part declares one/);
  });
});
