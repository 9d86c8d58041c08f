/**
 * Plain predicates over answer values, shared by the answer schema and the definition checks.
 * @packageDocumentation
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The longest web address a `url` field accepts unless it sets `maxLength`. */
export const DEFAULT_URL_MAX_LENGTH = 2048;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Whether `value` is an absolute http(s) URL with a host, and https unless `allowHttp`. */
export function isWebUrl(value: string, allowHttp: boolean): boolean {
  if (/\s/.test(value)) return false;
  const url = URL.parse(value);
  if (url === null || url.hostname === '') return false;
  return url.protocol === 'https:' || (allowHttp && url.protocol === 'http:');
}

/** Whether a content type is one of `accept`, where `type/*` accepts any subtype. */
export function acceptsContentType(accept: readonly string[], contentType: string): boolean {
  const type = contentType.toLowerCase();
  return accept.some((a) => {
    const pattern = a.toLowerCase();
    return pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern;
  });
}
