import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';

/** Account and region that stand in for the real ones in resolved ARNs. */
export const localAccount = '000000000000';
export const localRegion = 'local';

export interface WorkflowDefinition {
  workflow: string;
  definition: StateMachineDefinition;
  /** Function name (`siklus:function`) by the placeholder ARN that the definition holds. */
  functionByArn: ReadonlyMap<string, string>;
}

interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

/** The ARN that stands in for a Lambda function of the template, by its logical id. */
export const localFunctionArn = (logicalId: string) =>
  `arn:aws:lambda:${localRegion}:${localAccount}:function:${logicalId}`;

/**
 * Reads every state machine that CDK synthesized into `assemblyDir` and turns its
 * `DefinitionString` (an `Fn::Join` over references) into the plain ASL it becomes on AWS,
 * with placeholder ARNs, so that the local interpreter runs exactly that definition.
 */
export function loadWorkflowDefinitions(assemblyDir: string): Map<string, WorkflowDefinition> {
  const workflows = new Map<string, WorkflowDefinition>();
  for (const file of readdirSync(assemblyDir).filter((name) => name.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(join(assemblyDir, file), 'utf8')) as {
      Resources?: Record<string, CfnResource>;
    };
    const resources = Object.entries(template.Resources ?? {});
    const functionByArn = new Map<string, string>();
    for (const [logicalId, resource] of resources) {
      const name = resource.Metadata?.['siklus:function'];
      if (resource.Type === 'AWS::Lambda::Function' && typeof name === 'string') {
        functionByArn.set(localFunctionArn(logicalId), name);
      }
    }
    for (const [, resource] of resources) {
      const workflow = resource.Metadata?.['siklus:workflow'];
      if (resource.Type !== 'AWS::StepFunctions::StateMachine' || typeof workflow !== 'string') continue;
      const definition = JSON.parse(
        resolveIntrinsic(resource.Properties?.DefinitionString),
      ) as StateMachineDefinition;
      workflows.set(workflow, { workflow, definition, functionByArn });
    }
  }
  return workflows;
}

function resolveIntrinsic(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if ('Fn::Join' in node) {
      const [separator, parts] = node['Fn::Join'] as [string, unknown[]];
      return parts.map(resolveIntrinsic).join(separator);
    }
    if ('Fn::GetAtt' in node) {
      const [logicalId] = node['Fn::GetAtt'] as [string, string];
      return localFunctionArn(logicalId);
    }
    if ('Ref' in node) return resolvePseudoParameter(node.Ref as string);
  }
  throw new Error(`Cannot resolve ${JSON.stringify(value)} in a state machine definition`);
}

function resolvePseudoParameter(name: string): string {
  const pseudo: Record<string, string> = {
    'AWS::Partition': 'aws',
    'AWS::Region': localRegion,
    'AWS::AccountId': localAccount,
    'AWS::URLSuffix': 'amazonaws.com',
  };
  return pseudo[name] ?? name;
}
