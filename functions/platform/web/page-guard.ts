import { refusals } from '#functions/platform/errors/domain-errors.ts';
import { csrfCookie, readCookie } from '#functions/platform/http/cookies.ts';
import { CsrfError, checkCsrf } from '#functions/platform/http/csrf.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { hasRole } from '#functions/platform/identity/identity.ts';
import type { PageRoute } from '#functions/platform/module/descriptor.ts';
import { readPost } from './post-body.ts';
import {
  BodyTooLargeError,
  formBody,
  type PageDeps,
  SignInRequiredError,
  type WebRequest,
} from './request.ts';

/** A page: what it answers to one request. */
export type PageHandler<Deps extends PageDeps = PageDeps> = ((
  request: WebRequest<Deps>,
) => Promise<HttpResult>) & {
  /** Shown instead of the generic refusal when the CSRF check fails (a form that keeps what was typed). */
  onCsrfRefused?: (request: WebRequest<Deps>) => Promise<HttpResult>;
};

/** Thrown when a session opened from a link asks for a page its purpose does not reach. */
export class OutOfLinkScopeError extends Error {
  override readonly name = 'OutOfLinkScopeError';
}

/**
 * The checks a route declares, run before its page, in one place for every page: the link
 * scope of the session, the session itself, the roles, and for a POST its CSRF token. A page
 * cannot forget one: a POST route that declares no CSRF check does not type-check, and a page
 * reads its form only through what the check read.
 */
export function guardPage<Deps extends PageDeps>(
  route: PageRoute,
  page: PageHandler<Deps>,
): PageHandler<Deps> {
  return async (request) => {
    const session = request.session?.value;
    if (session?.scope && route.links !== 'any' && !route.links?.includes(session.scope.purpose))
      throw new OutOfLinkScopeError();
    if (
      (route.signedIn || route.roles || (route.method === 'POST' && route.csrf !== 'sign-in-form')) &&
      !session
    )
      throw new SignInRequiredError();
    if (route.roles && session && !hasRole(session.identity, ...route.roles)) throw refusals.forbidden();
    if (route.method === 'POST') {
      if (route.maxBytes !== undefined && bodyBytes(request) > route.maxBytes)
        throw new BodyTooLargeError(route.maxBytes);
      const refused = await checkOrigin(route.csrf, route.files === true, request, session?.csrf);
      if (refused) return page.onCsrfRefused ? page.onCsrfRefused(request) : Promise.reject(refused);
    }
    return page(request);
  };
}

/** The size of a request's body as sent, before anything reads it. */
function bodyBytes(request: WebRequest<PageDeps>): number {
  const raw = request.event.body ?? '';
  return request.event.isBase64Encoded ? Buffer.from(raw, 'base64').length : Buffer.byteLength(raw);
}

/**
 * Reads what the check needs (the form, for a form check: multipart only where the route takes
 * files, so a sign-in's form stays within the form-encoded cap) and answers the refusal, if any.
 */
async function checkOrigin(
  check: 'session-form' | 'session-header' | 'sign-in-form',
  files: boolean,
  request: WebRequest<PageDeps>,
  sessionCsrf: string | undefined,
): Promise<CsrfError | undefined> {
  let given: string | null | undefined;
  if (check === 'session-header') given = request.event.headers['x-csrf-token'];
  else {
    request.post = files ? await readPost(request.event) : { fields: formBody(request.event), files: [] };
    given = request.post.fields.get('_csrf');
  }
  const expected = check === 'sign-in-form' ? readCookie(request.event.cookies, csrfCookie) : sessionCsrf;
  try {
    checkCsrf(expected, given);
    return undefined;
  } catch (error) {
    if (error instanceof CsrfError) return error;
    throw error;
  }
}
