/**
 * What a part needs to bring its own kind of obligation to the cycle (its `obligation-kinds.ts`):
 * the definition of a kind, the recipient rules the cycle's kinds share, and the dates of a phase.
 */
export {
  defineObligationKind,
  type ObligationKind,
  type OwedContext,
  type RecipientContext,
} from './kinds/define.ts';
/** The dates of a kind's phase in a cycle, for a part that acts on them. */
export { phaseOf } from './kinds/phases.ts';
export { everyOpd, opdHeadThenSecretary, opdOperators } from './kinds/recipients.ts';
