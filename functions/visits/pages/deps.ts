import type { DirectoryStore, PeopleStore } from '#functions/directory/stores.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import type { SelectionStore } from '../stores.ts';

/** What the selection's pages need: the selections, the city and its OPDs, and who leads. */
export interface SelectionPageDeps extends PageDeps {
  selections: SelectionStore;
  directory: DirectoryStore;
  people: PeopleStore;
}

export type SelectionRequest = WebRequest<SelectionPageDeps>;
