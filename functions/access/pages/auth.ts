import { createHash, randomBytes } from 'node:crypto';
import type { AccessRequest, CognitoSignIn } from '#functions/access/deps.ts';
import { linkTexts } from '#functions/access/link-texts.ts';
import { homeOf } from '#functions/access/session-scope.ts';
import { clearCookie, readCookie, sessionCookie, setCookie } from '#functions/platform/http/cookies.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { type Identity, identityFromClaims } from '#functions/platform/identity/identity.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { redirect } from '#functions/platform/web/responses.ts';
import {
  auditSession,
  languageCookie,
  limitSignIns,
  startSession,
} from '#functions/platform/web/sessions.ts';
import { texts } from '#functions/platform/web/texts.ts';

const oauthCookie = '__Host-siklus-oauth';
const notFound = (request: AccessRequest) =>
  messagePage(request, 404, texts.notFoundTitle, texts.notFoundBody);

/** `POST /demo/sign-in`: one click, one demo person (embedded runtime only; 404 elsewhere). */
export async function demoSignIn(request: AccessRequest): Promise<HttpResult> {
  const signIn = request.deps.signIn;
  if (signIn.kind !== 'demo') return notFound(request);
  const form = postedFields(request);
  const claims = signIn.claims(form.get('person') ?? '');
  if (!claims) return notFound(request);
  await limitSignIns(request);
  return signedIn(request, identityFromClaims(claims), 'demo');
}

/** After a sign-in: the session, the person's stored language, and the page their role starts on. */
async function signedIn(
  request: AccessRequest,
  identity: Identity,
  via: 'demo' | 'cognito',
  extra: string[] = [],
) {
  const person = await request.deps.people.get(identity.city, identity.subject);
  const cookies = [...extra, await startSession(request, identity, via)];
  if (person) cookies.push(languageCookie(person.language));
  return redirect(homeOf({ identity }), cookies);
}

const cognito = (request: AccessRequest): CognitoSignIn | undefined =>
  request.deps.signIn.kind === 'cognito' ? request.deps.signIn : undefined;

/** `GET /auth/login`: to Cognito managed login, with PKCE and a state bound to this browser. */
export async function login(request: AccessRequest): Promise<HttpResult> {
  const signIn = cognito(request);
  if (!signIn) return notFound(request);
  const state = randomBytes(24).toString('base64url');
  const verifier = randomBytes(48).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: signIn.clientId,
    redirect_uri: `${request.deps.baseUrl}/auth/callback`,
    scope: 'openid email profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    lang: request.lang,
  });
  return redirect(`${signIn.domain}/oauth2/authorize?${query}`, [
    setCookie(oauthCookie, `${state}.${verifier}`, { maxAgeSeconds: 600 }),
  ]);
}

/** `GET /auth/callback`: exchanges the code for tokens, verifies the ID token, starts a session. */
export async function callback(request: AccessRequest): Promise<HttpResult> {
  const signIn = cognito(request);
  if (!signIn) return notFound(request);
  const [state, verifier] = (readCookie(request.event.cookies, oauthCookie) ?? '').split('.');
  const code = request.query.get('code');
  if (!state || !verifier || !code || request.query.get('state') !== state) {
    return messagePage(request, 400, texts.signInTitle, texts.signInBody);
  }
  const response = await fetch(`${signIn.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: signIn.clientId,
      code,
      redirect_uri: `${request.deps.baseUrl}/auth/callback`,
      code_verifier: verifier,
    }),
    signal: AbortSignal.timeout(5000),
  });
  const tokens = (await response.json().catch(() => ({}))) as { id_token?: string };
  if (!response.ok || !tokens.id_token) return messagePage(request, 401, texts.signInTitle, texts.signInBody);
  const identity = identityFromClaims(await signIn.verifier.verify(tokens.id_token));
  return signedIn(request, identity, 'cognito', [clearCookie(oauthCookie)]);
}

/** Where the browser goes after signing out: Cognito's logout on AWS, which returns to the start page. */
function afterSignOut(request: AccessRequest): string {
  const signIn = cognito(request);
  return signIn
    ? `${signIn.domain}/logout?${new URLSearchParams({ client_id: signIn.clientId, logout_uri: `${request.deps.baseUrl}/` })}`
    : '/';
}

/** `POST /auth/logout`: ends this session and, on AWS, the Cognito one too. */
export async function logout(request: AccessRequest): Promise<HttpResult> {
  const { id } = requireSession(request);
  await request.deps.sessions.delete(id);
  return redirect(afterSignOut(request), [clearCookie(sessionCookie)]);
}

/** `POST /auth/logout-everywhere`: ends every session of this person, on every device; audited. */
export async function logoutEverywhere(request: AccessRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const ended = await request.deps.sessions.deleteAllOf(identity.city, identity.subject);
  await auditSession(request, identity, 'session.ended', { everywhere: true, ended });
  const signedOut = { ...request, session: undefined };
  return messagePage(signedOut, 200, linkTexts.signedOutTitle, linkTexts.signedOutEverywhere, undefined, [
    clearCookie(sessionCookie),
  ]);
}
