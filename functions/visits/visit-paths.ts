/** The visits' pages: the list of the caller's visits, and one visit. */
export const visitsPath = '/kunjungan';
export const visitPath = (year: number, opd: string) => `${visitsPath}/${year}/${encodeURIComponent(opd)}`;
