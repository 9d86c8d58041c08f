import { smartCityInstrument2026 } from '#forms/instrument/kota-jambi-2026.ts';
import { createInstrumentStore } from '#functions/assessment/store/instrument-store.ts';
import { demoCity, demoYearStart } from '#infra/local/demo-city.ts';
import { ensureVirtualClock } from '#infra/local/domain-clock.ts';
import { seedDemoCity } from '#infra/local/seed.ts';
import type { Command } from './commands.ts';
import { formatLocalTime } from './local-time.ts';
import { progressBar } from './progress.ts';
import { withRuntime } from './runtime.ts';

export const seedCommand: Command = {
  summary: 'Seed the Kota Jambi demo city (running it twice changes nothing)',
  help: `Usage: siklus seed [--extra-opds N]

Writes Kota Jambi: the city (${demoCity.timeZone}), its agencies and districts, an operator and a head
for each, the demo people and the city secretary, all with addresses at example.org, and the
${smartCityInstrument2026.year} Smart City instrument (${smartCityInstrument2026.id} version ${smartCityInstrument2026.version}, ${smartCityInstrument2026.indicators.length} indicators). Starts the virtual clock at ${formatLocalTime(demoYearStart, { lang: 'en' })} unless it runs already.

Options:
  --extra-opds N   add N test OPDs (opd-0001...) to measure how the engine scales`,
  options: { 'extra-opds': { type: 'string', default: '0' } },
  run: async ({ values, dirs }) => {
    const extraOpds = Number(values['extra-opds']);
    if (!Number.isInteger(extraOpds) || extraOpds < 0) throw new Error('--extra-opds must be a whole number');
    ensureVirtualClock(dirs.clockFile, demoYearStart);
    return withRuntime(dirs, async ({ ports, db }) => {
      const progress = progressBar('Seeding Kota Jambi');
      const result = await seedDemoCity(ports.directory, ports.people, {
        extraOpds,
        onProgress: progress,
        instruments: createInstrumentStore(db.documentClient, db.tableName),
      });
      const { id, version } = smartCityInstrument2026;
      console.log(
        `Seeded ${demoCity.name}: ${result.opds} OPDs, ${result.people} people, instrument ${id} version ${version} (${result.instrument}).`,
      );
      return 0;
    });
  },
};
