import '#infra/local/local-env.ts';
import { progressBar } from '#infra/cli/progress.ts';
import { ensureSynth } from '#test/support/synth.ts';
import { baselines, lambdaBundles, measureColdStarts } from './cold-start.ts';
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
