import { linkTexts } from '#functions/access/link-texts.ts';
import { routes } from '#functions/app/routes.ts';
import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';
import { html } from '#functions/platform/html/html.ts';
import { CsrfError } from '#functions/platform/http/csrf.ts';
import { statusOfKind } from '#functions/platform/http/error-mapper.ts';
import { HttpError } from '#functions/platform/http/errors.ts';
import { type HttpEvent, type HttpResult, httpHandler, jsonError } from '#functions/platform/http/http.ts';
import { logger } from '#functions/platform/lambda/observability.ts';
import type { PageRoute } from '#functions/platform/module/descriptor.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { guardPage, OutOfLinkScopeError, type PageHandler } from '#functions/platform/web/page-guard.ts';
import type { PageDeps } from '#functions/platform/web/request.ts';
import {
  BadPostError,
  BodyTooLargeError,
  SignInRequiredError,
  type WebRequest,
  webRequest,
} from '#functions/platform/web/request.ts';
import { TooManySignInsError } from '#functions/platform/web/sessions.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { staleRevisionCode } from '#functions/submissions/drafts.ts';
import { pageParametersValid } from './page-parameters.ts';

/**
 * The pages a function serves (its routes, by `functionName`): each route's page runs behind the
 * checks its route declares (link scope, session, roles, CSRF: `guardPage`); every failure becomes
 * a page in the person's language (JSON for a route that says so), and a refused POST writes
 * nothing.
 */
export function createPageRouter<Deps extends PageDeps>(
  deps: Deps,
  functionName: string,
  pages: Readonly<Record<string, PageHandler<Deps>>>,
) {
  const byRouteKey = new Map<string, { route: PageRoute; page: PageHandler<Deps> }>(
    routes
      .filter((r): r is PageRoute => r.function === functionName && r.access === 'session')
      .flatMap((route) => {
        const page = pages[route.operation];
        return page
          ? [[`${route.method} ${route.path}`, { route, page: guardPage(route, page) }] as const]
          : [];
      }),
  );
  return httpHandler(async (event: HttpEvent) => {
    const request = await webRequest(deps, event);
    const found = byRouteKey.get(event.routeKey);
    // An id no page could hold is not found, before any lookup or body is read.
    if (!found || !pageParametersValid(request.params))
      return messagePage(request, 404, texts.notFoundTitle, texts.notFoundBody);
    try {
      return await found.page(request);
    } catch (error) {
      return found.route.answers === 'json' ? scriptFailure(error) : failurePage(request, error);
    }
  });
}

/** A refusal as JSON, for the page script that called: each with the message the page shows. */
function scriptFailure(error: unknown): HttpResult {
  if (error instanceof SignInRequiredError)
    return jsonError(new HttpError(401, 'sign_in_required', texts.signInBody));
  if (error instanceof CsrfError) return jsonError(new HttpError(403, 'csrf', texts.csrfBody));
  if (error instanceof OutOfLinkScopeError) return jsonError(refusals.forbidden());
  return jsonError(error);
}

function failurePage(request: WebRequest, error: unknown): HttpResult {
  const signInAgain = html`<p><a class="button" href="/">${texts.signIn[request.lang]}</a></p>`;
  if (error instanceof CsrfError) return messagePage(request, 403, texts.csrfTitle, texts.csrfBody);
  if (error instanceof OutOfLinkScopeError)
    return messagePage(request, 403, texts.forbiddenTitle, linkTexts.outOfScopeBody);
  if (error instanceof BodyTooLargeError)
    return messagePage(request, 413, linkTexts.tooLargeTitle, linkTexts.tooLargeBody);
  if (error instanceof BadPostError)
    return messagePage(request, 400, linkTexts.badPostTitle, linkTexts.badPostBody);
  if (error instanceof TooManySignInsError)
    return messagePage(request, 429, linkTexts.tooManyTitle, linkTexts.tooManyBody);
  if (error instanceof SignInRequiredError)
    return messagePage(request, 401, texts.signInTitle, texts.signInBody, signInAgain);
  if (error instanceof DomainError) {
    if (error.kind === 'not_found') return messagePage(request, 404, texts.notFoundTitle, texts.notFoundBody);
    if (error.kind === 'forbidden')
      return messagePage(request, 403, texts.forbiddenTitle, texts.forbiddenBody);
    if (error.code === staleRevisionCode) return messagePage(request, 409, texts.staleTitle, texts.staleBody);
    return messagePage(request, statusOfKind[error.kind], texts.errorTitle, error.messages);
  }
  if (error instanceof HttpError) return messagePage(request, error.status, texts.errorTitle, error.messages);
  logger.error('Page failed', { error: error as Error, route: request.event.routeKey });
  return messagePage(request, 500, texts.errorTitle, texts.errorBody);
}
