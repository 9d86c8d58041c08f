import { type ModuleOperationDeps, moduleOperations } from '../generated/operations.ts';
import { createJsonRouter, type JsonRouterDeps } from './json-router.ts';

/** The `api` function's deps: what the operations of every part need, and the bearer token's verifier. */
export type ApiDeps = ModuleOperationDeps & JsonRouterDeps;

/**
 * The `api` function: one Lambda for the `/api` routes (and the OpenAPI document), which keeps
 * cold starts to one bundle, but for the few a function of their own serves (see
 * `createJsonRouter`).
 */
export const createApiHandler = (deps: ApiDeps) => createJsonRouter(deps, 'api', moduleOperations);
