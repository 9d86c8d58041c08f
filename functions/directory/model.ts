/** A city that runs the cycle: its zone, its secretary, its team, the year under way. */
export interface City {
  city: string;
  name: string;
  timeZone: string;
  /** The person escalations reach last (Sekretaris Daerah). */
  secretary: string;
  /** The city's Smart City team: the name its emails are signed with, and where replies go. */
  team?: { name: string; email: string };
  /** The year of the cycle under way, if any. */
  currentYear?: number;
}

/** One OPD (city agency) of a city. */
export interface Opd {
  city: string;
  opd: string;
  name: string;
  kind: string;
}
