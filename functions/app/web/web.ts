import { linkTexts } from '#functions/access/link-texts.ts';
import { callback, demoSignIn, login, logout, logoutEverywhere } from '#functions/access/pages/auth.ts';
import { confirmLink, openLink, renewLink } from '#functions/access/pages/links.ts';
import { startPage } from '#functions/access/pages/start.ts';
import { withinSessionScope } from '#functions/access/session-scope.ts';
import { routes } from '#functions/app/routes.ts';
import { adminCyclePage } from '#functions/obligations/pages/admin-cycle.ts';
import {
  adminObligationsPage,
  moveObligationPage,
  waiveObligationPage,
} from '#functions/obligations/pages/admin-obligations.ts';
import { obligationPage } from '#functions/obligations/pages/obligation-page.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { html } from '#functions/platform/html/html.ts';
import { statusOfKind } from '#functions/platform/http/error-mapper.ts';
import { HttpError } from '#functions/platform/http/errors.ts';
import { type HttpEvent, type HttpResult, httpHandler } from '#functions/platform/http/http.ts';
import { logger } from '#functions/platform/lambda/observability.ts';
import { asset } from '#functions/platform/web/assets.ts';
import { switchLanguage } from '#functions/platform/web/language.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import {
  BadPostError,
  BodyTooLargeError,
  CsrfError,
  SignInRequiredError,
  type WebRequest,
  webRequest,
} from '#functions/platform/web/request.ts';
import { TooManySignInsError } from '#functions/platform/web/sessions.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { staleRevisionCode } from '#functions/submissions/drafts.ts';
import { postForm, showForm } from '#functions/submissions/pages/form-page.ts';
import { submissionPage } from '#functions/submissions/pages/submission-page.ts';
import { todoPage } from '#functions/submissions/pages/todo.ts';
import { pageUpload } from '#functions/submissions/pages/uploads.ts';
import type { WebDeps } from './deps.ts';
import { pageParametersValid } from './page-parameters.ts';

type PageHandler = (request: WebRequest) => Promise<HttpResult>;

const pages: Record<string, PageHandler> = {
  start: startPage,
  todo: todoPage,
  showForm,
  postForm,
  submission: submissionPage,
  upload: pageUpload,
  obligation: obligationPage,
  openLink,
  confirmLink,
  renewLink,
  login,
  callback,
  logout,
  logoutEverywhere,
  language: switchLanguage,
  adminCycle: adminCyclePage,
  asset,
  demoSignIn,
  adminObligations: adminObligationsPage,
  moveObligationPage,
  waiveObligationPage,
};

/**
 * The `web` function: the server-rendered pages. Each page finds its session itself (cookie);
 * every failure becomes a page in the person's language, and a refused POST writes nothing.
 */
export function createWebHandler(deps: WebDeps) {
  const byRouteKey = new Map(
    routes.filter((r) => r.function === 'web').map((r) => [`${r.method} ${r.path}`, r]),
  );
  return httpHandler(async (event: HttpEvent) => {
    const request = await webRequest(deps, event);
    const route = byRouteKey.get(event.routeKey);
    const handler = route ? pages[route.operation] : undefined;
    // An id no page could hold is not found, before any lookup or body is read.
    if (!route || !handler || !pageParametersValid(request.params))
      return messagePage(request, 404, texts.notFoundTitle, texts.notFoundBody);
    if (!withinSessionScope(request.session?.value, route.operation))
      return messagePage(request, 403, texts.forbiddenTitle, linkTexts.outOfScopeBody);
    try {
      return await handler(request);
    } catch (error) {
      return failurePage(request, error);
    }
  });
}

function failurePage(request: WebRequest, error: unknown): HttpResult {
  const signInAgain = html`<p><a class="button" href="/">${texts.signIn[request.lang]}</a></p>`;
  if (error instanceof CsrfError) return messagePage(request, 403, texts.csrfTitle, texts.csrfBody);
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
