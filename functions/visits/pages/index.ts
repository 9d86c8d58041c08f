import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import type { SelectionPageDeps } from './deps.ts';
import { announceSelectionPage, drawSelectionPage, leadSelectionPage } from './lead-selection-page.ts';
import { publicSelectionPage, selectionDataPage } from './public-selection-page.ts';
import { visitPage } from './visit-page.ts';
import { confirmVisitPage, findingPhoto, proposeVisitPage, recordFindingPage } from './visit-posts.ts';
import { visitsPage } from './visits-page.ts';

/** The pages of the visits part, by the operation its routes name. */
export const pages: Record<string, PageHandler<SelectionPageDeps>> = {
  publicSelection: publicSelectionPage,
  selectionData: selectionDataPage,
  leadSelection: leadSelectionPage,
  announceSelectionPage,
  drawSelectionPage,
  visitsPage,
  visitPage,
  proposeVisitPage,
  confirmVisitPage,
  recordFindingPage,
  findingPhoto,
};
