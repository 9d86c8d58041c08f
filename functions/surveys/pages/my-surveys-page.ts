import { randomBytes } from 'node:crypto';
import type { FormError } from '#forms/engine/messages.ts';
import { formDataToAnswers } from '#forms/render/form-data.ts';
import { renderForm } from '#forms/render/render-form.ts';
import { impactQuestionnaireForm } from '#forms/surveys/impact-questionnaire.form.ts';
import { html, raw } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { slotLabel } from '../impact-settings.ts';
import type { StoredProgram } from '../program-model.ts';
import { qrSvg } from '../qr-code.ts';
import { recordAssistedResponse, staffOf } from '../record-response.ts';
import { honeypotField } from '../survey-limits.ts';
import { surveyRefusals } from '../survey-refusals.ts';
import type { SurveyRequest } from './deps.ts';
import { invalidAnswersOf } from './invalid-answers.ts';
import { programOf } from './public-survey-page.ts';
import { adminSurveysPath, assistedPath, mySurveysPath, posterPath, publicPathOf } from './survey-paths.ts';
import { surveyTexts as t } from './survey-texts.ts';

/** The programs of the caller's OPD in its city's current cycle, with their counts. */
async function myPrograms(request: SurveyRequest, city: string, opd: string): Promise<StoredProgram[]> {
  const year = (await request.deps.directory.getCity(city))?.currentYear;
  const plan = year === undefined ? undefined : await request.deps.surveys.plan(city, year);
  const mine = plan?.programs.filter((program) => program.opd === opd) ?? [];
  return request.deps.surveys.programs(mine.map((program) => program.code));
}

/** `x of y`, as the to-do list says it. */
export const collectedOf = (program: Pick<StoredProgram, 'responses' | 'required'>, lang: 'id' | 'en') =>
  `${program.responses} ${texts.of[lang]} ${program.required}`;

/**
 * `GET /survei-dampak`: the OPD's programs chosen for the impact survey, each with how many
 * questionnaires it has of those it needs, its links and QR codes, its poster, and the way to fill
 * one in beside a respondent. Evaluators and admins go to the cycle's survey.
 */
export async function mySurveysPage(request: SurveyRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  if (!identity.opd) return redirect(adminSurveysPath);
  const { lang } = request;
  const programs = await myPrograms(request, identity.city, identity.opd);
  const cards = await Promise.all(
    programs.map(async (program) => {
      const impact = `${request.deps.baseUrl}${publicPathOf('impact-questionnaire', program.code)}`;
      const citizen = `${request.deps.baseUrl}${publicPathOf('citizen-survey', program.code)}`;
      const qr = await qrSvg(impact, `${t.qrOf[lang]}: ${impact}`);
      const assisted =
        program.assisted > 0 ? html` (${String(program.assisted)} ${t.assistedCount[lang]})` : '';
      return html`<li class="card"><h2>${program.name}</h2>
<p class="hint">${slotLabel(program.slot)?.[lang] ?? program.slot}</p>
<p><strong>${t.collected[lang]}:</strong> <span data-collected>${collectedOf(program, lang)}</span>${assisted}</p>
<p><a class="button" href="${assistedPath(program.code)}">${t.assistedTitle[lang]}</a></p>
<p>${t.impactLink[lang]}: <a href="${impact}">${impact}</a></p>
${raw(qr)}
<p>${t.citizenLink[lang]}: <a href="${citizen}">${citizen}</a> · <a href="${posterPath(program.code)}">${t.poster[lang]}</a></p>
</li>`;
    }),
  );
  const body = html`<h1>${t.myTitle[lang]}</h1>
<p>${programs.length > 0 ? t.myIntro[lang] : t.noPrograms[lang]}</p>
<ul class="plain-list">${cards}</ul>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: t.myTitle[lang],
      body,
      path: mySurveysPath,
      session: request.session?.value,
    }),
  );
}

/** The program of the path, for staff of its OPD only: to anyone else it does not exist. */
async function staffProgram(request: SurveyRequest) {
  const { identity } = requireSession(request);
  const program = await programOf(request);
  if (!staffOf(identity, program)) throw surveyRefusals.programNotFound();
  return { identity, program };
}

function assistedView(
  request: SurveyRequest,
  program: StoredProgram,
  view: {
    answers?: unknown;
    errors?: readonly FormError[];
    responseId?: string;
    status?: number;
    sent?: boolean;
  },
) {
  const { lang } = request;
  const session = request.session?.value;
  const rendered = renderForm(impactQuestionnaireForm, {
    lang,
    answers: view.answers ?? {},
    errors: view.errors ?? [],
    action: assistedPath(program.code),
    csrfToken: session?.csrf ?? '',
    hiddenInputs: { responseId: view.responseId ?? randomBytes(16).toString('base64url') },
    sendLabel: t.send[lang],
  });
  const body = html`<h1>${t.assistedTitle[lang]}</h1>
<p class="hint">${program.name} · <span data-collected>${t.collected[lang]}: ${collectedOf(program, lang)}</span></p>
${view.sent ? html`<p class="notice notice--success" role="status">${t.assistedSent[lang]}</p>` : ''}
<p class="notice notice--warning">${t.assistedRule[lang]}</p>
<p id="survey-status" role="status" aria-live="polite"></p>
${raw(rendered)}
<p><a href="${mySurveysPath}">${t.myTitle[lang]}</a></p>`;
  return page(
    request,
    view.status ?? 200,
    layout({
      site: request.deps.site,
      lang,
      title: `${t.assistedTitle[lang]} · ${program.name}`,
      body,
      path: assistedPath(program.code),
      session,
      scripts: ['visibility'],
    }),
  );
}

/** `GET /survei-dampak/{code}/bantuan`: the impact questionnaire, for OPD staff to fill in beside its respondent. */
export async function assistedPage(request: SurveyRequest): Promise<HttpResult> {
  const { program } = await staffProgram(request);
  return assistedView(request, program, { sent: request.query.get('terkirim') === '1' });
}

/** `POST /survei-dampak/{code}/bantuan`: records it as assisted, by the signed-in staff member; then a fresh form. */
export async function assistedPost(request: SurveyRequest): Promise<HttpResult> {
  const { identity, program } = await staffProgram(request);
  const fields = postedFields(request);
  const { answers } = formDataToAnswers(impactQuestionnaireForm, fields);
  const responseId = fields.get('responseId');
  try {
    await recordAssistedResponse(
      request.deps,
      {
        code: program.code,
        form: 'impact-questionnaire',
        answers,
        responseId,
        honeypot: fields.get(honeypotField),
      },
      identity,
    );
    return redirect(`${assistedPath(program.code)}?terkirim=1`);
  } catch (error) {
    const errors = invalidAnswersOf(error);
    if (errors && responseId)
      return assistedView(request, program, { answers, errors, responseId, status: 400 });
    throw error;
  }
}
