import '#infra/local/local-env.ts';
import { progressBar } from '#infra/cli/progress.ts';
import { startDynamoDbLocal } from '#infra/local/dynamodb-local.ts';
import { ensureSynth } from '#test/support/synth.ts';
import { baselines, lambdaBundles, measureColdStarts } from './cold-start.ts';
import { costPerOpd, runYear, type YearRun } from './simulated-year.ts';
import { measureValidation } from './validation.ts';

/**
 * `npm run bench`: the performance record. Measures, never asserts; the figures go into the
 * closing notes and the README's performance section.
 */
const runs = 11;

console.error('Synthesizing (cdk synth, reused when the sources did not change)...');
const assemblyDir = ensureSynth();
const candidates = [...(await baselines()), ...lambdaBundles(assemblyDir)];
const progress = progressBar(`Cold imports (${runs} runs each)`);
const results = measureColdStarts(candidates, runs, (run) => progress(run, runs));
const floor = results.find((r) => r.name.startsWith('(floor'));

console.log(
  `\nCold import of each Lambda bundle: median of ${runs} fresh Node ${process.versions.node} processes`,
);
console.log('| bundle | size KB | import ms | vs floor ms | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const delta = floor ? r.importMs - floor.importMs : Number.NaN;
  console.log(
    `| ${r.name} | ${r.sizeKb.toFixed(1)} | ${r.importMs.toFixed(1)} | ${delta >= 0 ? '+' : ''}${delta.toFixed(1)} | ${r.peakRssMb.toFixed(1)} |`,
  );
}

console.error('Measuring validation throughput...');
console.log('\nValidation throughput on one core (goal: at least 50,000 per second)');
console.log('| submissions | per second | calls |');
console.log('| --- | ---: | ---: |');
for (const t of measureValidation()) {
  console.log(
    `| ${t.name} | ${Math.round(t.perSecond).toLocaleString('en')} | ${t.calls.toLocaleString('en')} |`,
  );
}

const sizes = (process.env.BENCH_OPDS ?? '40,400').split(',').map(Number);
console.error(`Simulating a cycle year for ${sizes.join(', ')} OPDs (set BENCH_OPDS, e.g. 40,400,4000)...`);
console.log(
  '\nA simulated cycle year (kick-off, reminders, escalations, submissions, reviews, the draw and the visits, the impact survey, the citizen survey and the risk registers; seed 2026), per OPD',
);
console.log(
  '| OPDs | wall s | emails | executions | transitions | Lambda calls | DynamoDB WRU | DynamoDB RRU | schedules | survey responses | public requests | max history | failed | US$ per OPD-year |',
);
console.log(
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
const dynamo = await startDynamoDbLocal();
const years: YearRun[] = [];
try {
  for (const opds of sizes) {
    const y = await runYear(dynamo.endpoint, assemblyDir, opds, progressBar(`Year with ${opds} OPDs`));
    years.push(y);
    const per = (n: number) => (n / y.opds).toFixed(1);
    console.log(
      `| ${y.opds} | ${y.seconds.toFixed(0)} | ${per(y.emails)} | ${per(y.executions)} | ${per(y.transitions)} | ${per(y.invocations)} | ${per(y.dynamo.writeUnits)} | ${per(y.dynamo.readUnits)} | ${per(y.schedules)} | ${per(y.responses.impact + y.responses.citizens)} | ${per(y.publicRequests)} | ${y.maxHistoryEvents} | ${y.failed} | ${costPerOpd(y).toFixed(5)} |`,
    );
  }
} finally {
  await dynamo.stop();
}
const [smallest, largest] = [years[0], years.at(-1)];
if (smallest && largest && largest !== smallest) {
  const growth = (f: (y: YearRun) => number) =>
    (f(largest) / largest.opds / (f(smallest) / smallest.opds)).toFixed(2);
  console.log(
    `\nWork per OPD at ${largest.opds} OPDs relative to ${smallest.opds}: transitions x${growth((y) => y.transitions)}, DynamoDB writes x${growth((y) => y.dynamo.writeUnits)}, reads x${growth((y) => y.dynamo.readUnits)}, wall time x${growth((y) => y.seconds)}`,
  );
}
