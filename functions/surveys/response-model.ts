import type { Answers } from '#forms/engine/definition.ts';

/** The two questionnaires a program is asked about. */
export const surveyForms = ['impact-questionnaire', 'citizen-survey'] as const;
export type SurveyForm = (typeof surveyForms)[number];

/**
 * One response to a program's questionnaire. It holds the answers and nothing of the person who
 * gave them: no address, no device token. An impact questionnaire entered by OPD staff beside the
 * respondent says so, and who entered it.
 */
export interface SurveyResponse {
  /** Chosen by the page it was answered on, so that a second send of the same answers is one response. */
  responseId: string;
  code: string;
  form: SurveyForm;
  formVersion: number;
  answers: Answers;
  mode: 'respondent' | 'assisted';
  assistedBy?: string;
  at: string;
}

/** The citizen survey's counts for one district (or for responses that named none). */
export interface CitizenTally {
  /** The district's id; `-` for responses that gave none. */
  district: string;
  responses: number;
  aware: number;
  used: number;
  /** Satisfaction is asked of those who used the program: how many answered it, and the sum of their answers. */
  rated: number;
  satisfactionSum: number;
}
