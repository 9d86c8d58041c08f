import { describe, expect, inject, it } from 'vitest';
import { functionsByName } from '#functions/app/functions.ts';
import type { Capability } from '#functions/platform/module/descriptor.ts';
import { resourcesOfType, templateOf } from '#test/support/templates.ts';

/** What each capability brings to a function: an environment variable and an action of its policy. */
/** The table's capabilities share one environment variable and one policy; the loop below checks them together. */
const signs: Record<
  Exclude<Capability, 'table-read' | 'table' | 'workflow-records'>,
  { env: string; action: string }
> = {
  evidence: { env: 'EVIDENCE_BUCKET', action: 's3:PutObject' },
  mail: { env: 'MAIL_FROM', action: 'ses:SendRawEmail' },
  links: { env: 'LINK_KEYS_SECRET_ARN', action: 'secretsmanager:GetSecretValue' },
  schedules: { env: 'SCHEDULE_GROUP', action: 'scheduler:CreateSchedule' },
  people: { env: 'USER_POOL_ID', action: '' },
  'sign-in': { env: 'COGNITO_DOMAIN', action: '' },
  workflows: { env: 'STATE_MACHINE_ARN_PREFIX', action: 'states:StartExecution' },
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
        if (sign.action)
          expect(fn?.actions.has(sign.action), `${name} ${capability} ${sign.action}`).toBe(has);
      }
      // The table: named to every function with a table capability, written only by those that write.
      const writes = declared.needs.has('table') || declared.needs.has('workflow-records');
      const reads = writes || declared.needs.has('table-read');
      expect(fn?.env.includes('TABLE_NAME'), `${name} table env`).toBe(reads);
      expect(fn?.actions.has('dynamodb:GetItem'), `${name} table read`).toBe(reads);
      expect(fn?.actions.has('dynamodb:PutItem'), `${name} table write`).toBe(writes);
    },
  );

  it('keeps mail, link keys and schedules out of the api function, which needs none of them', () => {
    const api = functionsByName.get('api');
    expect([...(api?.needs ?? [])].sort()).toEqual(['evidence', 'people', 'schedules', 'table']);
  });
});
