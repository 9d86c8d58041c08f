import type { TestProject } from 'vitest/node';
import { ensureSynth } from './synth.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    assemblyDir: string;
    dynamoEndpoint: string;
  }
}

/** Synthesizes the CDK app once per test run (or reuses an up-to-date `cdk.out`). */
export default function setup(project: TestProject) {
  project.provide('assemblyDir', ensureSynth());
}
