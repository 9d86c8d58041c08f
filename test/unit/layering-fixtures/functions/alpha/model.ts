/** A record of the fake module `alpha`. */
export interface Entry {
  id: string;
  total: number;
}
