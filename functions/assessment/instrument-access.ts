import { hasRole, type Identity } from '#functions/platform/identity/identity.ts';

/*
 * Who may do what with a city's instruments, on the API and the pages alike: evaluators and
 * admins read them (the evaluators verify against them); only admins publish a version. Each
 * acts on their own city's instruments only.
 */

/** Admins and evaluators read the city's instruments and export them. */
export const canReadInstruments = (identity: Identity) => hasRole(identity, 'admin', 'evaluator');

/** Only admins publish (import) a version. */
export const canPublishInstruments = (identity: Identity) => hasRole(identity, 'admin');
