import type { SurveyForm } from '../response-model.ts';

/** Where each questionnaire of a program is answered by the public: short, for a QR code. */
export const publicPathOf = (form: SurveyForm, code: string) =>
  form === 'citizen-survey' ? `/survei/${code}` : `/dampak/${code}`;

/** The poster of a program's citizen survey. */
export const posterPath = (code: string) => `/survei/${code}/poster`;

/** Where OPD staff fill in an impact questionnaire beside its respondent. */
export const assistedPath = (code: string) => `/survei-dampak/${code}/bantuan`;

/** The OPD's page of its programs, and the evaluators' and admins' page of the cycle's survey. */
export const mySurveysPath = '/survei-dampak';
export const adminSurveysPath = '/admin/dampak';
export const publicSummaryPath = (city: string, year: number) => `/ringkasan-survei/${city}/${year}`;
