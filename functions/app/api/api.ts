import { routes } from '#functions/app/routes.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { authenticate } from '#functions/platform/http/authenticate.ts';

import { type HttpEvent, type HttpResult, httpHandler } from '#functions/platform/http/http.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import type { SessionStore } from '#functions/platform/identity/session-store.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';
import { operations } from '#functions/submissions/api/operations.ts';
import type { SubmissionDeps } from '#functions/submissions/deps.ts';

export interface ApiDeps extends SubmissionDeps {
  verifier: TokenVerifier;
  /** Lets the embedded pages' session cookie call the API too. */
  sessions?: Pick<SessionStore, 'get'>;
  /** The ports of the obligation use cases, for the admin routes (list, move, waive). */
  obligationDeps: ObligationDeps;
}

/** What an operation receives: the event, and for bearer routes the verified identity. */
export interface OperationInput {
  deps: ApiDeps;
  event: HttpEvent;
  identity: Identity | undefined;
}

export type Operation = (input: OperationInput) => Promise<HttpResult>;

/**
 * The `api` function: one Lambda for every `/api` route (and the OpenAPI document), which keeps
 * cold starts to one bundle. It finds the route by the event's `routeKey`, verifies the bearer
 * token where the route asks for one, and runs the route's operation.
 */
export function createApiHandler(deps: ApiDeps) {
  const byRouteKey = new Map(
    routes.filter((r) => r.function === 'api').map((r) => [`${r.method} ${r.path}`, r]),
  );
  return httpHandler(async (event) => {
    const route = byRouteKey.get(event.routeKey);
    const operation = route ? operations[route.operation] : undefined;
    if (!route || !operation) throw refusals.notFound();
    const identity = route.access === 'bearer' ? await authenticate(event, deps) : undefined;
    return operation({ deps, event, identity });
  });
}
