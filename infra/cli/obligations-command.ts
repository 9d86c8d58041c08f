import { randomUUID } from 'node:crypto';
import { obligationDepsOf } from '#functions/app/obligation-deps.ts';
import { moveDeadline, waive } from '#functions/obligations/admin.ts';
import type { Command } from './commands.ts';
import { formatLocalDate, langOf, timeOptions, timeOptionsHelp } from './local-time.ts';
import { withRuntime } from './runtime.ts';

export const obligationsCommand: Command = {
  summary: 'List, move or waive the obligations of a cycle',
  help: `Usage: siklus obligations list --city <city> [--year <year>] [--lang id|en] [--json]
       siklus obligations move <obligationId> --due YYYY-MM-DD [--lang id|en] [--json]
       siklus obligations waive <obligationId> --reason "<why>" [--json]

'move' gives the obligation a new deadline (a new deadline version): its reminders move with
it and the old ones send nothing. 'waive' ends its reminders, with a reason. Both are audited,
as the admin 'cli'.

Options:
${timeOptionsHelp}; 'list' prints one JSON object per line`,
  options: {
    city: { type: 'string' },
    year: { type: 'string' },
    due: { type: 'string' },
    reason: { type: 'string' },
    ...timeOptions,
  },
  run: async ({ values, positionals, dirs }) => {
    const [verb, obligationId] = positionals;
    const lang = langOf(values);
    const json = values.json === true;
    return withRuntime(dirs, async ({ ports }) => {
      const deps = obligationDepsOf({ ...ports, newId: randomUUID });
      if (verb === 'list' && values.city) {
        const city = await ports.directory.getCity(String(values.city));
        const year = Number(values.year ?? city?.currentYear);
        let cursor: string | undefined;
        if (!json) console.log('obligation\tdue\tversion\tstatus\tlate');
        do {
          const page = await ports.obligations.page(String(values.city), year, 100, cursor);
          for (const o of page.obligations) {
            const row = { obligationId: o.obligationId, due: o.due, deadlineAt: o.deadlineAt };
            console.log(
              json
                ? JSON.stringify({
                    ...row,
                    deadlineVersion: o.deadlineVersion,
                    status: o.status,
                    late: o.late,
                  })
                : `${o.obligationId}\t${formatLocalDate(o.due, lang)}\t${o.deadlineVersion}\t${o.status}\t${o.late ? 'late' : ''}`,
            );
          }
          cursor = page.cursor;
        } while (cursor);
        return 0;
      }
      if (verb === 'move' && obligationId && values.due) {
        const moved = await moveDeadline(deps, 'cli', obligationId, String(values.due));
        const { due, deadlineAt, deadlineVersion } = moved.obligation;
        console.log(
          json
            ? JSON.stringify({ obligationId, due, deadlineAt, deadlineVersion, scheduled: moved.scheduled })
            : `Moved ${obligationId} to ${formatLocalDate(due, lang)} (version ${deadlineVersion}); ${moved.scheduled} schedules.`,
        );
        return 0;
      }
      if (verb === 'waive' && obligationId && values.reason) {
        await waive(deps, 'cli', obligationId, String(values.reason));
        console.log(json ? JSON.stringify({ obligationId, status: 'waived' }) : `Waived ${obligationId}.`);
        return 0;
      }
      console.error(obligationsCommand.help);
      return 2;
    });
  },
};
