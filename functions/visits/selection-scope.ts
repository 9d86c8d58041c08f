import { isLeadEvaluator } from '#functions/directory/evaluation-lead.ts';
import type { PeopleStore } from '#functions/directory/stores.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { announceSelection, type DrawOutcome, drawSelection, type SelectionDeps } from './selection.ts';
import type { Selection } from './selection-model.ts';
import { selectionRefusals } from './selection-refusals.ts';

/*
 * The selection's use cases for a signed-in caller (the API and the pages): only the lead
 * evaluator, as the directory says, announces and draws, and only in their own city. Anyone may
 * read a selection: it is published for all to recheck. The CLI calls `selection.ts` directly.
 */

/** What the caller-facing use cases add: the directory's people, who say who leads. */
export type SelectionScopeDeps = SelectionDeps & { people: Pick<PeopleStore, 'get'> };

async function assertLead(deps: SelectionScopeDeps, identity: Identity) {
  if (!(await isLeadEvaluator(deps.people, identity))) throw refusals.forbidden();
}

/** Announces the selection of the caller's city for the cycle `year` (the lead evaluator). */
export async function announceAsLead(
  deps: SelectionScopeDeps,
  identity: Identity,
  year: number,
  body: unknown,
): Promise<Selection> {
  await assertLead(deps, identity);
  return announceSelection(deps, identity.subject, identity.city, year, body);
}

/** Draws (or redraws) the selection of the caller's city for the cycle `year` (the lead evaluator). */
export async function drawAsLead(
  deps: SelectionScopeDeps,
  identity: Identity,
  year: number,
  body: unknown,
): Promise<DrawOutcome> {
  await assertLead(deps, identity);
  return drawSelection(deps, identity.subject, identity.city, year, body);
}

/** The published selection of `city` for the cycle `year`. */
export async function publishedSelection(
  deps: Pick<SelectionDeps, 'selections'>,
  city: string,
  year: number,
): Promise<Selection> {
  const selection = await deps.selections.get(city, year);
  if (!selection) throw selectionRefusals.notFound();
  return selection;
}
