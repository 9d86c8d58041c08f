/**
 * Who may review an OPD's work, for the other parts that have evaluators decide on it (the risk
 * registers): the same rule verifier assignment follows. Not an evaluator (any more), inactive,
 * staff of the OPD, or in a declared conflict of interest with it: they may not.
 */
export { type Ineligibility, ineligibility } from './review/eligibility.ts';
export { evaluatorOf } from './review/evaluators.ts';
