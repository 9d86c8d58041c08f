import { describe, expect, it } from 'vitest';
import { contentDisposition } from '#functions/platform/http/content-disposition.ts';

describe('Content-Disposition of a named file', () => {
  it('gives a plain ASCII name as it is, twice', () => {
    expect(contentDisposition('inline', 'laporan-2026.pdf')).toBe(
      `inline; filename="laporan-2026.pdf"; filename*=UTF-8''laporan-2026.pdf`,
    );
  });

  it('drops accents and replaces the rest in the fallback, and keeps the exact name as UTF-8', () => {
    expect(contentDisposition('attachment', 'Café — ½ "kota" \\ 東京.pdf')).toBe(
      'attachment; filename="Cafe _ 1_2 _kota_ _ __.pdf"; ' +
        "filename*=UTF-8''Caf%C3%A9%20%E2%80%94%20%C2%BD%20%22kota%22%20%5C%20%E6%9D%B1%E4%BA%AC.pdf",
    );
  });

  it("encodes the characters RFC 8187 does not allow bare, ' ( ) * among them", () => {
    expect(contentDisposition('inline', "it's (1)*.pdf")).toContain(
      "filename*=UTF-8''it%27s%20%281%29%2A.pdf",
    );
  });

  it('leaves out line breaks and other controls, so the name cannot add a header', () => {
    const value = contentDisposition('inline', 'a\r\nSet-Cookie: x=1\u0000.pdf');
    expect(value).toBe(
      `inline; filename="aSet-Cookie: x=1.pdf"; filename*=UTF-8''aSet-Cookie%3A%20x%3D1.pdf`,
    );
    expect(value).toMatch(/^[\x20-\x7e]+$/);
  });

  it('encodes a name holding a lone surrogate instead of throwing', () => {
    expect(contentDisposition('inline', 'x\ud800.pdf')).toBe(
      `inline; filename="x_.pdf"; filename*=UTF-8''x%EF%BF%BD.pdf`,
    );
  });
});
