import { formCatalog } from '#forms/catalog.ts';
import { validateAnswers } from '#forms/engine/validate.ts';
import { makeAnswers } from '#test/unit/forms/builders.ts';

export interface Throughput {
  name: string;
  perSecond: number;
  calls: number;
}

/** 1,000 varied innovation reports: valid ones, and ones with three wrong answers. */
function samples(valid: boolean) {
  return Array.from({ length: 1000 }, (_, i) =>
    makeAnswers({
      name: `Inovasi ${i}`,
      peopleReached: i * 37,
      maturity: (i % 5) + 1,
      evidenceLinks: Array.from({ length: (i % 3) + 1 }, (_, j) => ({
        title: `Bukti ${j}`,
        url: `https://jambikota.go.id/b/${i}/${j}`,
      })),
      ...(valid ? {} : { type: 'robot', peopleReached: -1, launchDate: '2024-02-30' }),
    }),
  );
}

/** Calls per second of validation and scoring on one core, over `seconds` after a warm-up. */
export function measureValidation(seconds = 2): Throughput[] {
  const definition = formCatalog.latest('innovation-report');
  if (!definition) throw new Error('innovation-report is not published');
  return (['valid', 'invalid'] as const).map((kind) => {
    const inputs = samples(kind === 'valid');
    for (const input of inputs) validateAnswers(definition, input);
    let calls = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    while (performance.now() < until) {
      for (const input of inputs) {
        const result = validateAnswers(definition, input);
        if (result.ok !== (kind === 'valid')) throw new Error(`A ${kind} sample validated as ${result.ok}`);
      }
      calls += inputs.length;
    }
    const elapsed = (performance.now() - started) / 1000;
    return {
      name: `innovation-report, ${kind} (validate + compute + score)`,
      perSecond: calls / elapsed,
      calls,
    };
  });
}
