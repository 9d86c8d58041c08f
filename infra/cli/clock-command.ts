import { defaultTimeZone, zoneAbbreviation } from '#functions/platform/time/zones.ts';
import { demoYearStart } from '#infra/local/demo-city.ts';
import { isVirtual } from '#infra/local/domain-clock.ts';
import { parseDuration } from '#infra/local/virtual-clock.ts';
import type { Command } from './commands.ts';
import { formatLocalTime, langOf, timeOptions, timeOptionsHelp, timeZoneOf } from './local-time.ts';
import { progressBar } from './progress.ts';
import { withRuntime } from './runtime.ts';

export const clockCommand: Command = {
  summary: "Show or advance the embedded engine's virtual clock",
  help: `Usage: siklus clock [advance <duration>] [--city <city>] [--lang id|en] [--json]

Without arguments, prints the domain time (virtual once 'siklus seed' has run).
'advance 30d' (or 12h, 90m, 2w) moves the virtual clock forward, firing every schedule that
falls due on the way, in time order; it returns when every execution due by then has finished.

Options:
  --city <city>        print times in this city's time zone (default ${defaultTimeZone}, ${zoneAbbreviation(defaultTimeZone, demoYearStart)})
${timeOptionsHelp}`,
  options: { city: { type: 'string' }, ...timeOptions },
  run: async ({ values, positionals, dirs }) => {
    const lang = langOf(values);
    return withRuntime(dirs, async ({ ports, fire, failures }) => {
      const clock = ports.clock;
      const timeZone = await timeZoneOf(ports.directory, values.city as string | undefined);
      const print = (instant: Date) => formatLocalTime(instant, { timeZone, lang });
      const kind = isVirtual(clock) ? 'virtual' : 'real';
      if (positionals[0] !== 'advance') {
        console.log(
          values.json
            ? JSON.stringify({ now: clock.now().toISOString(), clock: kind })
            : `${print(clock.now())} (${kind} clock)`,
        );
        return 0;
      }
      if (!isVirtual(clock)) throw new Error("The clock is real; run 'siklus seed' to start the virtual one");
      const until = new Date(clock.now().getTime() + parseDuration(positionals[1] ?? ''));
      const waiting = await ports.localScheduler.count();
      const progress = progressBar(`Advancing to ${print(until)}`);
      const { fired } = await ports.localScheduler.runUntil(until, fire, (n) =>
        progress(n, Math.max(n, waiting)),
      );
      progress(fired, fired);
      const now = clock.now();
      console.log(
        values.json
          ? JSON.stringify({ now: now.toISOString(), fired, failed: failures.length })
          : `Now ${print(now)}: ${fired} schedules fired, ${failures.length} executions failed.`,
      );
      return failures.length === 0 ? 0 : 1;
    });
  },
};
