import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml } from '#forms/render/html.ts';

export const outboxPath = '/outbox';

interface Outbox {
  list(): string[];
  read(name: string): string;
}

const header = (eml: string, name: string) => {
  const raw = new RegExp(`^${name}: (.*)$`, 'mi').exec(eml)?.[1]?.trim() ?? '';
  const word = /^=\?UTF-8\?B\?(.+)\?=$/i.exec(raw);
  return word?.[1] ? Buffer.from(word[1], 'base64').toString('utf8') : raw;
};

/**
 * `/outbox` on the embedded engine: every email the engine "sent", newest first, and each one
 * as its raw `.eml` at `/outbox/<file>`. The stand-in for the recipients' inboxes.
 */
export function serveOutbox(request: IncomingMessage, response: ServerResponse, outbox: Outbox): void {
  const name = decodeURIComponent((request.url ?? '').slice(outboxPath.length + 1).split('?')[0] ?? '');
  if (name) {
    try {
      response.writeHead(200, {
        'content-type': 'message/rfc822; charset=utf-8',
        'content-disposition': 'inline',
      });
      response.end(outbox.read(name));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Tidak ditemukan / Not found');
    }
    return;
  }
  const rows = outbox
    .list()
    .reverse()
    .map((file) => {
      const eml = outbox.read(file);
      return `<tr><td>${escapeHtml(header(eml, 'Date'))}</td><td>${escapeHtml(header(eml, 'To'))}</td><td><a href="${outboxPath}/${encodeURIComponent(file)}">${escapeHtml(header(eml, 'Subject'))}</a></td></tr>`;
    })
    .join('');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kotak keluar · Outbox · Siklus</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ccc}</style></head>
<body><h1>Kotak keluar <span lang="en">(Outbox)</span></h1><p>Email yang dikirim mesin lokal. <span lang="en">Emails the local engine sent.</span></p>
<table><thead><tr><th scope="col">Waktu / Date</th><th scope="col">Kepada / To</th><th scope="col">Subjek / Subject</th></tr></thead><tbody>${rows}</tbody></table></body></html>`);
}
