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

/** A person of a city, as reminders and links need them. */
export interface Person {
  city: string;
  personId: string;
  name: string;
  email: string;
  role: Role;
  opd?: string;
  language: Lang;
}

export interface PeopleStore {
  get(city: string, personId: string): Promise<Person | undefined>;
  /** The current people of an OPD holding `role` (all operators get reminders; the head, escalations). */
  ofOpd(city: string, opd: string, role: Role): Promise<Person[]>;
  /** Creates or replaces a person; the same person put twice changes nothing. */
  put(person: Person): Promise<void>;
}
