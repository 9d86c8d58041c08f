import { deadlineInstant } from '#functions/obligations/deadline.ts';
import { obligationIdOf } from '#functions/obligations/model.ts';
import type { SubmissionLinkDeps } from '#functions/obligations/record-submission.ts';
import { impactSurveyKind } from './impact-kind.ts';
import type { ImpactProgram } from './program-model.ts';
import type { SurveyForm } from './response-model.ts';

/** The last local date a questionnaire takes responses, and the instant that day ends. */
export interface Closing {
  date: string;
  at: string;
}

/**
 * When a program's questionnaire stops taking responses: the impact phase's close, as chosen; for
 * the impact questionnaire, later if an admin moved the OPD's obligation on past it, so that an
 * OPD given more time can still collect. Read only once the phase's close has passed.
 */
export async function closingOf(
  deps: { clock: { now(): Date }; obligationDeps: Pick<SubmissionLinkDeps, 'obligations' | 'cycles'> },
  program: Pick<ImpactProgram, 'city' | 'year' | 'opd' | 'closes' | 'closesAt'>,
  form: SurveyForm,
): Promise<Closing> {
  const chosen = { date: program.closes, at: program.closesAt };
  if (form !== 'impact-questionnaire' || deps.clock.now().toISOString() <= program.closesAt) return chosen;
  const { obligations, cycles } = deps.obligationDeps;
  const obligation = await obligations.get(
    obligationIdOf(program.city, program.year, program.opd, impactSurveyKind.id),
  );
  if (!obligation || obligation.closes <= program.closes) return chosen;
  const cycle = await cycles.getCycle(program.city, program.year);
  if (!cycle) return chosen;
  return { date: obligation.closes, at: deadlineInstant(cycle.calendar, obligation.closes).toISOString() };
}
