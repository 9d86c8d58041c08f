import { summarize } from '../beta/summary.ts';
import type { Entry } from './model.ts';
import type { AlphaStore } from './store/alpha-store.ts';

/** Allowed: a top file of another module, and its own store's interface in a type-only import. */
export async function report(store: AlphaStore, id: string): Promise<string> {
  const entry: Entry = await store.get(id);
  return summarize(entry.total);
}
