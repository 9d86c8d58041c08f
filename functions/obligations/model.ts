import type { ReminderPolicy } from '#functions/obligations/reminder-policy.ts';
import type { CycleCalendar } from '#functions/platform/time/calendar.ts';

/**
 * What an OPD owes in a cycle, by when. One mechanism for every kind (each part's `obligation-kinds.ts`:
 * innovation reports now; self-assessments, risk registers, questionnaires and follow-ups later).
 *
 * Status machine: open -> draft -> submitted -> under_review -> revision_requested -> accepted,
 * or missed (after the deadline; a late submission is still accepted until the phase closes,
 * flagged late), or waived (by an admin, with a reason).
 */
export const obligationStatuses = [
  'open',
  'draft',
  'submitted',
  'under_review',
  'revision_requested',
  'accepted',
  'missed',
  'waived',
] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];

/**
 * Statuses in which reminders and escalations still go out, and a submission answers the
 * obligation: a revision requested by the verifier is owed again, by its new due date.
 */
export const outstandingStatuses: readonly ObligationStatus[] = [
  'open',
  'draft',
  'missed',
  'revision_requested',
];

export interface Obligation {
  obligationId: string;
  city: string;
  year: number;
  opd: string;
  /** Its kind, one of a part's `obligation-kinds.ts`, e.g. `innovation-report`. */
  kind: string;
  formId: string;
  /** Local due date (YYYY-MM-DD) in the city's time zone; the deadline is the end of that day. */
  due: string;
  /** Increases every time the deadline moves; schedules of an older version send nothing. */
  deadlineVersion: number;
  /** The deadline as an instant (the end of the local due date), for telling late from on time. */
  deadlineAt: string;
  /** Late submissions are accepted until the end of this local date. */
  closes: string;
  status: ObligationStatus;
  late: boolean;
  submissionId?: string;
  /** The OPD's latest saved draft of the form, while it has one. */
  draftId?: string;
  waivedReason?: string;
  /** What the reviewer last asked the OPD to revise, when the revision was asked with a note. */
  revisionNote?: string;
  /** Optimistic locking: every change names the revision it read. */
  revision: number;
  openedAt: string;
  updatedAt: string;
}

/** Deterministic, so that opening an obligation twice opens it once. */
export const obligationIdOf = (city: string, year: number, opd: string, kind: Obligation['kind']) =>
  `${city}.${year}.${opd}.${kind}`;

/** The dates of one phase of a cycle: those of every obligation the phase's kinds open. */
export interface CyclePhase {
  /** Local due date (YYYY-MM-DD) of each OPD's obligation. */
  due: string;
  /** Late submissions are accepted until the end of this local date. */
  closes: string;
}

/**
 * One city's evaluation year: its calendar, reminder policy and phases. Read its phases through
 * `kinds/phases.ts`, which maps the names they are stored under.
 */
export interface Cycle {
  city: string;
  year: number;
  calendar: CycleCalendar;
  policy: ReminderPolicy;
  /** The innovation phase: due date of each OPD's innovation report (local). */
  innovationDue: string;
  /** The innovation phase: late reports are accepted until the end of this local date. */
  innovationCloses: string;
  /** The cycle's other phases, by phase id; absent while it has none. */
  phases?: Readonly<Record<string, CyclePhase>>;
  /** The evaluation visits' window and team size; absent: the visits' defaults (`visits/visit-settings.ts`). */
  visits?: VisitSettings;
  /** How many programs the impact survey asks about, and how many respondents each; absent: the defaults (`surveys/impact-settings.ts`). */
  impact?: ImpactSettings;
  startedAt: string;
}

/** When the evaluation team visits the drawn OPDs, and how many evaluators go on each visit. */
export interface VisitSettings {
  /** First and last local date (YYYY-MM-DD) a visit may take place on; only working days count. */
  opens: string;
  closes: string;
  /** Evaluators per visit team, 1 to 5. */
  teamSize: number;
}

/**
 * How the impact survey samples a cycle's programs: one program per dimension (as in the seed) or
 * one per sub-dimension (as the 2023 national rules ask), and how many respondents answer the
 * impact questionnaire, per program (the seed's five) or per dimension (the 2023 rules' fifty,
 * shared among the dimension's programs).
 */
export interface ImpactSettings {
  programsPer: 'dimension' | 'sub-dimension';
  /** 1 to 1000. */
  respondents: number;
  respondentsPer: 'program' | 'dimension';
}
