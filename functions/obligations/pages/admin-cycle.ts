import type { ObligationRequest } from '#functions/obligations/pages/deps.ts';
import { reminderSlots } from '#functions/obligations/reminder-policy.ts';
import { html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { formatDay, formatInstant } from '#functions/platform/time/dates.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { messagePage } from '#functions/platform/web/message.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import { texts } from '#functions/platform/web/texts.ts';
import { cycleTexts } from './cycle-texts.ts';

const path = '/admin/siklus';

/**
 * `GET /admin/siklus`: the city's current cycle as its settings say (admins and evaluators): the
 * innovation phase, the zone, the days off, and the reminder ladder with the date of every send
 * for an obligation opened at the kick-off.
 */
export async function adminCyclePage(request: ObligationRequest): Promise<HttpResult> {
  // Admins and evaluators only: the route declares it.
  const { identity } = requireSession(request);
  const { directory, cycles } = request.deps.obligationDeps;
  const year = (await directory.getCity(identity.city))?.currentYear;
  const cycle = year === undefined ? undefined : await cycles.getCycle(identity.city, year);
  const { lang } = request;
  if (!cycle) return messagePage(request, 404, cycleTexts.noCycleTitle, cycleTexts.noCycleBody);
  const { calendar, policy } = cycle;
  const plan = reminderSlots(calendar, policy, cycle.innovationDue, { now: new Date(cycle.startedAt) });
  const sends = [...plan.skipped, ...plan.slots];
  const label = (slot: string) =>
    slot.startsWith('M-')
      ? cycleTexts.monthly[lang]
      : slot.startsWith('E-')
        ? cycleTexts.escalation[lang]
        : `${cycleTexts.before[lang]} (${slot})`;
  const row = (name: string, value: string) => html`<tr><th scope="row">${name}</th><td>${value}</td></tr>`;
  const body = html`<h1>${cycleTexts.title[lang]} ${cycle.year}</h1>
<p class="hint">${cycleTexts.intro[lang]}</p>
<div class="card"><table class="facts"><tbody>
${row(cycleTexts.innovationDue[lang], formatDay(cycle.innovationDue, lang))}
${row(cycleTexts.innovationCloses[lang], formatDay(cycle.innovationCloses, lang))}
${row(cycleTexts.timeZone[lang], calendar.timeZone)}
${row(cycleTexts.daysOff[lang], `${calendar.holidays.length} + ${calendar.collectiveLeave.length}`)}
${row(cycleTexts.sendAt[lang], policy.sendAt)}
</tbody></table></div>
<h2>${cycleTexts.ladder[lang]}</h2>
<p class="hint">${cycleTexts.ladderIntro[lang]}</p>
<ol class="plain-list">${sends.map(
    (send) =>
      html`<li class="card"><strong>${label(send.slot)}</strong><br>${formatInstant(send.at, calendar.timeZone, lang)}${
        send.kind === 'escalation'
          ? html` · ${send.to === 'opd-head' ? texts.roles['opd-head'][lang] : cycleTexts.secretary[lang]}`
          : ''
      }</li>`,
  )}</ol>`;
  return page(
    request,
    200,
    layout({
      site: request.deps.site,
      lang,
      title: cycleTexts.title[lang],
      body,
      path,
      session: request.session?.value,
    }),
  );
}
