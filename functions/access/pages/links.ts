import { randomBytes } from 'node:crypto';
import { formCatalog } from '#forms/catalog.ts';
import { accessAudit } from '#functions/access/audit-events.ts';
import type { AccessRequest } from '#functions/access/deps.ts';
import { freshLinkEmail } from '#functions/access/fresh-link-email.ts';
import { type LinkAccess, landingOf, resolveLinkAccess } from '#functions/access/link-access.ts';
import { fill, linkTexts } from '#functions/access/link-texts.ts';
import { citySender } from '#functions/obligations/compose-mail.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import { csrfCookie, readCookie, setCookie } from '#functions/platform/http/cookies.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { LinkPayload } from '#functions/platform/identity/signed-links.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { postedFields } from '#functions/platform/web/request.ts';
import { redirect } from '#functions/platform/web/responses.ts';
import { languageCookie, limitSignIns, startSession } from '#functions/platform/web/sessions.ts';
import { texts } from '#functions/platform/web/texts.ts';

/** Links sent by email work for a week. */
export const linkTtlSeconds = 7 * 24 * 3600;
/** At most one fresh link per person and obligation in this time. */
const renewalWindowSeconds = 24 * 3600;

const invalid = (request: AccessRequest) =>
  messagePage(request, 400, texts.linkInvalidTitle, texts.linkInvalidBody);

/** The double-submit token of pages shown before a session exists, and its cookie. */
function preSessionCsrf(request: AccessRequest) {
  const csrf = readCookie(request.event.cookies, csrfCookie) ?? randomBytes(24).toString('base64url');
  return { csrf, cookie: setCookie(csrfCookie, csrf, { maxAgeSeconds: 3600 }) };
}

/** A POST button carrying the token, for confirming or renewing; the token never goes into a header. */
const tokenForm = (action: string, csrf: string, token: string, label: string): Html =>
  html`<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="token" value="${token}"><button type="submit" class="primary">${label}</button></form>`;

function expiredPage(request: AccessRequest, token: string): HttpResult {
  const { csrf, cookie } = preSessionCsrf(request);
  const form = tokenForm('/l/renew', csrf, token, texts.sendFreshLink[request.lang]);
  return messagePage(request, 410, texts.linkExpiredTitle, texts.linkExpiredBody, form, [cookie]);
}

/** The page that asks the person to sign in: a GET alone (a mail scanner, a prefetch) starts nothing. */
async function confirmPage(request: AccessRequest, token: string, access: LinkAccess): Promise<HttpResult> {
  const { csrf, cookie } = preSessionCsrf(request);
  const { formId, city, opd: opdId } = access.obligation;
  const opd = (await request.deps.obligationDeps.directory.getOpd(city, opdId))?.name ?? opdId;
  const what = {
    fill: linkTexts.confirmFill,
    escalation: linkTexts.confirmEscalation,
    review: linkTexts.confirmReview,
  }[access.scope.purpose];
  const title = formCatalog.latest(formId)?.title ?? { id: formId, en: formId };
  const body = {
    id: fill(what.id, { form: title.id, opd, name: access.person.name }),
    en: fill(what.en, { form: title.en, opd, name: access.person.name }),
  };
  const { lang } = request;
  const action = html`<p class="hint">${linkTexts.confirmHint[lang]}</p>${tokenForm('/l/open', csrf, token, linkTexts.confirmButton[lang])}`;
  return messagePage(request, 200, linkTexts.confirmTitle, body, action, [cookie]);
}

/** Checks a token and what it grants: the page to answer with when it grants nothing. */
async function checkToken(
  request: AccessRequest,
  token: string,
): Promise<{ refused: HttpResult } | { payload: LinkPayload; expired: boolean; access: LinkAccess }> {
  const checked = await request.deps.links.check(token);
  if (checked.status === 'invalid') return { refused: invalid(request) };
  const access = await resolveLinkAccess(request.deps, checked.payload);
  if (!access) return { refused: invalid(request) };
  return { payload: checked.payload, expired: checked.status === 'expired', access };
}

/** The token a page's button posted (confirm, renew; its CSRF token checked by the guard), and what it grants. */
async function postedToken(request: AccessRequest) {
  const token = postedFields(request).get('token') ?? '';
  return { token, checked: await checkToken(request, token) };
}

/** `GET /l/{token}`: a signed link from an email. Shows who it signs in and for what; a button signs in. */
export async function openLink(request: AccessRequest): Promise<HttpResult> {
  const token = request.params.token ?? '';
  const checked = await checkToken(request, token);
  if ('refused' in checked) return checked.refused;
  if (checked.expired) return expiredPage(request, token);
  return confirmPage(request, token, checked.access);
}

/**
 * `POST /l/open`: the confirmation. Starts a session no wider than the link's purpose (audited
 * each time; opening never uses a link up) and lands on the obligation's page.
 */
export async function confirmLink(request: AccessRequest): Promise<HttpResult> {
  const { token, checked } = await postedToken(request);
  if ('refused' in checked) return checked.refused;
  if (checked.expired) return expiredPage(request, token);
  await limitSignIns(request);
  const { payload, access } = checked;
  await request.deps.audit.append(
    accessAudit.event('link.opened', {
      eventId: request.deps.newId(),
      at: request.deps.clock.now().toISOString(),
      actor: access.person.personId,
      city: payload.city,
      opd: access.identity.opd ?? '-',
      entityId: access.person.personId,
      before: null,
      after: { purpose: payload.purpose, obligation: payload.obligation, kid: payload.kid },
    }),
  );
  const cookie = await startSession(request, access.identity, 'link', access.scope);
  return redirect(landingOf(access.scope), [cookie, languageCookie(access.person.language)]);
}

/**
 * `POST /l/renew`: mails a fresh link for an expired one: at most one per person and obligation
 * a day, however the token is spelled (the claim is keyed by the verified payload).
 */
export async function renewLink(request: AccessRequest): Promise<HttpResult> {
  const { token, checked } = await postedToken(request);
  if ('refused' in checked) return checked.refused;
  if (!checked.expired) return confirmPage(request, token, checked.access);
  const { payload, access } = checked;
  const day = Math.floor(request.deps.clock.now().getTime() / 1000 / renewalWindowSeconds);
  const key = `link-renewal#${payload.city}#${payload.person}#${payload.obligation}#${payload.purpose}#${day}`;
  if (await request.deps.claims.claim(key, renewalWindowSeconds)) {
    const { exp: _exp, kid: _kid, ...rest } = payload;
    const fresh = await request.deps.links.sign(rest, linkTtlSeconds);
    const { directory } = request.deps.obligationDeps;
    const [city, opd] = await Promise.all([
      directory.getCity(payload.city),
      directory.getOpd(payload.city, payload.opd),
    ]);
    const { formId } = access.obligation;
    const email = freshLinkEmail({
      lang: access.person.language,
      recipientName: access.person.name,
      cityName: city?.name ?? payload.city,
      opdName: opd?.name ?? payload.opd,
      formTitle: formCatalog.latest(formId)?.title ?? { id: formId, en: formId },
      obligationId: payload.obligation,
      link: `${request.deps.baseUrl}/l/${fresh}`,
      validDays: linkTtlSeconds / 86400,
    });
    await request.deps.mailer.send({
      ...email,
      ...(city ? citySender(city) : {}),
      to: access.person.email,
      idempotencyKey: key,
    });
  }
  // The same answer whether or not a mail went out: the page tells no one how often it was asked.
  return messagePage(request, 200, texts.linkExpiredTitle, texts.freshLinkSent);
}
