import { randomBytes } from 'node:crypto';
import type { FormError } from '#forms/engine/messages.ts';
import { formDataToAnswers } from '#forms/render/form-data.ts';
import { renderForm } from '#forms/render/render-form.ts';
import { DomainError } from '#functions/platform/errors/domain-errors.ts';
import { html, raw } from '#functions/platform/html/html.ts';
import { csrfCookie, deviceCookie, readCookie, setCookie } from '#functions/platform/http/cookies.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { postedFields } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import type { StoredProgram } from '../program-model.ts';
import { recordPublicResponse } from '../record-response.ts';
import type { SurveyForm } from '../response-model.ts';
import { surveyDefinition } from '../survey-forms.ts';
import { deviceTokenPattern, honeypotField, programCodePattern } from '../survey-limits.ts';
import { surveyRefusals } from '../survey-refusals.ts';
import { closingOf } from '../survey-window.ts';
import type { SurveyRequest } from './deps.ts';
import { invalidAnswersOf } from './invalid-answers.ts';
import { publicPathOf } from './survey-paths.ts';
import { surveyTexts as t } from './survey-texts.ts';

/** A year: a phone keeps answering as the same device for a whole cycle. */
const deviceCookieSeconds = 365 * 24 * 3600;
/** A month: answers kept offline for days still carry a token the check accepts. */
const csrfCookieSeconds = 30 * 24 * 3600;
const newResponseId = () => randomBytes(16).toString('base64url');

/** The program the path names, for anyone: an unknown or malformed code is simply not found. */
export async function programOf(request: SurveyRequest): Promise<StoredProgram> {
  const code = request.params.code ?? '';
  const program = programCodePattern.test(code) ? await request.deps.surveys.program(code) : undefined;
  if (!program) throw surveyRefusals.programNotFound();
  return program;
}

/** The page's cookies: the device's token and the form's double-submit token, each kept if already set. */
function surveyCookies(request: SurveyRequest) {
  const device = readCookie(request.event.cookies, deviceCookie);
  const csrf = readCookie(request.event.cookies, csrfCookie);
  const token = device && deviceTokenPattern.test(device) ? device : randomBytes(32).toString('base64url');
  const form = csrf && /^[A-Za-z0-9_-]{16,64}$/.test(csrf) ? csrf : randomBytes(24).toString('base64url');
  return {
    csrf: form,
    cookies: [
      setCookie(deviceCookie, token, { maxAgeSeconds: deviceCookieSeconds }),
      setCookie(csrfCookie, form, { maxAgeSeconds: csrfCookieSeconds }),
    ],
  };
}

interface View {
  answers?: unknown;
  errors?: readonly FormError[];
  responseId?: string;
  status?: number;
}

/** The questionnaire of a program as the public sees it: the program's name and the form, nothing else. */
function surveyView(request: SurveyRequest, form: SurveyForm, program: StoredProgram, view: View = {}) {
  const { lang } = request;
  const path = publicPathOf(form, program.code);
  const { csrf, cookies } = surveyCookies(request);
  const definition = surveyDefinition(form, program);
  const honeypot = html`<div class="honeypot" aria-hidden="true"><label for="${honeypotField}">${t.honeypot[lang]}</label><input type="text" id="${honeypotField}" name="${honeypotField}" tabindex="-1" autocomplete="off"></div>`;
  const rendered = renderForm(definition, {
    lang,
    answers: view.answers ?? {},
    errors: view.errors ?? [],
    action: path,
    csrfToken: csrf,
    hiddenInputs: { responseId: view.responseId ?? newResponseId() },
    sendLabel: t.send[lang],
    before: honeypot,
  });
  const intro = form === 'citizen-survey' ? t.citizenIntro : t.impactIntro;
  const body = html`<h1>${program.name}</h1>
<p class="hint">${program.opdName} · ${definition.title[lang]} ${String(program.year)}</p>
<p>${intro[lang]}</p>
<p id="survey-status" role="status" aria-live="polite"></p>
${raw(rendered)}
<p class="hint">${t.privacy[lang]}</p>`;
  return page(
    request,
    view.status ?? 200,
    layout({
      site: request.deps.site,
      lang,
      title: `${program.name} · ${definition.title[lang]}`,
      body,
      path,
      scripts: ['visibility', 'survey-queue'],
    }),
    cookies,
  );
}

/** The page of a questionnaire that has closed, said plainly with nothing to fill; none while it is open. */
async function closedPage(request: SurveyRequest, program: StoredProgram, form: SurveyForm) {
  const closes = await closingOf(request.deps, program, form);
  if (request.deps.clock.now().toISOString() <= closes.at) return undefined;
  const date = formatLongDate(closes.date, request.lang);
  return messagePage(request, 410, t.closedTitle, surveyRefusals.closed(date).messages);
}

/** `GET /survei/{code}` and `GET /dampak/{code}`: the questionnaire, for anyone with the link. */
export const surveyPage =
  (form: SurveyForm) =>
  async (request: SurveyRequest): Promise<HttpResult> => {
    const program = await programOf(request);
    return (await closedPage(request, program, form)) ?? surveyView(request, form, program);
  };

/**
 * `POST /survei/{code}` and `POST /dampak/{code}` (bodies over 4 KB refused by the route, before
 * they are read): records the response, once; answers with the thanks (also for the same response
 * sent again, and, as a 409, to a device that answered already), the form with its errors beside
 * each field, or the refusal in words the page's script shows as they are.
 */
export const surveyPost =
  (form: SurveyForm) =>
  async (request: SurveyRequest): Promise<HttpResult> => {
    const program = await programOf(request);
    const closed = await closedPage(request, program, form);
    if (closed) return closed;
    const fields = postedFields(request);
    const { answers } = formDataToAnswers(surveyDefinition(form, program), fields);
    const responseId = fields.get('responseId');
    try {
      const recorded = await recordPublicResponse(
        request.deps,
        { code: program.code, form, answers, responseId, honeypot: fields.get(honeypotField) },
        {
          device: readCookie(request.event.cookies, deviceCookie),
          address: request.event.requestContext.http.sourceIp,
        },
      );
      return messagePage(request, 200, t.thanksTitle, recorded.replayed ? t.thanksAgain : t.thanks);
    } catch (error) {
      const errors = invalidAnswersOf(error);
      if (errors && responseId)
        return surveyView(request, form, program, { answers, errors, responseId, status: 400 });
      // A phone that answered already is thanked, and told so; not shown an error.
      if (error instanceof DomainError && error.code === 'already_answered')
        return messagePage(request, 409, t.thanksTitle, error.messages);
      throw error;
    }
  };
