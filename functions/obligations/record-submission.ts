import { deadlineInstant } from '#functions/cycle/deadline.ts';
import type { Clock } from '#functions/ports/clock.ts';
import type { DirectoryStore } from '#functions/store/directory-store.ts';
import type { ObligationStore } from '#functions/store/obligation-store.ts';
import { StaleRevisionError } from '#functions/store/submission-store.ts';
import type { Submission } from '#functions/submissions/model.ts';
import { type Obligation, obligationIdOf, outstandingStatuses } from './model.ts';

export interface SubmissionLinkDeps {
  obligations: ObligationStore;
  directory: DirectoryStore;
  clock: Clock;
  newId: () => string;
}

/**
 * Satisfies the obligation a submission answers (the OPD's obligation of that form in the city's
 * current cycle): status submitted, flagged late after the deadline, reminders stop. A submission
 * with no outstanding obligation (none, or already satisfied) changes nothing.
 */
export function createSubmissionLinker(deps: SubmissionLinkDeps) {
  return async (submission: Submission): Promise<Obligation | undefined> => {
    const city = await deps.directory.getCity(submission.city);
    if (!city?.currentYear || submission.formId !== 'innovation-report') return undefined;
    const id = obligationIdOf(submission.city, city.currentYear, submission.opd, 'innovation-report');
    for (let attempt = 0; attempt < 3; attempt++) {
      const obligation = await deps.obligations.get(id);
      if (!obligation || !outstandingStatuses.includes(obligation.status)) return undefined;
      // After the phase closes a report no longer answers the obligation: it stays missed.
      const cycle = await deps.directory.getCycle(obligation.city, obligation.year);
      if (cycle && submission.submittedAt > deadlineInstant(cycle.calendar, obligation.closes).toISOString())
        return undefined;
      const next: Obligation = {
        ...obligation,
        status: 'submitted',
        late: submission.submittedAt > obligation.deadlineAt,
        submissionId: submission.submissionId,
        revision: obligation.revision + 1,
        updatedAt: deps.clock.now().toISOString(),
      };
      try {
        await deps.obligations.update(next, obligation.revision, {
          eventId: deps.newId(),
          at: next.updatedAt,
          actor: submission.submittedBy,
          action: 'obligation.submitted',
          city: obligation.city,
          opd: obligation.opd,
          entity: { type: 'obligation', id },
          before: { status: obligation.status },
          after: { status: 'submitted', late: next.late, submissionId: submission.submissionId },
        });
        return next;
      } catch (error) {
        // A reminder marked it missed meanwhile: read it again and satisfy it all the same.
        if (!(error instanceof StaleRevisionError)) throw error;
      }
    }
    throw new StaleRevisionError(id);
  };
}
