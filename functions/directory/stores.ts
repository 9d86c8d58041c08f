import type { Role } from '#functions/platform/identity/identity.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { City, Opd } from './model.ts';

/*
 * The stores of the directory, as every part speaks to them; their DynamoDB implementations are
 * in `store/`, wired by the app.
 */

export interface OpdPage {
  opds: Opd[];
  /** Where the next page starts; absent on the last page. */
  cursor?: string;
}

/** Cities and their OPDs. Putting the same city or OPD twice changes nothing. */
export interface DirectoryStore {
  putCity(city: City): Promise<void>;
  getCity(city: string): Promise<City | undefined>;
  putOpd(opd: Opd): Promise<void>;
  getOpd(city: string, opd: string): Promise<Opd | undefined>;
  /**
   * One page of a city's OPDs, in id order: workflows page through them, never loading all.
   * @throws InvalidCursorError for a cursor that no page of this city's OPDs handed out.
   */
  opdPage(city: string, limit: number, cursor?: string): Promise<OpdPage>;
}

/**
 * A person of a city, as reminders, links and the review of self-assessments need them. The
 * attributes after `language` describe a member of the city's evaluation team: they mean
 * something for role `evaluator` only, and nothing reads them for anyone else.
 */
export interface Person {
  city: string;
  personId: string;
  name: string;
  email: string;
  role: Role;
  /**
   * The one OPD an OPD role (operator, head) acts for; it becomes the token's `custom:opd`.
   * Absent for evaluators, whose tokens must never act for an OPD: see `staffOf`.
   */
  opd?: string;
  language: Lang;
  /** Leads the city's evaluation team: may decide on any review, not only their own. */
  lead?: true;
  /**
   * The OPD this evaluator is staff of (a Bappeda planner on the team, say): they never review
   * it. It scopes nothing and never reaches a token.
   */
  staffOf?: string;
  /** Ids of the OPDs this evaluator declared a conflict of interest with: they never review those. */
  conflicts?: string[];
  /** False while the evaluator is away for the cycle or has left the team; absent means active. */
  active?: boolean;
}

export interface PeopleStore {
  get(city: string, personId: string): Promise<Person | undefined>;
  /** The current people of an OPD holding `role` (all operators get reminders; the head, escalations). */
  ofOpd(city: string, opd: string, role: Role): Promise<Person[]>;
  /** The city's evaluation team: every person of `city` holding the role `evaluator`, in id order. */
  evaluators(city: string): Promise<Person[]>;
  /**
   * Creates or replaces a person; the same person put twice changes nothing.
   * @throws InvalidInputError for an evaluator with an `opd` (the OPD they work at is `staffOf`).
   */
  put(person: Person): Promise<void>;
}
