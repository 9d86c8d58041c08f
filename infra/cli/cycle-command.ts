import { moduleKinds } from '#functions/app/generated/kinds.ts';
import type { ImpactSettings } from '#functions/obligations/model.ts';
import { startCycle } from '#functions/obligations/start-cycle.ts';
import { defaultImpactSettings } from '#functions/surveys/impact-settings.ts';
import { defaultVisitSettings } from '#functions/visits/visit-settings.ts';
import type { Command } from './commands.ts';
import {
  formatLocalDate,
  formatLocalTime,
  langOf,
  timeOptions,
  timeOptionsHelp,
  timeZoneOf,
} from './local-time.ts';
import { withRuntime } from './runtime.ts';

/** The registered kinds, as the help names them: `innovation-report`. */
const kindList = moduleKinds.all.map((kind) => kind.id).join(', ');

/** `--visits A..B` and `--team-size N` as the cycle's visit settings, the other one defaulted. */
function visitsOption(year: number, window: unknown, teamSize: unknown) {
  if (window === undefined && teamSize === undefined) return {};
  const [opens, closes] = window === undefined ? [] : String(window).split('..');
  const defaults = defaultVisitSettings(year);
  return {
    visits: {
      opens: opens ?? defaults.opens,
      closes: closes ?? defaults.closes,
      teamSize: teamSize === undefined ? defaults.teamSize : Number(teamSize),
    },
  };
}

/** `--impact-programs`, `--impact-respondents` and `--impact-respondents-per` as the cycle's impact sample, the others defaulted. */
function impactOption(programsPer: unknown, respondents: unknown, respondentsPer: unknown) {
  if (programsPer === undefined && respondents === undefined && respondentsPer === undefined) return {};
  return {
    impact: {
      programsPer: programsPer ?? defaultImpactSettings.programsPer,
      respondents: respondents === undefined ? defaultImpactSettings.respondents : Number(respondents),
      respondentsPer: respondentsPer ?? defaultImpactSettings.respondentsPer,
    } as ImpactSettings,
  };
}

export const cycleCommand: Command = {
  summary: "Start a city's evaluation cycle: open every OPD's obligations",
  help: `Usage: siklus cycle start --city <city> --year <year> [--due YYYY-MM-DD] [--closes YYYY-MM-DD]
                         [--self-assessment] [--visits YYYY-MM-DD..YYYY-MM-DD] [--team-size N]
                         [--impact-programs dimension|sub-dimension] [--impact-respondents N]
                         [--impact-respondents-per program|dimension] [--lang id|en] [--json]

Sets up the cycle (calendar with the year's national holidays and collective leave, reminders
30, 14, 7 and 1 days before and on the due date, escalation to the head of OPD and then the city
secretary) and runs the cycle-kickoff workflow: for every kind of obligation whose phase the cycle
has (${kindList}), one obligation per OPD that owes it, its reminder schedules and the kick-off
email. Running it again opens nothing twice.

Options:
  --city <city>        e.g. jambi
  --year <year>        e.g. 2026
  --due YYYY-MM-DD     due date of the innovation phase's reports (default: 30 October)
  --closes YYYY-MM-DD  last day a late report of that phase is accepted (default: 11 December)
  --self-assessment    also every other kind's phase on its default dates: the self-assessment, due
                       on the Friday of the second week of November, for the OPDs the year's
                       instrument names; the impact survey, due on the second Friday of December,
                       for the OPDs whose programs are chosen for it (siklus impact choose)
  --visits A..B        the window of the evaluation visits, first and last day (default: the
                       Monday after the self-assessment's late ones close to the third Friday of
                       December; visits take place on working days only)
  --team-size N        evaluators per visit team, 1 to 5 (default 2)
  --impact-programs P  the impact survey's programs: one per dimension (default, as in the seed)
                       or one per sub-dimension (the 2023 national rules)
  --impact-respondents N
                       impact questionnaires to collect, 1 to 1000 (default 5)
  --impact-respondents-per program|dimension
                       N for each program (default), or shared among a dimension's programs
                       (the 2023 rules: --impact-programs sub-dimension --impact-respondents 50
                       --impact-respondents-per dimension)
${timeOptionsHelp}

Times are printed in the city's time zone.`,
  options: {
    'self-assessment': { type: 'boolean' },
    city: { type: 'string' },
    year: { type: 'string' },
    due: { type: 'string' },
    closes: { type: 'string' },
    visits: { type: 'string' },
    'team-size': { type: 'string' },
    'impact-programs': { type: 'string' },
    'impact-respondents': { type: 'string' },
    'impact-respondents-per': { type: 'string' },
    ...timeOptions,
  },
  run: async ({ values, positionals, dirs }) => {
    if (positionals[0] !== 'start' || !values.city || !values.year) {
      console.error(cycleCommand.help);
      return 2;
    }
    const city = String(values.city);
    const year = Number(values.year);
    const lang = langOf(values);
    return withRuntime(dirs, async ({ ports, workflows }) => {
      const kinds = values['self-assessment'] === true ? { kinds: moduleKinds } : {};
      const cycle = await startCycle({ ...ports, ...kinds }, ports.clock, {
        city,
        year,
        ...(values.due ? { innovationDue: String(values.due) } : {}),
        ...(values.closes ? { innovationCloses: String(values.closes) } : {}),
        ...visitsOption(year, values.visits, values['team-size']),
        ...impactOption(
          values['impact-programs'],
          values['impact-respondents'],
          values['impact-respondents-per'],
        ),
      });
      console.error(
        `Cycle ${city} ${year}: innovation reports due ${formatLocalDate(cycle.innovationDue, lang)}; kicking off...`,
      );
      const result = await workflows.start('cycle-kickoff', { city, year });
      if (result.status !== 'SUCCEEDED') {
        console.error(`cycle-kickoff failed: ${result.error} ${result.cause ?? ''}`);
        return 1;
      }
      const schedules = await ports.localScheduler.count();
      const at = ports.clock.now();
      const timeZone = await timeZoneOf(ports.directory, city);
      const { transitions } = result;
      console.log(
        values.json
          ? JSON.stringify({
              city,
              year,
              innovationDue: cycle.innovationDue,
              kickoffAt: at.toISOString(),
              schedules,
              transitions,
            })
          : `Kick-off done at ${formatLocalTime(at, { timeZone, lang })}: ${schedules} schedules waiting, ${transitions} state transitions.`,
      );
      return 0;
    });
  },
};
