/** A page of the fake module `beta`: its own, not for other modules. */
export interface Page {
  title: string;
}
