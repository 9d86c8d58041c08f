import { html, raw } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { page } from '#functions/platform/web/responses.ts';
import { qrSvg } from '../qr-code.ts';
import type { SurveyForm } from '../response-model.ts';
import type { SurveyRequest } from './deps.ts';
import { programOf } from './public-survey-page.ts';
import { posterPath, publicPathOf } from './survey-paths.ts';
import { surveyTexts as t } from './survey-texts.ts';

/** The absolute address of a program's questionnaire, as its QR code holds it. */
const addressOf = (request: SurveyRequest, form: SurveyForm, code: string) =>
  `${request.deps.baseUrl}${publicPathOf(form, code)}`;

/**
 * `GET /survei/{code}/poster`: the citizen survey's poster, to print on A4 and put up where the
 * program serves people: the program's name, the question in plain Indonesian, the QR code and
 * the address for those who type it. Public, like the survey it points to.
 */
export async function posterPage(request: SurveyRequest): Promise<HttpResult> {
  const program = await programOf(request);
  const { lang } = request;
  const address = addressOf(request, 'citizen-survey', program.code);
  const qr = await qrSvg(address, `${t.qrOf[lang]}: ${address}`);
  const body = html`<div class="poster">
<p class="hint">${program.opdName} · Smart City ${String(program.year)}</p>
<h1>${program.name}</h1>
<p class="question">${t.posterQuestion[lang]}</p>
${raw(qr)}
<p>${t.posterHow[lang]}</p>
<p class="address">${address}</p>
</div>
<p class="hint no-print">${t.printHint[lang]}</p>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: `${program.name} · Poster`,
      body,
      path: posterPath(program.code),
    }),
  );
}

/** `GET /survei/{code}/qr.svg` and `GET /dampak/{code}/qr.svg`: the QR code alone, as an image to place anywhere. */
export const qrImage =
  (form: SurveyForm) =>
  async (request: SurveyRequest): Promise<HttpResult> => {
    const program = await programOf(request);
    const address = addressOf(request, form, program.code);
    return {
      statusCode: 200,
      headers: {
        'content-type': 'image/svg+xml; charset=utf-8',
        'cache-control': 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      },
      body: await qrSvg(address, `${t.qrOf[request.lang]}: ${address}`),
    };
  };
