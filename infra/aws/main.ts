import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildSiklusApp } from './app.ts';
import { readStageConfig } from './config.ts';
import { acknowledgementsOf } from './nag-acknowledgements.ts';

const app = new App();
buildSiklusApp(
  app,
  readStageConfig((key) => app.node.tryGetContext(key)),
);
app.synth();
// Beside the templates, for review and for the infra tests: every accepted cdk-nag finding.
writeFileSync(
  join(app.outdir, 'nag-acknowledgements.json'),
  `${JSON.stringify(acknowledgementsOf(app), null, 2)}\n`,
);
