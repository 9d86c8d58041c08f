import { App } from 'aws-cdk-lib';
import { buildSiklusApp } from '#infra/aws/app.ts';
import { readStageConfig } from '#infra/aws/config.ts';

/**
 * Synthesizes the CDK app in-process into `outdir`, skipping the bundling of functions (the
 * embedded runtime runs their source in-process), and returns the folder. The templates, and
 * so the state machine definitions, are the ones `cdk synth` writes.
 */
export function synthesizeDefinitions(outdir: string): string {
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  buildSiklusApp(
    app,
    readStageConfig(() => undefined),
  );
  app.synth();
  return outdir;
}
