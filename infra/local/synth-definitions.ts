import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildSiklusApp } from '#infra/aws/app.ts';
import { readStageConfig } from '#infra/aws/config.ts';
import { hashSynthInputs } from './source-hash.ts';

/**
 * Synthesizes the CDK app in-process into `outdir`, skipping the bundling of functions (the
 * embedded runtime runs their source in-process), and returns the folder. The templates, and
 * so the state machine definitions, are the ones `cdk synth` writes. An assembly made from the
 * same sources is reused.
 */
export function synthesizeDefinitions(outdir: string): string {
  const stamp = join(outdir, 'siklus-inputs.sha256');
  const digest = hashSynthInputs();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return outdir;
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  buildSiklusApp(
    app,
    readStageConfig(() => undefined),
  );
  app.synth();
  writeFileSync(stamp, digest);
  return outdir;
}
