import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import { phaseOf } from '#functions/obligations/define-kind.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { impactPhase } from '../impact-kind.ts';
import { impactSettingsOf, impactSlots, slotLabel } from '../impact-settings.ts';
import { candidatesFor, programCandidates } from '../program-candidates.ts';
import type { ImpactPlan } from '../program-model.ts';
import { surveyRefusals } from '../survey-refusals.ts';
import { surveyResults } from '../survey-results.ts';
import { assertReader, chooseAsRunner, runsSurvey, setPublicSummary } from '../survey-scope.ts';
import type { SurveyRequest } from './deps.ts';
import { citizenTable, score } from './results-view.ts';
import { adminSurveysPath, posterPath, publicPathOf, publicSummaryPath } from './survey-paths.ts';
import { surveyTexts as t } from './survey-texts.ts';

/** The city's current cycle, which the page works on. */
async function currentCycle(request: SurveyRequest, city: string) {
  const year = (await request.deps.directory.getCity(city))?.currentYear;
  const cycle = year === undefined ? undefined : await request.deps.cycles.getCycle(city, year);
  if (!cycle) throw surveyRefusals.noCycle(year ?? request.deps.clock.now().getUTCFullYear());
  return cycle;
}

/** The form that chooses the programs: a select per slot of the sample, the most used innovation first. */
async function chooseForm(
  request: SurveyRequest,
  city: string,
  cycle: Awaited<ReturnType<typeof currentCycle>>,
) {
  const { lang } = request;
  const settings = impactSettingsOf(cycle);
  const { candidates } = await programCandidates(request.deps, city, cycle.year, cycle.calendar.timeZone);
  const fields = impactSlots(settings).map((slot) => {
    const fitting = candidatesFor(slot, candidates);
    const id = `slot-${slot.slot.replace('.', '-')}`;
    if (fitting.length === 0)
      return html`<div class="field"><span class="label">${slot.label[lang]}</span><p class="hint">${t.noCandidate[lang]}</p></div>`;
    const options = fitting.map(
      (c, i) =>
        html`<option value="${c.submissionId}"${i === 0 ? html` selected` : ''}>${c.name} · ${c.opdName}</option>`,
    );
    return html`<div class="field"><label for="${id}">${slot.label[lang]}</label><select id="${id}" name="slot.${slot.slot}"><option value="">${t.leaveEmpty[lang]}</option>${options}</select></div>`;
  });
  const sample = `${settings.programsPer === 'dimension' ? t.perDimension[lang] : t.perSubDimension[lang]}; ${settings.respondents} ${
    settings.respondentsPer === 'program' ? t.respondentsPerProgram[lang] : t.respondentsPerDimension[lang]
  }`;
  return html`<p>${t.chooseIntro[lang]}</p>
<p><strong>${t.sample[lang]}:</strong> ${sample}</p>
<form method="post" action="${adminSurveysPath}/program" class="form">
<input type="hidden" name="_csrf" value="${request.session?.value.csrf ?? ''}">
<fieldset class="form-section"><legend>${t.program[lang]}</legend>${fields}</fieldset>
<div class="form-actions"><button type="submit" class="button-primary">${t.choose[lang]}</button></div>
</form>`;
}

function dimensionScores(
  plan: ImpactPlan,
  scores: Awaited<ReturnType<typeof surveyResults>>['scores'],
  lang: Lang,
) {
  const rows = smartCityDimensions.map(
    (d) =>
      html`<tr><th scope="row">${d.label[lang]}</th><td>${score(scores.dimensions[d.id], lang)}</td></tr>`,
  );
  return html`<table class="scores"><caption>${t.scoresTitle[lang]} · ${String(plan.year)}</caption>
<thead><tr><th scope="col">${t.slot[lang]}</th><th scope="col">${t.impactScore[lang]}</th></tr></thead>
<tbody>${rows}<tr><th scope="row">${t.cityImpact[lang]}</th><td><strong>${score(scores.city, lang)}</strong></td></tr></tbody></table>`;
}

