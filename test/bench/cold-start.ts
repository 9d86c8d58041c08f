import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '#infra/local/paths.ts';

export interface Candidate {
  name: string;
  file: string;
  /** The function's environment from the template, with references replaced by placeholders. */
  env?: Record<string, string>;
}

export interface ColdStart {
  name: string;
  sizeKb: number;
  importMs: number;
  peakRssMb: number;
}

/** What every bundle's cold import sees in Lambda besides its own variables; no network call is made. */
const lambdaEnv = {
  AWS_REGION: 'ap-southeast-3',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  POWERTOOLS_SERVICE_NAME: 'siklus',
  POWERTOOLS_METRICS_NAMESPACE: 'Siklus',
};

const probe = `
const started = performance.now();
await import(process.argv[1]);
const importMs = performance.now() - started;
console.log(JSON.stringify({ importMs, maxRssKb: process.resourceUsage().maxRSS }));
`;

/** A stand-in for a value that is a reference in the template, in the shape its reader checks. */
const placeholder = (key: string) => {
  if (key === 'USER_POOL_ID') return 'ap-southeast-3_Bench0001';
  if (/(URL|DOMAIN)$/.test(key)) return 'https://bench.example.org';
  // A JSON object of state machine ARNs by workflow name.
  if (key.endsWith('_ARNS')) return JSON.stringify({ 'bench-workflow': 'bench-arn' });
  return `bench-${key.toLowerCase()}`;
};

/** The Lambda bundles that `cdk synth` wrote, named by their `siklus:function` metadata. */
export function lambdaBundles(assemblyDir: string): Candidate[] {
  const bundles: Candidate[] = [];
  for (const file of readdirSync(assemblyDir).filter((name) => name.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(join(assemblyDir, file), 'utf8'));
    for (const resource of Object.values<any>(template.Resources)) {
      const name = resource.Metadata?.['siklus:function'];
      const asset = resource.Metadata?.['aws:asset:path'];
      if (resource.Type === 'AWS::Lambda::Function' && name && asset) {
        const variables: Record<string, unknown> = resource.Properties?.Environment?.Variables ?? {};
        const env = Object.fromEntries(
          Object.entries(variables).map(([key, value]) => [
            key,
            typeof value === 'string' ? value : placeholder(key),
          ]),
        );
        bundles.push({ name, file: join(assemblyDir, asset, 'index.mjs'), env });
      }
    }
  }
  return bundles.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The two baselines: an empty module, and the floor, a minified bundle that only creates a
 * DynamoDB document client (built with the same options as the functions).
 */
export async function baselines(): Promise<Candidate[]> {
  const dir = join(repoRoot, 'cdk.out', 'bench-baselines');
  mkdirSync(dir, { recursive: true });
  const empty = join(dir, 'empty.mjs');
  writeFileSync(empty, 'export {};\n');
  const floorEntry = join(dir, 'floor-entry.mjs');
  writeFileSync(
    floorEntry,
    `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
`,
  );
  const floor = join(dir, 'floor.mjs');
  await build({
    entryPoints: [floorEntry],
    outfile: floor,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    nodePaths: [join(repoRoot, 'node_modules')],
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
    logLevel: 'error',
  });
  return [
    { name: '(empty module)', file: empty },
    { name: '(floor: DynamoDB client)', file: floor },
  ];
}

/** Imports each candidate in `runs` fresh Node processes, interleaved, and keeps the medians. */
export function measureColdStarts(
  candidates: Candidate[],
  runs: number,
  onRun?: (run: number) => void,
): ColdStart[] {
  const samples = new Map(candidates.map((c) => [c.name, [] as { importMs: number; maxRssKb: number }[]]));
  for (let run = 0; run < runs; run++) {
    for (const candidate of candidates) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe, candidate.file], {
        encoding: 'utf8',
        env: { ...lambdaEnv, ...candidate.env, PATH: process.env.PATH },
      });
      if (result.status !== 0)
        throw new Error(`Importing ${candidate.name} failed:\n${result.stderr.slice(-1500)}`);
      samples.get(candidate.name)?.push(JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}'));
    }
    onRun?.(run + 1);
  }
  return candidates.map((candidate) => {
    const list = samples.get(candidate.name) ?? [];
    return {
      name: candidate.name,
      sizeKb: statSync(candidate.file).size / 1024,
      importMs: median(list.map((s) => s.importMs)),
      peakRssMb: median(list.map((s) => s.maxRssKb)) / 1024,
    };
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
