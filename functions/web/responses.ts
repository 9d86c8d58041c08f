import { randomBytes } from 'node:crypto';
import type { HttpResult } from '#functions/api/http.ts';

/** A fresh nonce for the inline script of one page, named in its Content-Security-Policy. */
export const newNonce = () => randomBytes(16).toString('base64');

const pageHeaders = (nonce: string) => ({
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    // Evidence files go straight from the browser to the file store (S3 on AWS).
    "connect-src 'self' https://*.amazonaws.com",
    "form-action 'self' https://*.amazoncognito.com",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
});

/** An HTML page, with the security headers every page has. */
export function page(statusCode: number, body: string, nonce: string, cookies: string[] = []): HttpResult {
  return { statusCode, headers: pageHeaders(nonce), body, ...(cookies.length ? { cookies } : {}) };
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

/** Only same-site paths are followed after sign-in or a language switch. */
export const safeNext = (next: string | null | undefined, fallback = '/tugas') =>
  next && /^\/[^/\\]/.test(next) ? next : fallback;
