import type { DirectoryStore } from '#functions/directory/stores.ts';
import { deadlineInstant } from '#functions/obligations/deadline.ts';
import type { KindRegistry } from '#functions/obligations/kinds/lookup.ts';
import type { ObligationStore } from '#functions/obligations/store/obligation-store.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { WorkflowStarter } from '#functions/platform/ports/workflow-starter.ts';
import { StaleRevisionError } from '#functions/platform/table/errors.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import type { Draft, Submission } from '#functions/submissions/model.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import { obligationAudit } from './audit-events.ts';
import { type Obligation, obligationIdOf, outstandingStatuses } from './model.ts';
import type { CycleStore } from './store/cycle-store.ts';

export interface SubmissionLinkDeps {
  obligations: ObligationStore;
  directory: DirectoryStore;
  cycles: CycleStore;
  clock: Clock;
  newId: () => string;
  /** The kinds whose forms a submission may answer. */
  kinds: KindRegistry;
  /** Starts the review of a submission, for a kind that is reviewed (`reviewedBy`). */
  workflows?: WorkflowStarter;
}

/** A change to the obligation a draft or submission answers, and what its audit event says. */
interface ObligationChange {
  next: Partial<Obligation>;
  action: 'obligation.drafted' | 'obligation.submitted' | 'obligation.under-review';
  before: unknown;
  after: unknown;
}

/**
 * Applies `change` to the OPD's obligation of a form (of the kind answered with it) in the city's
 * current cycle, audited in the same write. Read again and retried when a reminder changed it
 * meanwhile (it marks it missed); nothing when no kind is answered with the form, there is no
 * outstanding obligation, or `change` says there is nothing to do.
 */
async function changeCurrentObligation(
  deps: SubmissionLinkDeps,
  item: { city: string; opd: string; formId: string },
  actor: string,
  change: (obligation: Obligation) => Promise<ObligationChange | undefined>,
): Promise<Obligation | undefined> {
  const kind = deps.kinds.byForm(item.formId);
  if (!kind) return undefined;
  const city = await deps.directory.getCity(item.city);
  if (!city?.currentYear) return undefined;
  const id = obligationIdOf(item.city, city.currentYear, item.opd, kind.id);
  for (let attempt = 0; attempt < 3; attempt++) {
    const obligation = await deps.obligations.get(id);
    if (!obligation || !outstandingStatuses.includes(obligation.status)) return undefined;
    const planned = await change(obligation);
    if (!planned) return obligation;
    const next: Obligation = {
      ...obligation,
      ...planned.next,
      revision: obligation.revision + 1,
      updatedAt: deps.clock.now().toISOString(),
    };
    try {
      await deps.obligations.update(
        next,
        obligation.revision,
        obligationAudit.event(planned.action, {
          eventId: deps.newId(),
          at: next.updatedAt,
          actor,
          city: obligation.city,
          opd: obligation.opd,
          entityId: id,
          before: planned.before,
          after: planned.after,
        }),
      );
      return next;
    } catch (error) {
      if (!(error instanceof StaleRevisionError)) throw error;
    }
  }
  throw new StaleRevisionError(id);
}

/**
 * Marks the obligation a draft belongs to as having a draft: `open` becomes `draft`, and it names
 * the draft, so its pages link to it without looking it up. A missed obligation stays missed, with
 * the draft named. Saving the same draft again changes nothing.
 */
export function createDraftLinker(deps: SubmissionLinkDeps) {
  return (draft: Draft): Promise<Obligation | undefined> =>
    changeCurrentObligation(deps, draft, draft.updatedBy, async (obligation) => {
      if (obligation.draftId === draft.draftId && obligation.status !== 'open') return undefined;
      const status = obligation.status === 'open' ? 'draft' : obligation.status;
      return {
        next: { status, draftId: draft.draftId },
        action: 'obligation.drafted',
        before: { status: obligation.status, draftId: obligation.draftId ?? null },
        after: { status, draftId: draft.draftId },
      };
    });
}

/**
 * The OPD's submission that answers an obligation: a submission of its form made in the cycle's
 * year (in the city's zone), whenever in that year, before the cycle started included. An
 * obligation that already names a submission (its revision was requested) is answered by the
 * first one made after it.
 */
