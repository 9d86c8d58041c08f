import { mitigationTypes, riskCategories } from '#forms/risks/risk-register-form.ts';
import { phaseOf } from '#functions/obligations/define-kind.ts';
import { DomainError, type FieldError } from '#functions/platform/errors/domain-errors.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { errorSummary, labelledField, type RefusedPost } from '#functions/platform/web/refused-form.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { programCandidates } from '#functions/surveys/program-candidates.ts';
import { heatMapCells, heatMapSvg, heatMapTable } from '../heat-map.ts';
import type { RiskPlan } from '../plan-model.ts';
import { optionLabel } from '../register-rows.ts';
import { type OpdRegister, type RegisterRisk, registersOf } from '../registers.ts';
import { mayReview, reviewRegister } from '../review-register.ts';
import { riskPhase } from '../risk-kind.ts';
import { riskRefusals } from '../risk-refusals.ts';
import { assertRiskReader, chooseQuickWinsAs, choosesQuickWins } from '../risk-scope.ts';
import type { RiskRequest } from './deps.ts';
import { adminRisksPath, chooseQuickWinsPath, registerFilePath, reviewPathOf } from './risk-paths.ts';
import { riskTexts as t } from './risk-texts.ts';

/** The city's current cycle, which the page works on. */
async function currentCycle(request: RiskRequest, city: string) {
  const year = (await request.deps.directory.getCity(city))?.currentYear;
  const cycle = year === undefined ? undefined : await request.deps.cycles.getCycle(city, year);
  if (!cycle) throw riskRefusals.noCycle(year ?? request.deps.clock.now().getUTCFullYear());
  return cycle;
}

const csrfField = (request: RiskRequest) =>
  html`<input type="hidden" name="_csrf" value="${request.session?.value.csrf ?? ''}">`;

/** A post of the page refused: the choice of quick wins, or the review of one OPD's register. */
type RefusedRiskPost = RefusedPost<'choose' | `review:${string}`>;

/** The codes of the schema's own checks: the page says what the field needs in its own words. */
const schemaCodes = new Set([
  'required',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_type',
  'invalid_value',
  'invalid_union',
]);

/** A field's refusal as the page says it: in the page's words for the schema's checks, else the refusal's own. */
const pageErrors = (errors: readonly FieldError[]): FieldError[] =>
  errors.map((error) => {
    const name = error.path.split('.')[0] as keyof typeof t.fieldErrors;
    return schemaCodes.has(error.code) && Object.hasOwn(t.fieldErrors, name)
      ? { ...error, message: t.fieldErrors[name] }
      : error;
  });

/** The form that sets the quick wins: a checkbox per innovation report of the year, and the scale. */
async function chooseForm(
  request: RiskRequest,
  city: string,
  cycle: Awaited<ReturnType<typeof currentCycle>>,
  refused: RefusedRiskPost | undefined,
) {
  const { lang } = request;
  const { candidates } = await programCandidates(request.deps, city, cycle.year, cycle.calendar.timeZone);
  if (candidates.length === 0) return html`<p>${t.noCandidates[lang]}</p>`;
  const mine = refused?.form === 'choose' ? refused : undefined;
  const ticked = new Set(mine?.posted.getAll('program') ?? []);
  const scale = mine?.posted.get('scale') === '5' ? '5' : '3';
  const errorOf = (path: string) =>
    mine?.errors.find((e) => e.path === path || e.path.startsWith(`${path}.`));
  const programsError = errorOf('programs');
  const scaleError = errorOf('scale');
  const message = (id: string, error: FieldError | undefined) =>
    error ? html`<p class="error-message" id="${id}">${error.message[lang]}</p>` : '';
  const described = (id: string, error: FieldError | undefined) =>
    error ? html` class="form-section field--error" aria-describedby="${id}"` : html` class="form-section"`;
  const boxes = candidates.map(
    (c, i) =>
      html`<div class="choice"><input type="checkbox" id="qw-${String(i)}" name="program" value="${c.submissionId}"${ticked.has(c.submissionId) ? html` checked` : ''}><label for="qw-${String(i)}">${c.name} · ${c.opdName}</label></div>`,
  );
  const radio = (value: '3' | '5', label: string) =>
    html`<div class="choice"><input type="radio" id="scale-${value}" name="scale" value="${value}"${scale === value ? html` checked` : ''}><label for="scale-${value}">${label}</label></div>`;
  return html`<p>${t.chooseIntro[lang]}</p>
${errorSummary(refused, 'choose', lang)}
<form method="post" action="${chooseQuickWinsPath}" class="form">
${csrfField(request)}
<fieldset${described('scale-error', scaleError)}><legend>${t.scale[lang]}</legend>
${message('scale-error', scaleError)}${radio('3', t.scale3[lang])}${radio('5', t.scale5[lang])}
</fieldset>
<fieldset${described('programs-error', programsError)}><legend>${t.programs[lang]}</legend>
${message('programs-error', programsError)}${boxes}</fieldset>
<div class="form-actions"><button type="submit" class="button-primary">${t.choose[lang]}</button></div>
</form>`;
}

