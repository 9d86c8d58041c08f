import type { FormDefinition } from '#forms/engine/definition.ts';
import { citizenSurveyForm } from '#forms/surveys/citizen-survey.form.ts';
import { impactQuestionnaireForm } from '#forms/surveys/impact-questionnaire.form.ts';
import type { ImpactProgram } from './program-model.ts';
import type { SurveyForm } from './response-model.ts';

/** The questionnaire `form` asks of a program: the citizen survey offers the program's city districts. */
export function surveyDefinition(
  form: SurveyForm,
  program: Pick<ImpactProgram, 'districts'>,
): FormDefinition {
  return form === 'impact-questionnaire' ? impactQuestionnaireForm : citizenSurveyForm(program.districts);
}
