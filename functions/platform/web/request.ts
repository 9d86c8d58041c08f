import type { AuditLog } from '#functions/platform/audit/audit-log.ts';
import { langCookie, readCookie, sessionCookie } from '#functions/platform/http/cookies.ts';
import type { HttpEvent } from '#functions/platform/http/http.ts';
import { maxJsonBodyBytes } from '#functions/platform/http/json-body.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import type { RateLimitStore } from '#functions/platform/identity/rate-limit-store.ts';
import type { Session, SessionStore } from '#functions/platform/identity/session-store.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import type { FileStore } from '#functions/platform/ports/file-store.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { FormPost } from './post-body.ts';
import type { SiteShell } from './site.ts';

/**
 * What the page machinery of the platform uses of a page's deps: sessions and their audit, the
 * sign-in limit, the clock, the site's shell and origin, and the upload origin the pages'
 * content security policy allows. Each part's pages extend it with their own.
 */
export interface PageDeps {
  sessions: SessionStore;
  audit: AuditLog;
  rateLimits: RateLimitStore;
  files: Pick<FileStore, 'uploadOrigin'>;
  clock: Clock;
  newId: () => string;
  site: SiteShell;
  /** This site's origin, for links in emails and OAuth redirects. */
  baseUrl: string;
}

/** What every page handler gets: the person's language, and their session if they have one. */
export interface WebRequest<Deps extends PageDeps = PageDeps> {
  deps: Deps;
  event: HttpEvent;
  lang: Lang;
  session: { id: string; value: Session } | undefined;
  params: Record<string, string>;
  query: URLSearchParams;
  /** A POST's form, read once by the page guard (which checked its CSRF token). */
  post?: FormPost;
}

/** The language: the remembered choice, else Bahasa Indonesia. */
export const langOf = (event: HttpEvent): Lang =>
  readCookie(event.cookies, langCookie) === 'en' ? 'en' : 'id';

export async function webRequest<Deps extends PageDeps>(
  deps: Deps,
  event: HttpEvent,
): Promise<WebRequest<Deps>> {
  const id = readCookie(event.cookies, sessionCookie);
  const value = id ? await deps.sessions.get(id) : undefined;
  return {
    deps,
    event,
    lang: langOf(event),
    session: id && value ? { id, value } : undefined,
    params: (event.pathParameters ?? {}) as Record<string, string>,
    query: new URLSearchParams(event.rawQueryString ?? ''),
  };
}

/** Thrown when a page needs a session and there is none (or it expired). */
export class SignInRequiredError extends Error {
  override readonly name = 'SignInRequiredError';
}

export function requireSession(request: WebRequest): { id: string; identity: Identity; csrf: string } {
  if (!request.session) throw new SignInRequiredError();
  return {
    id: request.session.id,
    identity: request.session.value.identity,
    csrf: request.session.value.csrf,
  };
}

/** Thrown for a POST body over its cap: answered 413, nothing read or written. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`Body larger than ${maxBytes} bytes`);
  }
}

/** Thrown for a POST body that cannot be read (a truncated multipart body): answered 400. */
export class BadPostError extends Error {
  override readonly name = 'BadPostError';
}

/** The largest form-encoded page POST: the API's JSON limit, far above any form. */
export const maxFormBodyBytes = maxJsonBodyBytes;

/** The form-encoded body of a POST (at most {@link maxFormBodyBytes}). */
export function formBody(event: HttpEvent): URLSearchParams {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.length > maxFormBodyBytes) throw new BodyTooLargeError(maxFormBodyBytes);
  return new URLSearchParams(bytes.toString('utf8'));
}

/** The fields of the POST the guard read; a page declared without a form check has none. */
export function postedFields(request: WebRequest): URLSearchParams {
  if (!request.post)
    throw new Error(`${request.event.routeKey} reads a form but declares no form CSRF check`);
  return request.post.fields;
}
