import { innovationReportKind } from './innovation-report.ts';
import { createKindRegistry, type KindRegistry } from './lookup.ts';

/** Every kind of obligation a cycle opens, one file each: a new kind is its file and a line here. */
export const obligationKinds = [innovationReportKind] as const;

/** The id of a registered kind: what an obligation's `kind` holds. */
export type ObligationKindId = (typeof obligationKinds)[number]['id'];

/** The ids of the registered kinds, for the schemas that check an obligation's `kind`. */
export const obligationKindIds: readonly ObligationKindId[] = obligationKinds.map((kind) => kind.id);

/** The registered kinds, by kind id and by form id. */
export const kindRegistry: KindRegistry = createKindRegistry<ObligationKindId>(obligationKinds);

/** The kinds a part of the engine works with: the registered ones, unless its deps name others. */
export const kindsOf = (deps: { kinds?: KindRegistry }): KindRegistry => deps.kinds ?? kindRegistry;