/**
 * `GET /admin/dampak`: the cycle's impact survey for evaluators and admins. Before the programs
 * are chosen, the form that chooses them (to an admin or the lead evaluator); after, each
 * program with its questionnaires collected, its score and citizen survey by district, the scores
 * by dimension and of the city, and the switch of the public summary.
 */
export async function adminSurveysPage(request: SurveyRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  assertReader(identity);
  const { lang } = request;
  const cycle = await currentCycle(request, identity.city);
  const plan = await request.deps.surveys.plan(identity.city, cycle.year);
  const runner = await runsSurvey(request.deps, identity);
  let content: Html | string;
  if (!plan) {
    content = !phaseOf(cycle, impactPhase)
      ? html`<p>${surveyRefusals.noPhase().messages[lang]}</p>`
      : runner
        ? await chooseForm(request, identity.city, cycle)
        : html`<p>${t.noPrograms[lang]}</p>`;
  } else {
    const results = await surveyResults(request.deps, plan);
    const rows = results.programs.map(
      ({ program }) =>
        html`<tr><th scope="row">${program.name}<span class="hint"> · ${program.opdName}</span></th><td>${slotLabel(program.slot)?.[lang] ?? program.slot}</td><td data-collected="${program.code}">${String(program.responses)} ${texts.of[lang]} ${String(program.required)}</td><td>${score(results.scores.programs[program.code], lang)}</td><td><a href="${publicPathOf('citizen-survey', program.code)}">${t.citizenLink[lang]}</a> · <a href="${posterPath(program.code)}">${t.poster[lang]}</a></td></tr>`,
    );
    const toggle = runner
      ? html`<form method="post" action="${adminSurveysPath}/ringkasan"><input type="hidden" name="_csrf" value="${request.session?.value.csrf ?? ''}"><input type="hidden" name="open" value="${plan.publicSummary ? 'false' : 'true'}"><button type="submit" class="button-secondary">${plan.publicSummary ? t.closeSummary[lang] : t.openSummary[lang]}</button></form>`
      : '';
    content = html`<p class="hint">${t.chosenBy[lang]}: ${plan.chosenBy} · ${plan.chosenAt.slice(0, 10)}</p>
<table class="scores"><thead><tr><th scope="col">${t.program[lang]}</th><th scope="col">${t.slot[lang]}</th><th scope="col">${t.responses[lang]}</th><th scope="col">${t.impactScore[lang]}</th><th scope="col"><span class="visually-hidden">${t.citizenLink[lang]}</span></th></tr></thead><tbody>${rows}</tbody></table>
${dimensionScores(plan, results.scores, lang)}
<h2>${t.citizensTitle[lang]}</h2>
${results.programs.map((result) => citizenTable(result, lang))}
<h2>${t.publicSummary[lang]}</h2>
<p>${plan.publicSummary ? html`${t.summaryOpen[lang]}: <a href="${publicSummaryPath(plan.city, plan.year)}">${publicSummaryPath(plan.city, plan.year)}</a>` : t.summaryClosed[lang]}</p>
${toggle}`;
  }
  const body = html`<h1>${t.adminTitle[lang]} ${String(cycle.year)}</h1>${content}`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: t.adminTitle[lang],
      body,
      path: adminSurveysPath,
      session: request.session?.value,
    }),
  );
}

/** `POST /admin/dampak/program`: chooses the programs from the form's `slot.<slot>` selects; empty ones are left out. */
export async function choosePage(request: SurveyRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const cycle = await currentCycle(request, identity.city);
  const programs = [...postedFields(request)]
    .filter(([name, value]) => name.startsWith('slot.') && value !== '')
    .map(([name, value]) => ({ slot: name.slice('slot.'.length), submissionId: value }));
  await chooseAsRunner(request.deps, identity, cycle.year, { programs });
  return redirect(adminSurveysPath);
}

/** `POST /admin/dampak/ringkasan`: opens (`open=true`) or closes the public summary. */
export async function summaryPage(request: SurveyRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const cycle = await currentCycle(request, identity.city);
  const open = postedFields(request).get('open');
  await setPublicSummary(request.deps, identity, cycle.year, {
    open: open === 'true' ? true : open === 'false' ? false : open,
  });
  return redirect(adminSurveysPath);
}
