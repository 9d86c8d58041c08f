import { createHash } from 'node:crypto';
import { contentDisposition } from '#functions/platform/http/content-disposition.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { WebRequest } from './request.ts';
import { styles } from './styles.ts';

/** The CSP hash of the one stylesheet, so no inline style other than it can apply. */
const stylesHash = `'sha256-${createHash('sha256').update(styles).digest('base64')}'`;

/** What every page may do: its own script files, its one stylesheet, uploads to the file store. */
function pageHeaders(uploadOrigin: string | undefined) {
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': [
      "default-src 'self'",
      // Page scripts are files of this site (content-hashed names); no inline script runs.
      "script-src 'self'",
      `style-src ${stylesHash}`,
      "img-src 'self' data:",
      // Evidence files go straight from the browser to the file store (the evidence bucket on AWS).
      `connect-src 'self'${uploadOrigin ? ` ${uploadOrigin}` : ''}`,
      "form-action 'self' https://*.amazoncognito.com",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  };
}

/** An HTML page, with the security headers every page has. */
export function page(
  request: WebRequest,
  statusCode: number,
  body: string,
  cookies: string[] = [],
): HttpResult {
  return {
    statusCode,
    headers: pageHeaders(request.deps.files.uploadOrigin),
    body,
    ...(cookies.length ? { cookies } : {}),
  };
}

/**
 * A file to download, not a page: saved under `fileName`, never sniffed as another type, and
 * sandboxed with nothing allowed should a browser render it anyway. Bytes go base64-encoded.
 */
export function attachment(fileName: string, contentType: string, body: string | Uint8Array): HttpResult {
  return {
    statusCode: 200,
    headers: {
      'content-type': contentType,
      'content-disposition': contentDisposition('attachment', fileName),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
    ...(typeof body === 'string'
      ? { body }
      : { body: Buffer.from(body).toString('base64'), isBase64Encoded: true }),
  };
}

/** 303 See Other: after a POST, the browser GETs the next page (so a reload never re-posts). */
export function redirect(location: string, cookies: string[] = []): HttpResult {
  return {
    statusCode: 303,
    headers: { location, 'cache-control': 'no-store' },
    body: '',
    ...(cookies.length ? { cookies } : {}),
  };
}

/**
 * A same-site path: one slash then path characters only (RFC 3986 `pchar`, `/`, `?`), so no
 * control character, backslash or second slash can turn it into another site for a browser.
 */
const sameSitePath = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]{0,511}$/;

/** Only same-site paths are followed after sign-in or a language switch; anything else goes to `fallback`. */
export const safeNext = (next: string | null | undefined, fallback = '/tugas') =>
  next && sameSitePath.test(next) ? next : fallback;
