import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { validateAnswers } from '#forms/engine/validate.ts';
import { impactItems, impactQuestionnaireForm } from '#forms/surveys/impact-questionnaire.form.ts';
import type { SubmissionLinkDeps } from '#functions/obligations/record-submission.ts';
import type { Identity } from '#functions/platform/identity/identity.ts';
import { hasRole } from '#functions/platform/identity/identity.ts';
import type { LinkSigner } from '#functions/platform/identity/signed-links.ts';
import type { Clock } from '#functions/platform/ports/clock.ts';
import { completeIfCollected } from './complete-survey.ts';
import type { StoredProgram } from './program-model.ts';
import type { SurveyForm, SurveyResponse } from './response-model.ts';
import type { ResponseLimit, ResponseWrite, SurveyStore } from './stores.ts';
import { surveyDefinition } from './survey-forms.ts';
import {
  addressWindowSeconds,
  deviceTokenPattern,
  programCodePattern,
  programWindowSeconds,
  responseIdPattern,
  responsesPerAddress,
  responsesPerProgram,
} from './survey-limits.ts';
import { surveyRefusals } from './survey-refusals.ts';
import { closingOf } from './survey-window.ts';

/** What recording a response reads and writes. */
export interface RespondDeps {
  surveys: SurveyStore;
  links: Pick<LinkSigner, 'keyedHash'>;
  clock: Clock;
  /** Records the OPD's impact survey obligation as answered once its programs have their responses. */
  obligationDeps: SubmissionLinkDeps;
}

/** One response as a page read it: the answers already taken from the form, and what came with them. */
export interface ResponseInput {
  code: string;
  form: SurveyForm;
  answers: unknown;
  /** Chosen by the page the form was shown on. */
  responseId: string | null | undefined;
  /** The honeypot field's value: anything but empty is a script. */
  honeypot: string | null | undefined;
}

/** Where a public response comes from: the device's token (its cookie) and the network address. */
export interface PublicOrigin {
  device: string | undefined;
  address: string;
}

/** The response recorded (or found again, for a second send of the same one) and its program. */
export interface RecordedResponse {
  response: SurveyResponse;
  program: StoredProgram;
  replayed: boolean;
}

/** Assisted responses one staff member may enter in an hour: a morning beside respondents, not a script. */
const assistedPerHour = 200;

/**
 * Records a citizen's or beneficiary's response from the public page: one per device, program and
 * form (the device's random token kept only as its hash); within the limits of the network address
 * (kept only as a keyed hash of the day, in a counter that expires) and of the program's
 * questionnaire; never one with a filled honeypot, without the page's response id or device token,
 * after the survey closed, or with answers the form refuses. A refused response writes nothing; the
 * same response sent twice is recorded once, and the second send is answered as the first.
 * @throws DomainError for each refusal (not found, closed, not accepted, already answered, too many, invalid answers).
 */
export async function recordPublicResponse(
  deps: RespondDeps,
  input: ResponseInput,
  origin: PublicOrigin,
): Promise<RecordedResponse> {
  if (!origin.device || !deviceTokenPattern.test(origin.device)) throw surveyRefusals.notAccepted();
  // The token is random: its plain hash says nothing of anyone, and stays the same whatever keys rotate.
  const device = createHash('sha256').update(`survey-device#${origin.device}`).digest('base64url');
  // An address is not random: it is hashed under a key of the day (UTC, as the hourly windows are).
  const day = deps.clock.now().toISOString().slice(0, 10);
  const address = await deps.links.keyedHash(`survey-address#${day}`, origin.address);
  return record(deps, input, { mode: 'respondent' }, device, [
    { key: `survey-address#${address}`, limit: responsesPerAddress, windowSeconds: addressWindowSeconds },
    // Each questionnaire its own: a flood of the public poster never uses up the OPD's questionnaires.
    {
      key: `survey-program#${input.code}#${input.form}`,
      limit: responsesPerProgram,
      windowSeconds: programWindowSeconds,
    },
  ]);
}

/**
 * Records an impact questionnaire that OPD staff entered beside its respondent: only staff of the
 * program's OPD, recorded as assisted and by whom; any number from one device, within an hourly
 * limit per person.
 * @throws DomainError as {@link recordPublicResponse}, and not found for anyone else.
 */
