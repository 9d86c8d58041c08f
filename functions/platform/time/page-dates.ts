import type { Lang } from '#functions/platform/web/request.ts';

const formats = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }),
};

/** A moment as people in Kota Jambi read it: local time (WIB), e.g. "17 Agustus 2026 pukul 09.30 WIB". */
export function formatWib(iso: string, lang: Lang): string {
  return `${formats[lang].format(new Date(iso))} WIB`;
}
