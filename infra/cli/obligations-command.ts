import { randomUUID } from 'node:crypto';
import { moveDeadline, waive } from '#functions/obligations/admin.ts';
import type { Command } from './commands.ts';
import { withRuntime } from './runtime.ts';

export const obligationsCommand: Command = {
  summary: 'List, move or waive the obligations of a cycle',
  help: `Usage: siklus obligations list --city <city> [--year <year>]
       siklus obligations move <obligationId> --due YYYY-MM-DD
       siklus obligations waive <obligationId> --reason "<why>"

'move' gives the obligation a new deadline (a new deadline version): its reminders move with
it and the old ones send nothing. 'waive' ends its reminders, with a reason. Both are audited,
as the admin 'cli'.`,
  options: {
    city: { type: 'string' },
    year: { type: 'string' },
    due: { type: 'string' },
    reason: { type: 'string' },
  },
  run: async ({ values, positionals, dirs }) => {
    const [verb, obligationId] = positionals;
    return withRuntime(dirs, async ({ ports }) => {
      const deps = { ...ports, newId: randomUUID, submissions: ports.submissions };
      if (verb === 'list' && values.city) {
        const city = await ports.directory.getCity(String(values.city));
        const year = Number(values.year ?? city?.currentYear);
        let cursor: Record<string, unknown> | undefined;
        console.log('obligation\tdue\tversion\tstatus\tlate');
        do {
          const page = await ports.obligations.page(String(values.city), year, 100, cursor);
          for (const o of page.obligations)
            console.log(
              `${o.obligationId}\t${o.due}\t${o.deadlineVersion}\t${o.status}\t${o.late ? 'late' : ''}`,
            );
          cursor = page.cursor;
        } while (cursor);
        return 0;
      }
      if (verb === 'move' && obligationId && values.due) {
        const moved = await moveDeadline(deps, 'cli', obligationId, String(values.due));
        console.log(
          `Moved ${obligationId} to ${moved.obligation.due} (version ${moved.obligation.deadlineVersion}); ${moved.scheduled} schedules.`,
        );
        return 0;
      }
      if (verb === 'waive' && obligationId && values.reason) {
        await waive(deps, 'cli', obligationId, String(values.reason));
        console.log(`Waived ${obligationId}.`);
        return 0;
      }
      console.error(obligationsCommand.help);
      return 2;
    });
  },
};
