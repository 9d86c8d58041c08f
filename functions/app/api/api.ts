import { routes } from '#functions/app/routes.ts';
import { obligationOperations } from '#functions/obligations/api/operations.ts';
import type { ObligationDeps } from '#functions/obligations/deps.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { authenticate } from '#functions/platform/http/authenticate.ts';
import { httpHandler } from '#functions/platform/http/http.ts';
import type { Operation } from '#functions/platform/http/operation.ts';
import type { SessionStore } from '#functions/platform/identity/session-store.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';
import { submissionOperations } from '#functions/submissions/api/operations.ts';
import type { SubmissionDeps } from '#functions/submissions/deps.ts';

/** Every JSON operation of every part, by the operation id its route names. */
const operations: Record<string, Operation<ApiDeps>> = { ...submissionOperations, ...obligationOperations };

export interface ApiDeps extends SubmissionDeps {
  verifier: TokenVerifier;
  /** Lets the embedded pages' session cookie call the API too. */
  sessions?: Pick<SessionStore, 'get'>;
  /** The ports of the obligation use cases, for the admin routes (list, move, waive). */
  obligationDeps: ObligationDeps;
}

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
