import type { ObligationKindId } from './ids.ts';
import { innovationReportKind } from './innovation-report.ts';
import { createKindRegistry, type KindRegistry } from './lookup.ts';

/** Every kind of obligation a cycle opens, one file each: a new kind is its file and a line here. */
export const obligationKinds = [innovationReportKind] as const;

/** Compiles only while the kinds listed here and the ids of `ids.ts` are the same. */
export type KindsMatchTheirIds = [Assert<Same<(typeof obligationKinds)[number]['id'], ObligationKindId>>];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** The registered kinds, by kind id and by form id. */
export const kindRegistry: KindRegistry = createKindRegistry<ObligationKindId>(obligationKinds);

/** The kinds a part of the engine works with: the registered ones, unless its deps name others. */
export const kindsOf = (deps: { kinds?: KindRegistry }): KindRegistry => deps.kinds ?? kindRegistry;
