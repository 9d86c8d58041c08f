/** The session cookie: `__Host-` binds it to this origin, path `/`, Secure (browsers treat localhost as secure). */
export const sessionCookie = '__Host-siklus-session';
/** Double-submit CSRF cookie for forms shown before a session exists (start page, expired link). */
export const csrfCookie = '__Host-siklus-csrf';
/**
 * A random token of the browser that answers a public questionnaire: one response per device and
 * program. It says nothing of the person; the table keeps only a keyed hash of it.
 */
export const deviceCookie = '__Host-siklus-device';
/** The chosen language, remembered; not a secret. */
export const langCookie = 'siklus-lang';

/**
 * Reads a cookie from the API Gateway v2 `cookies` array (or a raw Cookie header). A value whose
 * percent-escapes do not decode counts as absent: anyone can send any Cookie header, and a
 * cookie Siklus set itself always decodes.
 */
export function readCookie(cookies: readonly string[] | undefined, name: string): string | undefined {
  for (const cookie of cookies ?? []) {
    const at = cookie.indexOf('=');
    if (at <= 0 || cookie.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(cookie.slice(at + 1).trim());
    } catch {
      // URIError: not a value this cookie can hold; look on, as if it were not there.
    }
  }
  return undefined;
}

interface CookieOptions {
  maxAgeSeconds?: number;
  httpOnly?: boolean;
}

/** A Set-Cookie value with the Siklus defaults: Secure, SameSite=Lax, Path=/, HttpOnly unless told. */
export function setCookie(
  name: string,
  value: string,
  { maxAgeSeconds, httpOnly = true }: CookieOptions = {},
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'Secure',
    'SameSite=Lax',
    ...(httpOnly ? ['HttpOnly'] : []),
    ...(maxAgeSeconds === undefined ? [] : [`Max-Age=${maxAgeSeconds}`]),
  ].join('; ');
}

export const clearCookie = (name: string) => setCookie(name, '', { maxAgeSeconds: 0 });
