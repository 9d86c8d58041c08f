import { isLeadEvaluator } from '#functions/directory/evaluation-lead.ts';
import { DomainError, type FieldError } from '#functions/platform/errors/domain-errors.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import { opdsOf } from '../selection.ts';
import type { Selection } from '../selection-model.ts';
import { announceAsLead, drawAsLead } from '../selection-scope.ts';
import { defaultTeamSize, visitSettingsOf } from '../visit-settings.ts';
import type { SelectionRequest } from './deps.ts';
import { selectionTexts as t } from './selection-texts.ts';
import { publicSelectionPath, selectionBody } from './selection-view.ts';

const path = '/admin/pemilihan';
/** Rows the announcement form offers: sources of randomness, and OPDs always visited. */
const sourceRows = 3;
const alwaysRows = 5;

/** A refused post: the fields' messages, and what was typed. */
interface Refused {
  errors: readonly FieldError[];
  message: { id: string; en: string };
  posted: URLSearchParams;
}

const input = (
  id: string,
  name: string,
  label: string,
  value: string,
  type = 'text',
  extra: Html | string = '',
) =>
  html`<div class="field"><label for="${id}">${label}</label><input type="${type}" id="${id}" name="${name}" value="${value}"${extra}></div>`;

function announceForm(
  lang: Lang,
  csrf: string,
  year: number,
  opds: { opd: string; name: string }[],
  teamSize: number,
  refused?: Refused,
): Html {
  const v = (name: string) => refused?.posted.get(name) ?? '';
  const sources = Array.from(
    { length: sourceRows },
    (_, i) =>
      html`<fieldset><legend>${t.sourceDescription[lang]} ${String(i + 1)}</legend>
${input(`source-${i}-description`, `source.${i}.description`, t.sourceDescription[lang], v(`source.${i}.description`), 'text', html` maxlength="300"${i === 0 ? html` aria-describedby="source-hint"` : ''}`)}
${input(`source-${i}-expected`, `source.${i}.expected`, t.sourceDate[lang], v(`source.${i}.expected`), 'date')}</fieldset>`,
  );
  const always = Array.from({ length: alwaysRows }, (_, i) => {
    const chosen = v(`always.${i}.opd`);
    return html`<fieldset><legend>${t.alwaysVisited[lang]} ${String(i + 1)}</legend>
<div class="field"><label for="always-${i}-opd">${t.alwaysOpd[lang]}</label><select id="always-${i}-opd" name="always.${i}.opd"><option value="">${t.none[lang]}</option>${opds.map(
      (o) => html`<option value="${o.opd}"${chosen === o.opd ? html` selected` : ''}>${o.name}</option>`,
    )}</select></div>
${input(`always-${i}-reason`, `always.${i}.reason`, t.alwaysReason[lang], v(`always.${i}.reason`), 'text', html` maxlength="500"`)}</fieldset>`;
  });
  return html`<h2>${t.announceTitle[lang]}</h2><form method="post" action="${path}/pengumuman" class="card">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="year" value="${String(year)}">
<p class="hint">${t.announceHint[lang]}</p>
${input('count', 'count', t.count[lang], v('count'), 'number', html` min="1" inputmode="numeric"`)}
${input('team-size', 'teamSize', t.teamSize[lang], v('teamSize') || String(teamSize), 'number', html` min="1" max="5" inputmode="numeric"`)}
<p class="hint" id="source-hint">${t.sourceHint[lang]}</p>
${sources}
${input('draw-date', 'drawDate', t.drawDate[lang], v('drawDate'), 'date')}
${always}
<button type="submit" class="primary">${t.announce[lang]}</button></form>`;
}

function drawForm(lang: Lang, csrf: string, selection: Selection, refused?: Refused): Html {
  const redraw = selection.draws.length > 0;
  return html`<h2>${t.drawTitle[lang]}</h2><form method="post" action="${path}/undian" class="card">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="year" value="${String(selection.year)}">
<p class="hint">${t.drawHint[lang]}</p>
${selection.announcement.sources.map((s, i) =>
  input(
    `value-${i}`,
    `value.${i}`,
    `${i + 1}. ${s.description}`,
    refused?.posted.get(`value.${i}`) ?? '',
    'text',
    html` inputmode="numeric" autocomplete="off"`,
  ),
)}
${redraw ? html`<div class="field"><label for="reason">${t.redrawReason[lang]}</label><textarea id="reason" name="reason" rows="2" maxlength="500">${refused?.posted.get('reason') ?? ''}</textarea></div>` : ''}
<button type="submit" class="primary">${redraw ? t.redrawButton[lang] : t.drawButton[lang]}</button></form>`;
}

