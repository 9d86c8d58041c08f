import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { createStepFunctionsStarter } from '#functions/platform/aws/step-functions-starter.ts';
import { TransientError } from '#functions/platform/lambda/errors.ts';
import { credentialFor, fakeAws, json, sentBody, sentHeaders } from './aws-fake.ts';

const prefix = 'arn:aws:states:ap-southeast-3:123456789012:stateMachine:siklus-prod-';
const input = { city: 'jambi', submissionId: 's-1', note: 'Revisi ke-2: "bukti" & tautan' };

const makeStarter = (...answers: Parameters<typeof fakeAws>) => {
  const fake = fakeAws(...answers);
  const { clock, ...access } = fake.options;
  return { starter: createStepFunctionsStarter(prefix, clock, access), requests: fake.requests };
};

/** What the AWS SDK sends for the same StartExecution, caught before it leaves. */
async function sdkRequest(): Promise<{ headers: Record<string, string>; body: unknown; path: string }> {
  let caught: { headers: Record<string, string>; body: unknown; path: string } | undefined;
  const client = new SFNClient({
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
    requestHandler: {
      handle: async (request: { headers: Record<string, string>; body: string; path: string }) => {
        caught = { headers: request.headers, body: JSON.parse(request.body), path: request.path };
        throw new Error('caught');
      },
    },
  });
  await client
    .send(
      new StartExecutionCommand({
        stateMachineArn: `${prefix}submission-review`,
        name: 'jambi.2026.dinkes.1',
        input: JSON.stringify(input),
      }),
    )
    .catch(() => undefined);
  if (!caught) throw new Error('the SDK sent nothing');
  return caught;
}

describe('Step Functions starter', () => {
  it('starts the named workflow with a signed StartExecution, as the AWS SDK sends it', async () => {
    // Prepare
    const { starter, requests } = makeStarter(json(200, { executionArn: 'arn:...', startDate: 1 }));
    const sdk = await sdkRequest();

    // Act
    await starter.start('submission-review', input, 'jambi.2026.dinkes.1');

    // Assess
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(`https://states.ap-southeast-3.amazonaws.com${sdk.path}`);
    const headers = sentHeaders(requests[0]);
    expect(headers['x-amz-target']).toBe(sdk.headers['x-amz-target']);
    expect(headers['content-type']).toBe(sdk.headers['content-type']);
    expect(headers.authorization).toContain(credentialFor('states'));
    expect(sentBody(requests[0])).toStrictEqual(sdk.body);
    expect(JSON.parse((sentBody(requests[0]) as { input: string }).input)).toStrictEqual(input);
  });

  it('takes an execution of that name already there as started once, not as a failure', async () => {
    const { starter, requests } = makeStarter(
      json(400, { __type: 'com.amazonaws.swf.service.v2.model#ExecutionAlreadyExists', message: 'exists' }),
    );
    await expect(starter.start('submission-review', input, 'jambi.2026.dinkes.1')).resolves.toBeUndefined();
    expect(requests).toHaveLength(1);
  });

  it('throws any other refusal, named by its type', async () => {
    const { starter } = makeStarter(
      json(400, { __type: 'com.amazonaws.swf.service.v2.model#StateMachineDoesNotExist', message: 'none' }),
    );
    await expect(starter.start('unknown', input, 'x')).rejects.toMatchObject({
      name: 'StateMachineDoesNotExist',
    });
  });

  it('retries throttling once, then raises a TransientError', async () => {
    const throttled = () => json(400, { __type: 'com.amazonaws.swf.service.v2.model#ThrottlingException' });
    const { starter, requests } = makeStarter(throttled(), throttled());
    await expect(starter.start('submission-review', input, 'x')).rejects.toBeInstanceOf(TransientError);
    expect(requests).toHaveLength(2);
  });
});
