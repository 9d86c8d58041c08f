import { describe, expect, inject, it } from 'vitest';
import { functionsByName } from '#functions/app/functions.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import { resourcesOfType, templateOf } from '#test/support/templates.ts';

/**
 * What each capability brings to a function: an environment variable and actions of its policy.
 * The table's capabilities share one environment variable and one policy; the loop below checks them together.
 */
const signs: Record<
  Exclude<Capability, 'table-read' | 'table' | 'workflow-records'>,
  { env: string; actions: readonly string[] }
> = {
  // PutObject for the presigned POSTs and puts, GetObject for HeadObject and the presigned GETs
  // that open a file: a presigned URL acts with the permissions of the role that signed it.
  evidence: { env: 'EVIDENCE_BUCKET', actions: ['s3:PutObject', 's3:GetObject'] },
  mail: { env: 'MAIL_FROM', actions: ['ses:SendRawEmail'] },
  links: { env: 'LINK_KEYS_SECRET_ARN', actions: ['secretsmanager:GetSecretValue'] },
  schedules: { env: 'SCHEDULE_GROUP', actions: ['scheduler:CreateSchedule'] },
  people: { env: 'USER_POOL_ID', actions: [] },
  'sign-in': { env: 'COGNITO_DOMAIN', actions: [] },
  workflows: { env: 'STATE_MACHINE_ARN_PREFIX', actions: ['states:StartExecution'] },
};

describe('grants follow the modules’ declarations', () => {
  const template = templateOf(inject('assemblyDir'), 'App');
  const policies = resourcesOfType(template, 'AWS::IAM::Policy');

  /** Every action the policies of a role allow. */
  const actionsOf = (roleId: string): Set<string> =>
    new Set(
      policies
        .filter(([, p]) => (p.Properties?.Roles ?? []).some((r: { Ref?: string }) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties?.PolicyDocument?.Statement ?? [])
        .flatMap((statement: { Action: string | string[] }) => [statement.Action].flat()),
    );

  const deployed = resourcesOfType(template, 'AWS::Lambda::Function').map(([, fn]) => ({
    name: fn.Metadata?.['siklus:function'] as string,
    env: Object.keys(fn.Properties?.Environment?.Variables ?? {}),
    capabilities: fn.Properties?.Environment?.Variables?.SIKLUS_CAPABILITIES as string,
    timeout: fn.Properties?.Timeout as number,
    actions: actionsOf(fn.Properties?.Role?.['Fn::GetAtt']?.[0]),
  }));

  it.each([...functionsByName.values()].map((f) => [f.name, f] as const))(
    'gives %s the environment and actions of what it declares, and nothing of what it does not',
    (name, declared) => {
      const fn = deployed.find((d) => d.name === name);
      expect(fn, name).toBeDefined();
      // A task declares its timeout (a minute to five); a route's function answers within 10 s.
      expect(fn?.timeout, `${name} timeout`).toBe(declared.timeoutSeconds ?? 10);
      // The function's ports at cold start follow the same declaration.
      expect(fn?.capabilities).toBe([...declared.needs].sort().join(','));
      for (const [capability, sign] of Object.entries(signs) as [
        keyof typeof signs,
        (typeof signs)[keyof typeof signs],
      ][]) {
        const has =
          declared.needs.has(capability) || (capability === 'people' && declared.needs.has('sign-in'));
        expect(fn?.env.includes(sign.env), `${name} ${capability} env`).toBe(has);
        for (const action of sign.actions)
          expect(fn?.actions.has(action), `${name} ${capability} ${action}`).toBe(has);
      }
      // The table: named to every function with a table capability, written only by those that write.
      const writes = declared.needs.has('table') || declared.needs.has('workflow-records');
      const reads = writes || declared.needs.has('table-read');
      expect(fn?.env.includes('TABLE_NAME'), `${name} table env`).toBe(reads);
      expect(fn?.actions.has('dynamodb:GetItem'), `${name} table read`).toBe(reads);
      expect(fn?.actions.has('dynamodb:PutItem'), `${name} table write`).toBe(writes);
    },
  );

  it('lets web and api sign the GETs that open evidence files: s3:GetObject on the evidence prefix', () => {
    for (const name of ['web', 'api']) {
      expect(functionsByName.get(name)?.needs.has('evidence'), name).toBe(true);
      const fn = resourcesOfType(template, 'AWS::Lambda::Function').find(
        ([, f]) => f.Metadata?.['siklus:function'] === name,
      );
      const roleId = fn?.[1].Properties?.Role?.['Fn::GetAtt']?.[0];
      const reads = policies
        .filter(([, p]) => (p.Properties?.Roles ?? []).some((r: { Ref?: string }) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties?.PolicyDocument?.Statement ?? [])
        .filter((statement: { Action: string | string[] }) =>
          [statement.Action].flat().includes('s3:GetObject'),
        );
      expect(reads, name).toHaveLength(1);
      expect(JSON.stringify(reads[0].Resource), name).toMatch(/siklus-dev-ev-.*\/evidence\/\*/);
    }
  });

  it('keeps mail and link keys out of the api function, which needs neither', () => {
    // Schedules: an admin moves a deadline, a verifier asks for a revision; workflows: a submitted
    // self-assessment starts its review.
    const api = functionsByName.get('api');
    expect([...(api?.needs ?? [])].sort()).toEqual(['evidence', 'people', 'schedules', 'table', 'workflows']);
  });
});
