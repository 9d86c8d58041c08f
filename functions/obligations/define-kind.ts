/**
 * What a part needs to bring its own kind of obligation to the cycle (its `obligation-kinds.ts`):
 * the definition of a kind and the recipient rules the cycle's kinds share.
 */
export {
  defineObligationKind,
  type ObligationKind,
  type OwedContext,
  type RecipientContext,
} from './kinds/define.ts';
export { everyOpd, opdHeadThenSecretary, opdOperators } from './kinds/recipients.ts';
