import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { page } from '#functions/platform/web/responses.ts';
import { publicCitizenSummary } from '../citizen-summary.ts';
import { surveyRefusals } from '../survey-refusals.ts';
import { surveyResults } from '../survey-results.ts';
import type { SurveyRequest } from './deps.ts';
import { citizenTable } from './results-view.ts';
import { publicSummaryPath } from './survey-paths.ts';
import { surveyTexts as t } from './survey-texts.ts';

/**
 * `GET /ringkasan-survei/{city}/{year}`: the citizen survey's counts per program and district,
 * for anyone, once an admin or the lead evaluator opened it; not found before. Counts only, and
 * none small enough to tell who answered (`publicCitizenSummary`): no response, person or OPD
 * figure beyond the programs' names is shown.
 */
export async function publicSummaryPage(request: SurveyRequest): Promise<HttpResult> {
  const city = request.params.city ?? '';
  const year = Number(request.params.year);
  const valid = /^[a-z0-9][a-z0-9-]{0,62}$/.test(city) && /^20\d{2}$/.test(request.params.year ?? '');
  const plan = valid ? await request.deps.surveys.plan(city, year) : undefined;
  if (!plan?.publicSummary) throw surveyRefusals.planNotFound();
  const { lang } = request;
  const cityName = (await request.deps.directory.getCity(city))?.name ?? city;
  const results = await surveyResults(request.deps, plan);
  const body = html`<h1>${t.publicSummary[lang]} · ${cityName} ${String(year)}</h1>
<p>${t.summaryIntro[lang]}</p>
${results.programs.map(
  (result) =>
    html`<h2>${result.program.name}</h2>${citizenTable({ ...result, citizens: publicCitizenSummary(result.citizens) }, lang)}`,
)}
<p class="hint">${t.fewerNote[lang]}</p>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: t.publicSummary[lang],
      body,
      path: publicSummaryPath(city, year),
      session: request.session?.value,
    }),
  );
}
