import { createHash } from 'node:crypto';
import { html } from '#forms/render/html.ts';
import type { HttpResult } from '#functions/api/http.ts';
import { csrfCookie, readCookie, setCookie } from '../cookies.ts';
import { freshLinkEmail } from '../link-email.ts';
import { checkCsrf, formBody, type WebRequest } from '../request.ts';
import { redirect } from '../responses.ts';
import { startSession } from '../sessions.ts';
import { texts } from '../texts.ts';
import { messagePage } from './message.ts';

/** Links sent by email work for a week. */
export const linkTtlSeconds = 7 * 24 * 3600;

/**
 * `GET /l/{token}`: a signed link from an email. A valid link signs its person in for its OPD
 * (audited each time; opening never uses a link up) and lands on its page; an expired one offers
 * a fresh link; a tampered one opens nothing.
 */
export async function openLink(request: WebRequest): Promise<HttpResult> {
  const token = request.params.token ?? '';
  const checked = await request.deps.links.check(token);
  if (checked.status === 'invalid')
    return messagePage(request, 400, texts.linkInvalidTitle, texts.linkInvalidBody);
  if (checked.status === 'expired') {
    const csrf =
      readCookie(request.event.cookies, csrfCookie) ??
      createHash('sha256').update(`${token}${request.deps.newId()}`).digest('base64url');
    const form = html`<form method="post" action="/l/renew"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="token" value="${token}"><button type="submit" class="primary">${texts.sendFreshLink[request.lang]}</button></form>`;
    return messagePage(request, 410, texts.linkExpiredTitle, texts.linkExpiredBody, form, [
      setCookie(csrfCookie, csrf, { maxAgeSeconds: 3600 }),
    ]);
  }
  const { payload } = checked;
  const person = await request.deps.people.get(payload.city, payload.person);
  if (!person || person.opd !== payload.opd)
    return messagePage(request, 400, texts.linkInvalidTitle, texts.linkInvalidBody);
  await request.deps.audit.append({
    eventId: request.deps.newId(),
    at: request.deps.clock.now().toISOString(),
    actor: person.personId,
    action: 'link.opened',
    city: payload.city,
    opd: payload.opd,
    entity: { type: 'person', id: person.personId },
    before: null,
    after: { next: payload.next, obligation: payload.obligation ?? null, kid: payload.kid },
  });
  const identity = {
    subject: person.personId,
    city: person.city,
    opd: payload.opd,
    roles: [person.role],
    email: person.email,
    name: person.name,
  };
  return redirect(payload.next, [await startSession(request.deps, identity, 'link')]);
}

/** `POST /l/renew`: mails a fresh link for an expired one, once per expired link (claimed first). */
export async function renewLink(request: WebRequest): Promise<HttpResult> {
  const form = formBody(request.event);
  checkCsrf(readCookie(request.event.cookies, csrfCookie), form.get('_csrf'));
  const token = form.get('token') ?? '';
  const checked = await request.deps.links.check(token);
  if (checked.status === 'valid') return redirect(`/l/${token}`);
  if (checked.status === 'invalid')
    return messagePage(request, 400, texts.linkInvalidTitle, texts.linkInvalidBody);
  const { payload } = checked;
  const person = await request.deps.people.get(payload.city, payload.person);
  const key = `link-renewal#${createHash('sha256').update(token).digest('base64url')}`;
  if (person?.opd === payload.opd && (await request.deps.claims.claim(key, 24 * 3600))) {
    const { exp: _exp, kid: _kid, ...rest } = payload;
    const fresh = await request.deps.links.sign(rest, linkTtlSeconds);
    await request.deps.mailer.send({
      ...freshLinkEmail(person, `${request.deps.baseUrl}/l/${fresh}`),
      idempotencyKey: key,
    });
  }
  // The same answer whether or not a mail went out: the page tells no one who has an account.
  return messagePage(request, 200, texts.linkExpiredTitle, texts.freshLinkSent);
}
