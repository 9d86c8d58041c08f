import type { AuditRecord } from '#functions/platform/audit/audit-event.ts';
import type { ImpactPlan, StoredProgram } from './program-model.ts';
import type { CitizenTally, SurveyResponse } from './response-model.ts';

/** A rate counter a response is counted under: refused, with nothing written, once `limit` is used in the window. */
export interface ResponseLimit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/** What recording one response writes besides the response itself. */
export interface ResponseWrite {
  response: SurveyResponse;
  /** The hash of the answering device's token: one response per device, program and form. */
  device?: string;
  limits: readonly ResponseLimit[];
  /** What the response adds to its program's counts. */
  adds:
    | { form: 'impact-questionnaire'; items: Readonly<Record<string, number>>; assisted: boolean }
    | {
        form: 'citizen-survey';
        district: string;
        aware: boolean;
        used: boolean;
        satisfaction?: number;
      };
}

/**
 * What became of a response: recorded; the same response again (`replay`, nothing written);
 * refused because the device already answered (`device`) or a rate limit is used up (`limit`);
 * or its program is gone (`unknown`).
 */
export type RecordOutcome = 'recorded' | 'replay' | 'device' | 'limit' | 'unknown';

/*
 * The store of the surveys, as the use cases speak to it; its DynamoDB implementation is in
 * `store/`. A stale revision is the table's `StaleRevisionError` (platform/table/errors.ts).
 */
export interface SurveyStore {
  /** The impact survey plan of the cycle `year` of `city`, read consistently. */
  plan(city: string, year: number): Promise<ImpactPlan | undefined>;
  /**
   * Stores a chosen plan, its programs (with zero counts) and its audit event in one
   * transaction, only if the cycle has no plan yet; otherwise nothing is written and it throws
   * `StaleRevisionError`.
   */
  choose(plan: ImpactPlan, audit: AuditRecord): Promise<void>;
  /** Stores a change to a chosen plan, only if its stored revision is still `previous.revision`. */
  update(next: ImpactPlan, audit: AuditRecord, previous: ImpactPlan): Promise<void>;
  /** A program by its public code, with its counts, read consistently. */
  program(code: string): Promise<StoredProgram | undefined>;
  /** The programs of these codes that exist, with their counts, in the order given. */
  programs(codes: readonly string[]): Promise<StoredProgram[]>;
  /**
   * Records a response, its device, its counts and its rate counters in one transaction: all of
   * them, or (refused, a replay, an unknown program) nothing at all.
   */
  record(write: ResponseWrite): Promise<RecordOutcome>;
  /** One response, if stored. */
  response(code: string, form: string, responseId: string): Promise<SurveyResponse | undefined>;
  /** Every response of a program to one form, oldest key first. */
  responses(code: string, form: string): Promise<SurveyResponse[]>;
  /** The citizen survey's counts of a program, by district. */
  tallies(code: string): Promise<CitizenTally[]>;
}
