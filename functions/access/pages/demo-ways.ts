import type { DemoSignIn } from '#functions/access/deps.ts';
import { html } from '#functions/platform/html/html.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { texts } from '#functions/platform/web/texts.ts';

type DemoPerson = DemoSignIn['people'][number];

/** How the start page introduces a member of the evaluation team. */
const teamTexts = {
  lead: { id: 'Ketua Tim Evaluasi Smart City', en: 'Lead of the Smart City evaluation team' },
  staffOf: { id: 'staf', en: 'staff of' },
  conflicts: { id: 'konflik kepentingan dengan', en: 'conflict of interest with' },
} as const;

const roleName = (role: string, lang: Lang) => texts.roles[role as keyof typeof texts.roles]?.[lang] ?? role;

/**
 * What a featured person's button says under their name: their role and OPD; for an evaluator,
 * whether they lead the team, the OPD they are staff of and their declared conflicts, which keep
 * them from reviewing those OPDs.
 */
function hintOf({ role, opdName, team }: DemoPerson, lang: Lang): string {
  const parts: string[] = [team?.lead ? teamTexts.lead[lang] : roleName(role, lang)];
  if (opdName) parts.push(opdName);
  if (team?.staffOfName) parts.push(`${teamTexts.staffOf[lang]} ${team.staffOfName}`);
  if (team?.conflictNames.length) parts.push(`${teamTexts.conflicts[lang]} ${team.conflictNames.join(', ')}`);
  return parts.join(' · ');
}

/**
 * One button for each featured demo person (the city secretary and the evaluation team among
 * them), and every other seeded person in one list grouped by OPD, so anyone the demo city holds
 * can be tried.
 */
export function demoWays(people: DemoSignIn['people'], csrf: string, lang: Lang) {
  const csrfInput = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const byOpd = new Map<string, DemoPerson[]>();
  for (const person of people.filter((p) => !p.featured))
    byOpd.set(person.opdName ?? '', [...(byOpd.get(person.opdName ?? '') ?? []), person]);
  return html`<h2>${texts.demoSignIn[lang]}</h2>
<p class="hint">${texts.demoNote[lang]}</p>
<ul class="demo-people">${people
    .filter((p) => p.featured)
    .map(
      (
        person,
      ) => html`<li><form method="post" action="/demo/sign-in">${csrfInput}<input type="hidden" name="person" value="${person.id}">
<button type="submit" class="secondary">${person.name}</button>
<span class="hint">${hintOf(person, lang)}</span>
</form></li>`,
    )}</ul>
<form method="post" action="/demo/sign-in" class="field">${csrfInput}
<label for="demo-person">${texts.demoOthers[lang]}</label>
<p class="hint" id="demo-person-hint">${texts.demoOthersHint[lang]}</p>
<select id="demo-person" name="person" aria-describedby="demo-person-hint">${[...byOpd].map(
    ([opd, members]) =>
      html`<optgroup label="${opd}">${members.map((p) => html`<option value="${p.id}">${p.name} (${roleName(p.role, lang)})</option>`)}</optgroup>`,
  )}</select>
<p><button type="submit" class="primary">${texts.signIn[lang]}</button></p>
</form>`;
}
