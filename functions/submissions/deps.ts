import type { FormRegistry } from '#forms/engine/registry.ts';
import type { FieldNote } from '#forms/render/render-context.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { FileStore } from '#functions/platform/ports/file-store.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import type { Draft, Submission } from './model.ts';
import type { TailoredForms } from './tailored-forms.ts';

/** The ports the form-filling use cases need; entry files wire AWS or local adapters. */
export interface SubmissionDeps {
  store: SubmissionStore;
  forms: FormRegistry;
  /** Forms tailored to each OPD (the self-assessment), beside the published ones. */
  tailored?: TailoredForms;
  files: FileStore;
  clock: Clock;
  /** A new unique id (random UUID in production; predictable in tests). */
  newId: () => string;
  /** Called once a submission is stored: satisfies the obligation it answers, if any. */
  onSubmitted?: (submission: Submission) => Promise<unknown>;
  /** Called once a draft is saved: the obligation it answers shows that a draft exists. */
  onDraftSaved?: (draft: Draft) => Promise<unknown>;
  /** What a review of the OPD's answers to a form says in the current cycle, if it is reviewed. */
  reviewOf?: (item: { city: string; opd: string; formId: string }) => Promise<AnswersReview | undefined>;
  /** What the OPD owes for a form in the current cycle (due date and state), for its to-do list. */
  dueFor?: (city: string, opd: string, formId: string) => Promise<Due | undefined>;
  /** What the OPD owes in the current cycle that no form answers (the impact survey), for its to-do list. */
  dutiesFor?: (city: string, opd: string) => Promise<Duty[]>;
}

/**
 * An obligation answered by many responses rather than one form (the impact survey's
 * questionnaires), as the to-do list shows it: where the OPD works on it, and how far it is.
 */
export interface Duty {
  title: { id: string; en: string };
  path: string;
  due: Due;
  done: number;
  of: number;
}

/**
 * What a review said of an OPD's answers, as its pages show it: the verifier's revision comments,
 * and after acceptance the verified levels and notes, by field path, beside the fields.
 */
export interface AnswersReview {
  /** The submission under review. */
  submissionId: string;
  /** True while the verifier waits for the OPD's revision of it. */
  revisionRequested: boolean;
  notes: ReadonlyMap<string, readonly FieldNote[]>;
}

/** What an OPD owes for one form in the city's current cycle, as its to-do list shows it. */
export interface Due {
  obligationId: string;
  due: string;
  deadlineAt: string;
  status: string;
  late: boolean;
}
