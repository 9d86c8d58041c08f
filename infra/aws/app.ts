import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { StageConfig } from './config.ts';
import { AppStack } from './stacks/app-stack.ts';
import { DataStack } from './stacks/data-stack.ts';

export interface SiklusApp {
  data: DataStack;
  app: AppStack;
}

/** Adds the Siklus stacks to a CDK app, with cdk-nag's AwsSolutions and Serverless packs. */
export function buildSiklusApp(cdkApp: App, config: StageConfig): SiklusApp {
  // Explicit, so that the stateful stack's exports stay protected while the app stack uses them.
  cdkApp.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'strong');
  const prefix = `Siklus-${config.stage}`;
  const data = new DataStack(cdkApp, `${prefix}-Data`, {
    description: 'Siklus: stateful data (retained)',
    config,
  });
  const app = new AppStack(cdkApp, `${prefix}-App`, {
    description: 'Siklus: functions, workflows and HTTP API',
    config,
    data,
  });
  Tags.of(cdkApp).add('app', 'siklus');
  Tags.of(cdkApp).add('stage', config.stage);
  Validations.of(cdkApp).addPlugins(new AwsSolutionsChecks(cdkApp), new ServerlessChecks(cdkApp));
  return { data, app };
}
