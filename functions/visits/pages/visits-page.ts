import { isLeadEvaluator } from '#functions/directory/evaluation-lead.ts';
import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { hasRole } from '#functions/platform/identity/identity.ts';
import { formatLongDate } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import { visitsOf } from '../visit-access.ts';
import { visitPath, visitsPath } from '../visit-paths.ts';
import { visitSettingsOf } from '../visit-settings.ts';
import type { SelectionRequest } from './deps.ts';
import { whenOf } from './visit-page.ts';
import { visitTexts as t } from './visit-texts.ts';

/**
 * `GET /kunjungan`: the visits of the current cycle the caller may read, a card each on a phone:
 * an evaluator's own, every visit for the lead evaluator and the admins, an OPD's own.
 */
export async function visitsPage(request: SelectionRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const { lang } = request;
  const city = await request.deps.directory.getCity(identity.city);
  const year = city?.currentYear;
  if (!city || year === undefined) return messagePage(request, 200, t.listTitle, t.noCycle);
  const visits = (await visitsOf(request.deps, identity, year)).filter((v) => v.status !== 'cancelled');
  const ids = [...new Set(visits.flatMap((v) => v.team))];
  const [opds, people] = await Promise.all([
    Promise.all(
      visits.map(
        async (v) => [v.opd, (await request.deps.directory.getOpd(city.city, v.opd))?.name ?? v.opd] as const,
      ),
    ),
    Promise.all(
      ids.map(async (id) => [id, (await request.deps.people.get(city.city, id))?.name ?? id] as const),
    ),
  ]);
  const opdNames = new Map(opds);
  const names = new Map(people);
  const intro =
    identity.opd !== undefined
      ? t.listIntroOpd
      : hasRole(identity, 'admin') || (await isLeadEvaluator(request.deps.people, identity))
        ? t.listIntroAll
        : t.listIntroTeam;
  const cards = visits.map(
    (
      v,
    ) => html`<li class="card"><h2><a href="${visitPath(v.year, v.opd)}">${opdNames.get(v.opd) ?? v.opd}</a></h2>
<dl class="answers"><dt>${t.status[lang]}</dt><dd><span class="status status--${v.status}">${t.statuses[v.status][lang]}</span></dd>
${v.slot ? html`<dt>${t.when[lang]}</dt><dd>${whenOf(v, lang)}</dd><dt>${t.where[lang]}</dt><dd>${v.slot.place}</dd>` : ''}
<dt>${t.team[lang]}</dt><dd>${v.team.map((id) => names.get(id) ?? id).join(', ')}</dd></dl></li>`,
  );
  const cycle = await request.deps.cycles.getCycle(city.city, year);
  const settings = cycle && visitSettingsOf(cycle);
  const body = html`<h1>${t.listTitle[lang]} ${String(year)}</h1>
<p class="hint">${intro[lang]}</p>
${
  settings
    ? html`<p class="hint">${t.windowIs[lang]} ${formatLongDate(settings.opens, lang)} – ${formatLongDate(settings.closes, lang)}; ${t.teamSizeIs[lang]} ${String(settings.teamSize)}.</p>`
    : ''
}
${cards.length ? html`<ul class="cards">${cards}</ul>` : html`<p class="card">${t.none[lang]}</p>`}`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: t.listTitle[lang],
      body,
      path: visitsPath,
      session: request.session?.value,
    }),
  );
}
