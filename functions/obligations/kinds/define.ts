import type { City, Opd } from '#functions/directory/model.ts';
import type { PeopleStore, Person } from '#functions/directory/stores.ts';
import type { TemplateSetId } from '#functions/obligations/mail/template-set-ids.ts';
import type { Cycle, CyclePhase, Obligation } from '#functions/obligations/model.ts';
import type { EscalationTarget } from '#functions/obligations/reminder-policy.ts';

/** A text in both languages of the city's emails. */
export interface KindText {
  readonly id: string;
  readonly en: string;
}

/** What a kind's recipient rules read: the directory's people of the day, the city and the obligation. */
export interface RecipientContext {
  readonly people: Pick<PeopleStore, 'get' | 'ofOpd'>;
  readonly city: City;
  readonly obligation: Obligation;
}

/** What a kind's `owedBy` reads besides the OPD. */
export interface OwedContext {
  readonly cycle: Cycle;
  /**
   * The ports of the running function, for a kind whose rule reads a store of the part that
   * brings it (which OPDs the year's instrument names, for the self-assessment). A kind names the
   * port it reads and checks that it is there.
   */
  readonly ports: object;
}

/**
 * One kind of obligation a cycle opens for its OPDs (an innovation report, a self-assessment, a
 * risk register...): everything that differs between kinds, so that opening, reminding,
 * escalating and recording a submission are one mechanism for all of them.
 */
export interface ObligationKind<Id extends string = string> {
  /** The last part of its obligations' ids, `<city>.<year>.<opd>.<kind>`: lower case, digits, dashes. */
  readonly id: Id;
  /** The form an OPD answers it with; a form answers one kind only. */
  readonly formId: string;
  /** What its emails call it. */
  readonly title: KindText;
  /** The phase of the cycle its dates come from (`kinds/phases.ts`): a cycle without it opens none. */
  readonly phase: string;
  /** The dates of its phase when a cycle is started without them. */
  readonly defaultPhase?: (year: number) => CyclePhase;
  /** Which OPDs of the city owe it. */
  readonly owedBy: (opd: Opd, context: OwedContext) => boolean | Promise<boolean>;
  /** Who its kick-off, its reminders and the admin's changes go to. */
  readonly reminded: (context: RecipientContext) => Promise<Person[]>;
  /** Who each step of the cycle's escalation chain reaches. */
  readonly escalatedTo: (context: RecipientContext, to: EscalationTarget) => Promise<Person[]>;
  /**
   * The workflow that reviews each submission of it, if any (`submission-review` for the
   * self-assessment): started once per submission; it records the submission on the obligation
   * itself, as under review.
   */
  readonly reviewedBy?: string;
  /**
   * For a kind answered by many responses rather than one form (the impact survey): the OPD's
   * page for it, and how far an obligation of it is, which the OPD's to-do list shows ("3 of 5").
   */
  readonly progress?: {
    readonly path: string;
    readonly of: (obligation: Obligation, ports: object) => Promise<{ done: number; of: number }>;
  };
  /** The set of emails it is written with (by id), and what its kick-off email adds of its own. */
  readonly mail: { readonly templates: TemplateSetId; readonly kickoffNote?: KindText };
}

/** Declares a kind of obligation, keeping its literal id for the registry's list of ids. */
export const defineObligationKind = <const K extends ObligationKind>(kind: K): K => Object.freeze(kind);
