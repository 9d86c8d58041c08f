import type { Page } from '../beta/pages/page.ts';

/** Breaks no-module-internals: `beta/pages/` is beta's own, even for a type. */
export function title(page: Page): string {
  return page.title;
}
