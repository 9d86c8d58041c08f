import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '#infra/local/paths.ts';
import { hashSynthInputs } from '#infra/local/source-hash.ts';

export const assemblyDir = join(repoRoot, 'cdk.out');
const stampFile = join(assemblyDir, 'siklus-inputs.sha256');

/**
 * Runs `cdk synth` (the same command as `npm run synth`: bundles, cdk-nag) once for the
 * sources as they are: when `cdk.out` was synthesized from identical inputs, it is reused.
 * The infra tests, the integration tests and the benchmark all read this one assembly.
 */
export function ensureSynth(): string {
  const digest = hashSynthInputs();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) return assemblyDir;
  const started = performance.now();
  const result = spawnSync('npx', ['cdk', 'synth', '--quiet', '--no-notices'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`cdk synth failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  writeFileSync(stampFile, digest);
  console.log(`cdk synth: ${Math.round(performance.now() - started)} ms`);
  return assemblyDir;
}
