import { isVirtual } from '#infra/local/domain-clock.ts';
import { parseDuration } from '#infra/local/virtual-clock.ts';
import type { Command } from './commands.ts';
import { progressBar } from './progress.ts';
import { withRuntime } from './runtime.ts';

export const clockCommand: Command = {
  summary: "Show or advance the embedded engine's virtual clock",
  help: `Usage: siklus clock [advance <duration>]

Without arguments, prints the domain time (virtual once 'siklus seed' has run).
'advance 30d' (or 12h, 90m, 2w) moves the virtual clock forward, firing every schedule that
falls due on the way, in time order; it returns when every execution due by then has finished.`,
  options: {},
  run: async ({ positionals, dirs }) =>
    withRuntime(dirs, async ({ ports, fire, failures }) => {
      const clock = ports.clock;
      if (positionals[0] !== 'advance') {
        console.log(`${clock.now().toISOString()} (${isVirtual(clock) ? 'virtual' : 'real'} clock)`);
        return 0;
      }
      if (!isVirtual(clock)) throw new Error("The clock is real; run 'siklus seed' to start the virtual one");
      const until = new Date(clock.now().getTime() + parseDuration(positionals[1] ?? ''));
      const waiting = await ports.localScheduler.count();
      const progress = progressBar(`Advancing to ${until.toISOString()}`);
      const { fired } = await ports.localScheduler.runUntil(until, fire, (n) =>
        progress(n, Math.max(n, waiting)),
      );
      progress(fired, fired);
      console.log(
        `Now ${clock.now().toISOString()}: ${fired} schedules fired, ${failures.length} executions failed.`,
      );
      return failures.length === 0 ? 0 : 1;
    }),
};
