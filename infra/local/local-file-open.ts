import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { contentDisposition } from '#functions/platform/http/content-disposition.ts';
import { evidenceLimits, type OpenOptions } from '#functions/platform/ports/file-store.ts';
import { purposeKey, type SignedTokens, signedTokens } from './signed-tokens.ts';

/** The path prefix the local HTTP server routes to {@link LocalFileStore.handleOpen}; the token follows it. */
export const localFilesPathPrefix = '/local-files/';

/** What a file link admits: one key, shown as one name and type, until `expiresAt`. */
export interface FileClaims extends OpenOptions {
  key: string;
  expiresAt: string;
}

/** Tokens of file links, under their own key: an upload token never opens a file, nor the reverse. */
export const fileTokens = (secret: string): SignedTokens<FileClaims> =>
  signedTokens<FileClaims>(purposeKey(secret, 'local-files'));

/**
 * What the answer of a file link says besides its bytes: the type and name the link names, never
 * sniffed, and a policy that lets the file run nothing and reach nothing, since it is served from
 * the site's own origin. The link carries its token, so the referrer never leaves with it.
 */
export const fileHeaders = ({ filename, contentType }: OpenOptions, size: number) => ({
  'content-type': contentType,
  'content-length': String(size),
  'content-disposition': contentDisposition('inline', filename),
  'x-content-type-options': 'nosniff',
  'cache-control': `private, max-age=${evidenceLimits.openSeconds}`,
  'content-security-policy': "default-src 'none'; sandbox",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
});

/** Answers 200 with the file at `path` of `size` bytes, as the claims name it. */
export async function sendFile(
  response: ServerResponse,
  path: string,
  size: number,
  claims: FileClaims,
): Promise<void> {
  response.writeHead(200, fileHeaders(claims, size));
  await pipeline(createReadStream(path), response);
}

const refusals = {
  invalid: [403, 'invalid_link', 'Tautan berkas ini tidak valid.', 'This file link is not valid.'],
  expired: [
    403,
    'expired',
    'Tautan berkas ini sudah kedaluwarsa; buka lagi dari halamannya.',
    'This file link has expired; open it again from its page.',
  ],
  missing: [404, 'not_found', 'Berkas tidak ditemukan.', 'The file is not found.'],
} as const satisfies Record<string, readonly [number, string, string, string]>;

/** Answers a file link that opens nothing, in the JSON shape of the server's other errors. */
export function sendOpenRefusal(response: ServerResponse, why: keyof typeof refusals): void {
  const [status, code, id, en] = refusals[why];
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  response.end(JSON.stringify({ error: { code, message: { id, en } } }));
}
