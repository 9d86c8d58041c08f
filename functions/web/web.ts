import { html } from '#forms/render/html.ts';
import { HttpError } from '#functions/api/errors.ts';
import { type HttpEvent, type HttpResult, httpHandler } from '#functions/api/http.ts';
import { routes } from '#functions/api/routes.ts';
import { logger } from '#functions/shared/observability.ts';
import { staleDraft } from '#functions/submissions/drafts.ts';
import type { WebDeps } from './deps.ts';
import { linkTexts } from './link-texts.ts';
import { pageParametersValid } from './page-parameters.ts';
import { adminCyclePage } from './pages/admin-cycle.ts';
import { adminObligationsPage, moveObligationPage, waiveObligationPage } from './pages/admin-obligations.ts';
import { asset } from './pages/assets.ts';
import { callback, demoSignIn, login, logout, logoutEverywhere } from './pages/auth.ts';
import { postForm, showForm } from './pages/form-page.ts';
import { switchLanguage } from './pages/language.ts';
import { confirmLink, openLink, renewLink } from './pages/links.ts';
import { messagePage } from './pages/message.ts';
import { obligationPage } from './pages/obligation-page.ts';
import { startPage } from './pages/start.ts';
import { submissionPage } from './pages/submission-page.ts';
import { todoPage } from './pages/todo.ts';
import { pageUpload } from './pages/uploads.ts';
import {
  BadPostError,
  BodyTooLargeError,
  CsrfError,
  SignInRequiredError,
  type WebRequest,
  webRequest,
} from './request.ts';
import { withinSessionScope } from './session-scope.ts';
import { TooManySignInsError } from './sessions.ts';
import { texts } from './texts.ts';

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
  if (error instanceof HttpError) {
    if (error.status === 404) return messagePage(request, 404, texts.notFoundTitle, texts.notFoundBody);
    if (error.status === 403) return messagePage(request, 403, texts.forbiddenTitle, texts.forbiddenBody);
    if (error.status === 409 && error.code === staleDraft().code)
      return messagePage(request, 409, texts.staleTitle, texts.staleBody);
    return messagePage(request, error.status, texts.errorTitle, error.messages);
  }
  logger.error('Page failed', { error: error as Error, route: request.event.routeKey });
  return messagePage(request, 500, texts.errorTitle, texts.errorBody);
}
