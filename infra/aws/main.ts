import { App } from 'aws-cdk-lib';
import { buildSiklusApp } from './app.ts';
import { readStageConfig } from './config.ts';

const app = new App();
buildSiklusApp(
  app,
  readStageConfig((key) => app.node.tryGetContext(key)),
);
app.synth();
