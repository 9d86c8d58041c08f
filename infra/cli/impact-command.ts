import { randomUUID } from 'node:crypto';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { choosePrograms, planOf } from '#functions/surveys/choose-programs.ts';
import { impactSettingsOf, impactSlots } from '#functions/surveys/impact-settings.ts';
import { candidatesFor, programCandidates } from '#functions/surveys/program-candidates.ts';
import { surveyResults } from '#functions/surveys/survey-results.ts';
import type { Command, CommandInput } from './commands.ts';
import { langOf, timeOptions } from './local-time.ts';
import { describeFailure } from './refusal.ts';
import { withRuntime } from './runtime.ts';

const list = (value: CommandInput['values'][string]) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);

/** `--program "slot=submissionId"`: the innovation report chosen for a slot of the sample. */
function programOf(text: string) {
  const at = text.indexOf('=');
  if (at < 0) throw new Error(`--program "${text}" must be "slot=submissionId"`);
  return { slot: text.slice(0, at).trim(), submissionId: text.slice(at + 1).trim() };
}

const mean = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(2));

export const impactCommand: Command = {
  summary: "Choose the impact survey's programs, or show its responses and scores",
  help: `Usage: siklus impact candidates --city <city> --year <year> [--json]
       siklus impact choose --city <city> --year <year> --program "slot=submissionId" [--program ...] [--json]
       siklus impact show --city <city> --year <year> [--lang id|en] [--json]

'candidates' lists each slot of the cycle's sample (a dimension, or a sub-dimension under the 2023
rules) with the innovations the OPDs reported in it this year, most people reached first.
'choose' fixes one innovation per slot (a slot may stay empty): it opens the impact-survey
obligation of each OPD that owns one, with its reminders and kick-off email, and is made once; the
same choice again opens nothing twice. 'show' prints each program's questionnaires collected,
its impact score (1-5), its citizen survey, and the scores by dimension and of the city.

Exit codes: 3 bad input, 4 not found, 6 refused in the cycle's state (chosen already).`,
  options: {
    city: { type: 'string' },
    year: { type: 'string' },
    program: { type: 'string', multiple: true },
    ...timeOptions,
  },
  run: async ({ values, positionals, dirs }) => {
    const action = positionals[0];
    if (!['candidates', 'choose', 'show'].includes(action ?? '') || !values.city || !values.year) {
      console.error(impactCommand.help);
      return 2;
    }
    const city = String(values.city);
    const year = Number(values.year);
    const lang: Lang = langOf(values);
    return withRuntime(dirs, async ({ ports }) => {
      const deps = { ...ports, newId: randomUUID };
      try {
        if (action === 'candidates') {
          const cycle = await ports.cycles.getCycle(city, year);
          if (!cycle) throw new Error(`No cycle ${year} for ${city}`);
          const { candidates } = await programCandidates(deps, city, year, cycle.calendar.timeZone);
          const slots = impactSlots(impactSettingsOf(cycle)).map((slot) => ({
            slot: slot.slot,
            label: slot.label[lang],
            candidates: candidatesFor(slot, candidates),
          }));
          if (values.json) console.log(JSON.stringify({ city, year, slots }));
          else
            for (const slot of slots)
              console.log(
                [
                  `${slot.slot} (${slot.label}):`,
                  ...(slot.candidates.length === 0
                    ? ['  -']
                    : slot.candidates.map(
                        (c) => `  ${c.submissionId}  ${c.name} · ${c.opdName} (${c.peopleReached})`,
                      )),
                ].join('\n'),
              );
          return 0;
        }
        if (action === 'choose') {
          const { plan, replayed } = await choosePrograms(deps, 'system:cli', city, year, {
            programs: list(values.program).map(programOf),
          });
          if (values.json) console.log(JSON.stringify({ plan, replayed }));
          else
            for (const p of plan.programs)
              console.log(
                `${p.slot}: ${p.name} · ${p.opdName} (${p.required}) ${ports.baseUrl}/survei/${p.code}`,
              );
          return 0;
        }
        const plan = await planOf(deps, city, year);
        const results = await surveyResults(deps, plan);
        if (values.json) console.log(JSON.stringify({ plan, ...results }));
        else {
          for (const { program, citizens } of results.programs)
            console.log(
              `${program.slot}: ${program.name} · ${program.opdName}: ${program.responses}/${program.required} (${program.assisted} assisted), ` +
                `score ${mean(results.scores.programs[program.code])}; citizens ${citizens.total.responses}, ` +
                `aware ${citizens.total.aware}, used ${citizens.total.used}, satisfaction ${mean(citizens.total.satisfaction)}`,
            );
          for (const [dimension, score] of Object.entries(results.scores.dimensions))
            console.log(`${dimension}: ${mean(score)}`);
          console.log(`city: ${mean(results.scores.city)}`);
        }
        return 0;
      } catch (error) {
        const { message, exitCode } = describeFailure(error, lang);
        console.error(message);
        return exitCode;
      }
    });
  },
};