async function renderPage(request: SelectionRequest, status = 200, refused?: Refused): Promise<HttpResult> {
  const { identity, csrf } = requireSession(request);
  const { lang } = request;
  const city = await request.deps.directory.getCity(identity.city);
  const year = city?.currentYear;
  if (!city || year === undefined) return messagePage(request, 200, t.leadTitle, t.noCycle);
  const lead = await isLeadEvaluator(request.deps.people, identity);
  const [selection, cycle] = await Promise.all([
    request.deps.selections.get(city.city, year),
    request.deps.cycles.getCycle(city.city, year),
  ]);
  const today = localDateOf(request.deps.clock.now(), city.timeZone);
  const notice = request.query.get('notice');
  const told = notice === 'announced' ? t.announcedNotice : notice === 'drawn' ? t.drawnNotice : undefined;
  const errors = refused
    ? html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1"><h2>${t.notChanged[lang]}</h2><p>${refused.message[lang]}</p>${
        refused.errors.length
          ? html`<ul>${refused.errors.map((e) => html`<li>${e.message[lang]}</li>`)}</ul>`
          : ''
      }</div>`
    : '';
  const opds = await opdsOf(request.deps, city.city);
  const content = selection
    ? html`<p><a href="${publicSelectionPath(city.city, year)}">${t.publicLink[lang]}</a></p>
${selectionBody(selection, lang, city.timeZone)}
${lead && today >= selection.announcement.drawDate ? drawForm(lang, csrf, selection, refused) : ''}`
    : lead
      ? announceForm(
          lang,
          csrf,
          year,
          opds,
          cycle ? visitSettingsOf(cycle).teamSize : defaultTeamSize,
          refused,
        )
      : html`<p class="card">${t.notAnnounced[lang]} ${t.onlyLead[lang]}</p>`;
  const body = html`<h1>${t.leadTitle[lang]} ${String(year)}</h1>
${told && !refused ? html`<p class="notice notice--success" role="status">${told[lang]}</p>` : ''}${errors}
${content}`;
  const title = refused ? `${t.notChanged[lang]}: ${t.leadTitle[lang]}` : t.leadTitle[lang];
  return page(
    request,
    status,
    layout({ site: request.deps.site, lang, title, body, path, session: request.session?.value }),
  );
}

/** `GET /admin/pemilihan`: the cycle's selection; the lead evaluator announces and draws here. */
export const leadSelectionPage = (request: SelectionRequest) => renderPage(request);

/** Rows of a repeated group the form posts, the empty ones left out. */
function rows(form: URLSearchParams, prefix: string, count: number, names: readonly string[]) {
  const found: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const row = Object.fromEntries(
      names.map((name) => [name, (form.get(`${prefix}.${i}.${name}`) ?? '').trim()]),
    );
    if (Object.values(row).some((value) => value !== '')) found.push(row);
  }
  return found;
}

/** Runs a change posted from the page; a refusal shows the page again with what was typed. */
async function change(
  request: SelectionRequest,
  work: (year: number, form: URLSearchParams) => Promise<string>,
) {
  const { identity } = requireSession(request);
  const form = postedFields(request);
  const city = await request.deps.directory.getCity(identity.city);
  // The cycle the page showed: the form says which, so that a page left open across a new cycle
  // never acts on the next one.
  const posted = form.get('year') ?? '';
  const year = /^20\d{2}$/.test(posted) ? Number(posted) : city?.currentYear;
  if (year === undefined) return messagePage(request, 409, t.leadTitle, t.noCycle);
  try {
    return redirect(`${path}?notice=${await work(year, form)}`);
  } catch (error) {
    if (error instanceof DomainError && error.kind !== 'forbidden' && error.kind !== 'not_found')
      return renderPage(request, error.kind === 'invalid' ? 400 : 409, {
        errors: error.fields ?? [],
        message: error.messages,
        posted: form,
      });
    throw error;
  }
}

/** `POST /admin/pemilihan/pengumuman`: the announcement, frozen once made. */
export const announceSelectionPage = (request: SelectionRequest) =>
  change(request, async (year, form) => {
    const count = form.get('count') ?? '';
    const teamSize = (form.get('teamSize') ?? '').trim();
    const always = rows(form, 'always', alwaysRows, ['opd', 'reason']);
    await announceAsLead(request.deps, requireSession(request).identity, year, {
      count: /^\d{1,4}$/.test(count) ? Number(count) : count,
      ...(teamSize === '' ? {} : { teamSize: /^\d{1,2}$/.test(teamSize) ? Number(teamSize) : teamSize }),
      sources: rows(form, 'source', sourceRows, ['description', 'expected']),
      drawDate: form.get('drawDate') ?? '',
      ...(always.length ? { alwaysVisited: always } : {}),
    });
    return 'announced';
  });

/** `POST /admin/pemilihan/undian`: a draw (or a redraw, with its reason) from the sources' values. */
export const drawSelectionPage = (request: SelectionRequest) =>
  change(request, async (year, form) => {
    const { identity } = requireSession(request);
    const selection = await request.deps.selections.get(identity.city, year);
    const count = selection?.announcement.sources.length ?? 0;
    const reason = (form.get('reason') ?? '').trim();
    await drawAsLead(request.deps, identity, year, {
      values: Array.from({ length: count }, (_, i) => form.get(`value.${i}`) ?? ''),
      ...(reason ? { reason } : {}),
    });
    return 'drawn';
  });
