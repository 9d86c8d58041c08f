import { routes } from '#functions/app/routes.ts';
import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { authenticate } from '#functions/platform/http/authenticate.ts';
import { httpHandler } from '#functions/platform/http/http.ts';
import type { Operation } from '#functions/platform/http/operation.ts';
import type { SessionStore } from '#functions/platform/identity/session-store.ts';
import type { TokenVerifier } from '#functions/platform/ports/token-verifier.ts';

/** What routing a JSON request needs: the bearer token's verifier. */
export interface JsonRouterDeps {
  verifier: TokenVerifier;
  /** Lets the embedded pages' session cookie call the API too. */
  sessions?: Pick<SessionStore, 'get'>;
}

/**
 * The JSON routes a function serves (by `functionName`): it finds the route by the event's
 * `routeKey`, verifies the bearer token where the route asks for one, and runs the route's
 * operation.
 */
export function createJsonRouter<Deps extends JsonRouterDeps>(
  deps: Deps,
  functionName: string,
  operations: Readonly<Record<string, Operation<Deps>>>,
) {
  const byRouteKey = new Map(
    routes.filter((r) => r.function === functionName).map((r) => [`${r.method} ${r.path}`, r]),
  );
  return httpHandler(async (event) => {
    const route = byRouteKey.get(event.routeKey);
    const operation = route ? operations[route.operation] : undefined;
    if (!route || !operation) throw refusals.notFound();
    const identity = route.access === 'bearer' ? await authenticate(event, deps) : undefined;
    return operation({ deps, event, identity });
  });
}