export async function recordAssistedResponse(
  deps: RespondDeps,
  input: ResponseInput,
  identity: Identity,
): Promise<RecordedResponse> {
  const program = await deps.surveys.program(input.code);
  if (!program || !staffOf(identity, program)) throw surveyRefusals.programNotFound();
  return record(deps, input, { mode: 'assisted', assistedBy: identity.subject }, undefined, [
    {
      key: `survey-assisted#${identity.city}#${identity.subject}`,
      limit: assistedPerHour,
      windowSeconds: 3600,
    },
  ]);
}

/** True when `identity` works at the program's OPD: its operators and its head. */
export const staffOf = (identity: Identity, program: Pick<StoredProgram, 'city' | 'opd'>): boolean =>
  identity.city === program.city &&
  identity.opd === program.opd &&
  hasRole(identity, 'opd-operator', 'opd-head');

async function record(
  deps: RespondDeps,
  input: ResponseInput,
  mode: Pick<SurveyResponse, 'mode' | 'assistedBy'>,
  device: string | undefined,
  limits: readonly ResponseLimit[],
): Promise<RecordedResponse> {
  if (!programCodePattern.test(input.code)) throw surveyRefusals.programNotFound();
  const program = await deps.surveys.program(input.code);
  if (!program) throw surveyRefusals.programNotFound();
  if (input.honeypot) throw surveyRefusals.notAccepted();
  if (!input.responseId || !responseIdPattern.test(input.responseId)) throw surveyRefusals.notAccepted();
  const now = deps.clock.now();
  const closes = await closingOf(deps, program, input.form);
  if (now.toISOString() > closes.at) throw surveyRefusals.closed(closes.date);
  const definition = surveyDefinition(input.form, program);
  const checked = validateAnswers(definition, input.answers);
  if (!checked.ok) throw surveyRefusals.answers(checked.errors);
  const response: SurveyResponse = {
    responseId: input.responseId,
    code: program.code,
    form: input.form,
    formVersion: definition.version,
    answers: checked.value,
    ...mode,
    at: now.toISOString(),
  };
  const outcome = await deps.surveys.record({
    response,
    ...(device === undefined ? {} : { device }),
    limits,
    adds: addsOf(response),
  });
  if (outcome === 'unknown') throw surveyRefusals.programNotFound();
  if (outcome === 'device') throw surveyRefusals.alreadyAnswered();
  if (outcome === 'limit') throw surveyRefusals.tooMany();
  if (outcome === 'replay') {
    const first = await deps.surveys.response(program.code, input.form, input.responseId);
    // The same id for other answers, or entered another way, is not this response again.
    if (!first || !sameResponse(first, response)) throw surveyRefusals.notAccepted();
    // A first send whose completion failed after it was stored completes on its second.
    if (input.form === impactQuestionnaireForm.id) await completeIfCollected(deps, program);
    return { response: first, program, replayed: true };
  }
  if (input.form === impactQuestionnaireForm.id) await completeIfCollected(deps, program);
  return { response, program, replayed: false };
}

/** True when `again` says what `first` said, the same way: a second send of it (key order aside). */
const sameResponse = (first: SurveyResponse, again: SurveyResponse): boolean =>
  first.mode === again.mode &&
  first.assistedBy === again.assistedBy &&
  first.formVersion === again.formVersion &&
  isDeepStrictEqual(first.answers, again.answers);

/** What a response adds to its program's counts. */
function addsOf(response: SurveyResponse): ResponseWrite['adds'] {
  const { answers } = response;
  if (response.form === 'impact-questionnaire')
    return {
      form: response.form,
      items: Object.fromEntries(impactItems.map((item) => [item, Number(answers[item])])),
      assisted: response.mode === 'assisted',
    };
  return {
    form: response.form,
    district: typeof answers.district === 'string' ? answers.district : '-',
    aware: answers.experience === 'aware' || answers.experience === 'used',
    used: answers.experience === 'used',
    // Satisfaction counts from those who used the program only, whatever others answered.
    ...(answers.experience === 'used' && typeof answers.satisfaction === 'number'
      ? { satisfaction: answers.satisfaction }
      : {}),
  };
}
