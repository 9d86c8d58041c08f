import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import { adminSurveysPage, choosePage, summaryPage } from './admin-surveys-page.ts';
import type { SurveyPageDeps } from './deps.ts';
import { assistedPage, assistedPost, mySurveysPage } from './my-surveys-page.ts';
import { posterPage, qrImage } from './poster-page.ts';
import { publicSummaryPage } from './public-summary-page.ts';
import { surveyPage, surveyPost } from './public-survey-page.ts';

/** The pages of the surveys part, by the operation its routes name. */
export const pages: Record<string, PageHandler<SurveyPageDeps>> = {
  citizenSurvey: surveyPage('citizen-survey'),
  answerCitizenSurvey: surveyPost('citizen-survey'),
  impactQuestionnaire: surveyPage('impact-questionnaire'),
  answerImpactQuestionnaire: surveyPost('impact-questionnaire'),
  citizenSurveyPoster: posterPage,
  citizenSurveyQr: qrImage('citizen-survey'),
  impactQuestionnaireQr: qrImage('impact-questionnaire'),
  mySurveys: mySurveysPage,
  assistedQuestionnaire: assistedPage,
  answerAssisted: assistedPost,
  impactSurvey: adminSurveysPage,
  choosePrograms: choosePage,
  switchPublicSummary: summaryPage,
  publicSurveySummary: publicSummaryPage,
};
