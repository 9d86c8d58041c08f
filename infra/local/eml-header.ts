/**
 * One header of a message the engine wrote, unfolded (RFC 5322 §2.2.3) and with its RFC 2047
 * encoded words decoded: what a mail program shows. For the outbox page and tests that read it.
 */
export function emlHeader(eml: string, field: string): string {
  const end = eml.indexOf('\r\n\r\n');
  const unfolded = (end === -1 ? eml : eml.slice(0, end)).replace(/\r\n(?=[ \t])/g, '');
  const raw = new RegExp(`^${field}: (.*)$`, 'mi').exec(unfolded)?.[1]?.trim() ?? '';
  return raw
    .replace(/(\?=)[ \t]+(?==\?)/g, '$1')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}