/** A heat map with its text equivalent, for a set of risks on the plan's scale. */
function heatMap(plan: RiskPlan, risks: readonly RegisterRisk[], title: string, lang: Lang): Html {
  const rows = heatMapCells(plan.scale, risks);
  return html`<figure class="heat-map">${heatMapSvg(rows, lang, title)}${heatMapTable(rows, lang, title)}</figure>`;
}

function risksTable(register: OpdRegister, lang: Lang): Html {
  const rows = register.risks.map(
    (r) =>
      html`<tr><td>${r.programName}</td><th scope="row">${r.risk}<span class="hint"> · ${r.cause}</span></th><td>${optionLabel(riskCategories, r.category, lang)}</td><td>${String(r.likelihood)}</td><td>${String(r.impact)}</td><td data-level="${r.rating.level.id}">${r.rating.level.label[lang]} (${String(r.rating.magnitude)})</td><td>${optionLabel(mitigationTypes, r.mitigationType, lang)}: ${r.mitigation}</td><td>${r.owner}</td><td>${formatLongDate(r.due, lang)}</td></tr>`,
  );
  return html`<div class="table-scroll" role="region" aria-label="${t.risksOf[lang]} ${register.opdName}" tabindex="0"><table class="risk-table"><thead><tr><th scope="col">${t.program[lang]}</th><th scope="col">${t.risk[lang]}</th><th scope="col">${t.category[lang]}</th><th scope="col">${t.likelihood[lang]}</th><th scope="col">${t.impact[lang]}</th><th scope="col">${t.level[lang]}</th><th scope="col">${t.mitigation[lang]}</th><th scope="col">${t.owner[lang]}</th><th scope="col">${t.due[lang]}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The evaluator's decision on a submitted register: accept, or a revision by a date with a note. */
function reviewForms(
  request: RiskRequest,
  register: OpdRegister,
  today: string,
  refused: RefusedRiskPost | undefined,
): Html {
  const { lang } = request;
  const form = `review:${register.opd}`;
  const mine = refused?.form === form ? refused : undefined;
  const errors = mine?.errors ?? [];
  const action = reviewPathOf(register.opd);
  const id = (name: string) => `${name}-${register.opd}`;
  const due = labelledField(
    lang,
    { id: id('due'), label: t.reviseBy[lang], path: 'due', hint: `${id('due')}-hint` },
    errors,
    (a11y) =>
      html`<p class="hint" id="${id('due')}-hint">${t.reviseByHint[lang]}</p><input type="date" id="${id('due')}" name="due" min="${addDays(today, 1)}" value="${mine?.posted.get('due') ?? ''}" required${a11y}>`,
  );
  const note = labelledField(
    lang,
    { id: id('note'), label: t.note[lang], path: 'note' },
    errors,
    (a11y) =>
      html`<textarea id="${id('note')}" name="note" maxlength="1000" required${a11y}>${mine?.posted.get('note') ?? ''}</textarea>`,
  );
  return html`<div class="review-actions">
${errorSummary(refused, form, lang)}
<form method="post" action="${action}">${csrfField(request)}<input type="hidden" name="decision" value="accept"><button type="submit" class="button-primary">${t.accept[lang]}</button></form>
<form method="post" action="${action}" class="form">${csrfField(request)}<input type="hidden" name="decision" value="revise">
${due}${note}
<button type="submit" class="button-secondary">${t.revise[lang]}</button></form>
</div>`;
}

function registerSection(
  request: RiskRequest,
  plan: RiskPlan,
  register: OpdRegister,
  reviewer: boolean,
  today: string,
  refused: RefusedRiskPost | undefined,
) {
  const { lang } = request;
  const status = register.obligation ? t.statuses[register.obligation.status][lang] : t.notOpened[lang];
  const maps = register.programs.map((program) =>
    heatMap(
      plan,
      register.risks.filter((risk) => risk.program === program.submissionId),
      `${t.programMap[lang]}: ${program.name}`,
      lang,
    ),
  );
  const note =
    register.obligation?.status === 'revision_requested' && register.obligation.revisionNote
      ? html`<p><strong>${t.revisionNote[lang]}:</strong> ${register.obligation.revisionNote}</p>`
      : '';
  const decide =
    reviewer && register.obligation?.status === 'submitted'
      ? reviewForms(request, register, today, refused)
      : '';
  return html`<section class="card" data-opd="${register.opd}"><h2>${register.opdName}</h2>
<p><strong>${t.status[lang]}:</strong> <span data-status>${status}</span></p>${note}
${register.risks.length > 0 ? risksTable(register, lang) : html`<p>${t.noRisks[lang]}</p>`}
${maps}${decide}</section>`;
}

/**
 * `GET /admin/risiko`: the cycle's risk registers for evaluators and admins. Before the quick
 * wins are set, the form that sets them (to an admin or the lead evaluator); after, the city's
 * heat map, then each OPD's register with its status, its risks rated on the cycle's scale, a
 * heat map per quick-win program, and (to an evaluator, once submitted) the review's decision.
 */
export const adminRisksPage = (request: RiskRequest) => renderRisksPage(request, 200);

/** The page, as it is or with a refused post shown again beside the form it came from. */
async function renderRisksPage(
  request: RiskRequest,
  status: number,
  refused?: RefusedRiskPost,
): Promise<HttpResult> {
  const { identity } = requireSession(request);
  assertRiskReader(identity);
  const { lang } = request;
  const cycle = await currentCycle(request, identity.city);
  const plan = await request.deps.risks.plan(identity.city, cycle.year);
  let content: Html | string;
  // A refusal whose form the page no longer shows (a choice made meanwhile, a register decided) is said on top.
  let inPlace = false;
  if (!plan) {
    inPlace = refused?.form === 'choose';
    content = !phaseOf(cycle, riskPhase)
      ? html`<p>${riskRefusals.noPhase().messages[lang]}</p>`
      : (await choosesQuickWins(request.deps, identity))
        ? await chooseForm(request, identity.city, cycle, refused)
        : html`<p>${t.notChosen[lang]}</p>`;
  } else {
    const registers = await registersOf(request.deps, plan);
    const today = localDateOf(request.deps.clock.now(), cycle.calendar.timeZone);
    const decides = new Set<string>();
    for (const register of registers)
      if (await mayReview(request.deps, identity, register.opd)) decides.add(register.opd);
    const all = registers.flatMap((register) => register.risks);
    const chooser = await request.deps.people.get(identity.city, plan.chosenBy);
    inPlace = registers.some(
      (r) =>
        refused?.form === `review:${r.opd}` && decides.has(r.opd) && r.obligation?.status === 'submitted',
    );
    content = html`<p class="hint">${t.chosenBy[lang]}: ${chooser?.name ?? plan.chosenBy} · ${formatLongDate(localDateOf(new Date(plan.chosenAt), cycle.calendar.timeZone), lang)} · ${t.scale[lang]}: ${plan.scale === 3 ? t.scale3[lang] : t.scale5[lang]}</p>
<p><a class="button" href="${registerFilePath}" download>${t.export[lang]}</a></p>
<h2>${t.cityMap[lang]}</h2>
${heatMap(plan, all, `${t.cityMap[lang]} ${String(plan.year)}`, lang)}
${registers.map((register) => registerSection(request, plan, register, decides.has(register.opd), today, refused))}`;
  }
  const summary = refused && !inPlace ? errorSummary(refused, refused.form, lang) : '';
  const body = html`<h1>${t.title[lang]} ${String(cycle.year)}</h1>${summary}${content}`;
  return page(
    request,
    status,
    layout({
      site: request.deps.site,
      lang,
      title: refused ? `${texts.notChanged[lang]}: ${t.title[lang]}` : t.title[lang],
      body,
      path: adminRisksPath,
      session: request.session?.value,
    }),
  );
}

/**
 * Runs a post of the page and goes back to it; a refusal (bad input, or a conflict such as a
 * choice already made) shows the page again, 400 or 409, with what was typed beside the form it
 * came from, and nothing changed.
 */
async function post(
  request: RiskRequest,
  form: RefusedRiskPost['form'],
  work: (year: number, posted: URLSearchParams) => Promise<unknown>,
): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const cycle = await currentCycle(request, identity.city);
  const posted = postedFields(request);
  try {
    await work(cycle.year, posted);
    return redirect(adminRisksPath);
  } catch (error) {
    if (error instanceof DomainError && (error.kind === 'invalid' || error.kind === 'conflict'))
      return renderRisksPage(request, error.kind === 'invalid' ? 400 : 409, {
        form,
        errors: pageErrors(error.fields ?? []),
        message: error.messages,
        posted,
      });
    throw error;
  }
}

/** `POST /admin/risiko/program`: sets the quick wins from the form's `program` checkboxes and `scale`. */
export const chooseQuickWinsPage = (request: RiskRequest) =>
  post(request, 'choose', (year, posted) => {
    const scale = posted.get('scale');
    return chooseQuickWinsAs(request.deps, requireSession(request).identity, year, {
      scale: scale === '3' || scale === '5' ? Number(scale) : scale,
      programs: posted.getAll('program'),
    });
  });

/** `POST /admin/risiko/{opd}/tinjauan`: accepts the OPD's register, or asks for a revision by `due` with a `note`. */
export const reviewRegisterPage = (request: RiskRequest) => {
  const opd = request.params.opd ?? '';
  return post(request, `review:${opd}`, (year, posted) => {
    const decision = posted.get('decision');
    const body =
      decision === 'revise'
        ? { decision, due: posted.get('due') ?? '', note: posted.get('note') ?? '' }
        : { decision };
    return reviewRegister(request.deps, requireSession(request).identity, year, opd, body);
  });
};