export async function submissionOfYear(
  deps: { submissions: Pick<SubmissionStore, 'listForOpd'> },
  obligation: Obligation,
  timeZone: string,
): Promise<Submission | undefined> {
  const { submissions } = await deps.submissions.listForOpd({ city: obligation.city, opd: obligation.opd });
  const ofYear = submissions
    .filter((s) => s.formId === obligation.formId)
    .filter((s) => localDateOf(new Date(s.submittedAt), timeZone).startsWith(`${obligation.year}-`))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const answered = ofYear.findIndex((s) => s.submissionId === obligation.submissionId);
  return obligation.submissionId === undefined ? ofYear[0] : ofYear.slice(answered + 1)[0];
}

/**
 * Satisfies the obligation a submission answers (the OPD's obligation of that form in the city's
 * current cycle): status submitted, flagged late after the deadline, reminders stop. For a kind
 * that is reviewed, it starts the review instead (once per submission), which records the
 * submission as under review. A submission with no outstanding obligation (none, or already
 * satisfied), or one after its phase closed, changes nothing.
 */
export function createSubmissionLinker(deps: SubmissionLinkDeps) {
  return async (submission: Submission): Promise<Obligation | undefined> => {
    const reviewedBy = deps.kinds.byForm(submission.formId)?.reviewedBy;
    if (reviewedBy === undefined) return linkSubmission(deps, submission, 'submitted');
    const obligation = await answeredObligation(deps, submission);
    if (!obligation) return undefined;
    if (!deps.workflows) throw new Error(`No workflow starter to start ${reviewedBy}`);
    const input = {
      obligationId: obligation.obligationId,
      city: submission.city,
      year: obligation.year,
      opd: submission.opd,
      submissionId: submission.submissionId,
    };
    await deps.workflows.start(reviewedBy, input, submission.submissionId);
    return obligation;
  };
}

/** True when a submission made at `submittedAt` comes after the phase of `obligation` closed. */
async function afterClose(deps: SubmissionLinkDeps, obligation: Obligation, submittedAt: string) {
  const cycle = await deps.cycles.getCycle(obligation.city, obligation.year);
  return (
    cycle !== undefined && submittedAt > deadlineInstant(cycle.calendar, obligation.closes).toISOString()
  );
}

/** The outstanding obligation a submission answers in its phase, or none. */
async function answeredObligation(deps: SubmissionLinkDeps, submission: Submission) {
  const kind = deps.kinds.byForm(submission.formId);
  const city = await deps.directory.getCity(submission.city);
  if (!kind || !city?.currentYear) return undefined;
  const obligation = await deps.obligations.get(
    obligationIdOf(submission.city, city.currentYear, submission.opd, kind.id),
  );
  if (!obligation || !outstandingStatuses.includes(obligation.status)) return undefined;
  return (await afterClose(deps, obligation, submission.submittedAt)) ? undefined : obligation;
}

/**
 * Records `submission` on the obligation it answers, as `status`: `submitted`, or `under_review`
 * for a kind that is reviewed (its review workflow records it so). Flagged late after the
 * deadline; nothing after the phase closed, or when the obligation is not outstanding.
 */
export async function linkSubmission(
  deps: SubmissionLinkDeps,
  submission: Pick<Submission, 'city' | 'opd' | 'formId' | 'submissionId' | 'submittedAt' | 'submittedBy'>,
  status: 'submitted' | 'under_review',
): Promise<Obligation | undefined> {
  let closed = false;
  const changed = await changeCurrentObligation(
    deps,
    submission,
    submission.submittedBy,
    async (obligation) => {
      // After the phase closes a report no longer answers the obligation: it stays missed.
      closed = await afterClose(deps, obligation, submission.submittedAt);
      if (closed) return undefined;
      const late = submission.submittedAt > obligation.deadlineAt;
      return {
        next: { status, late, submissionId: submission.submissionId },
        action: status === 'submitted' ? 'obligation.submitted' : 'obligation.under-review',
        before: { status: obligation.status },
        after: { status, late, submissionId: submission.submissionId },
      };
    },
  );
  return closed ? undefined : changed;
}
