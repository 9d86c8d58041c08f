import { formatNumber } from '#forms/engine/wording.ts';
import type { Instrument } from '#forms/instrument/model.ts';
import { selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';
import { actsForOpd } from '#functions/assessment/review-caller.ts';
import type { Review } from '#functions/assessment/review-model.ts';
import { instrumentOfReview, reviewScores } from '#functions/assessment/review-scores.ts';
import { deskLevel } from '#functions/assessment/visit-findings.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { formatLongDate, formatTimestamp } from '#functions/platform/time/dates.ts';
import { defaultTimeZone } from '#functions/platform/time/zones.ts';
import { layout } from '#functions/platform/web/layout.ts';
import {
  errorSummary as errorSummaryOf,
  labelledField,
  type RefusedPost as RefusedPostOf,
} from '#functions/platform/web/refused-form.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { page } from '#functions/platform/web/responses.ts';
import { readVisit, sideOf } from '../visit-access.ts';
import { showsVerified } from '../visit-claims.ts';
import { otherSide, type Visit, type VisitSide } from '../visit-model.ts';
import { visitPath } from '../visit-paths.ts';
import { visitSettingsOf } from '../visit-settings.ts';
import type { SelectionRequest } from './deps.ts';
import { visitTexts as t } from './visit-texts.ts';

/** A refused post of the visit page: the proposal, the confirmation, or one indicator's finding. */
export type RefusedPost = RefusedPostOf<'proposal' | 'confirmation' | `finding:${string}`>;

const time = (value: string, lang: Lang) => (lang === 'id' ? value.replace(':', '.') : value);

/** The visit's date as people read it: `Rabu, 2 Desember 2026, 09.00–12.00`. */
export const whenOf = (visit: Visit, lang: Lang) =>
  visit.slot
    ? `${formatLongDate(visit.slot.date, lang)}, ${time(visit.slot.start, lang)}–${time(visit.slot.end, lang)}`
    : '';

const errorSummary = (refused: RefusedPost | undefined, form: RefusedPost['form'], lang: Lang) =>
  errorSummaryOf(refused, form, lang, t.notChanged);

function proposeForm(
  visit: Visit,
  lang: Lang,
  csrf: string,
  window: { opens: string; closes: string },
  refused?: RefusedPost,
) {
  const mine = refused?.form === 'proposal' ? refused : undefined;
  const v = (name: string, fallback = '') => mine?.posted.get(name) ?? fallback;
  const errors = mine?.errors ?? [];
  const hint = t.proposeHint[lang]
    .replace('{opens}', formatLongDate(window.opens, lang))
    .replace('{closes}', formatLongDate(window.closes, lang));
  return html`<section class="card" aria-labelledby="propose-title"><h2 id="propose-title">${visit.slot ? t.proposeAgainTitle[lang] : t.proposeTitle[lang]}</h2>
${errorSummary(refused, 'proposal', lang)}
<form method="post" action="${visitPath(visit.year, visit.opd)}/jadwal" accept-charset="utf-8">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="revision" value="${String(visit.revision)}">
<p class="hint" id="propose-hint">${hint}</p>
${labelledField(lang, { id: 'visit-date', label: t.date[lang], path: 'date', hint: 'propose-hint' }, errors, (a) => html`<input type="date" id="visit-date" name="date" required min="${window.opens}" max="${window.closes}" value="${v('date', visit.slot?.date ?? '')}"${a}>`)}
${labelledField(lang, { id: 'visit-start', label: t.start[lang], path: 'start' }, errors, (a) => html`<input type="time" id="visit-start" name="start" required value="${v('start', visit.slot?.start ?? '09:00')}"${a}>`)}
${labelledField(lang, { id: 'visit-end', label: t.end[lang], path: 'end' }, errors, (a) => html`<input type="time" id="visit-end" name="end" required value="${v('end', visit.slot?.end ?? '12:00')}"${a}>`)}
${labelledField(lang, { id: 'visit-place', label: t.place[lang], path: 'place' }, errors, (a) => html`<input type="text" id="visit-place" name="place" required maxlength="300" value="${v('place', visit.slot?.place ?? '')}"${a}>`)}
${labelledField(lang, { id: 'visit-note', label: t.noteOptional[lang], path: 'note' }, errors, (a) => html`<textarea id="visit-note" name="note" rows="2" maxlength="500"${a}>${v('note')}</textarea>`)}
<button type="submit" class="primary">${t.propose[lang]}</button></form></section>`;
}

function confirmForm(visit: Visit, lang: Lang, csrf: string, refused?: RefusedPost) {
  return html`<section class="card" aria-labelledby="confirm-title"><h2 id="confirm-title">${t.confirmTitle[lang]}</h2>
${errorSummary(refused, 'confirmation', lang)}
<p class="hint">${t.confirmHint[lang]}</p>
<form method="post" action="${visitPath(visit.year, visit.opd)}/konfirmasi">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="revision" value="${String(visit.revision)}">
<button type="submit" class="primary">${t.confirm[lang]}</button></form></section>`;
}

function scheduleCard(visit: Visit, lang: Lang, people: Map<string, string>, opdName: string): Html {
  const who = (id: string) => people.get(id) ?? id;
  const slot = visit.slot;
  return html`<section class="card" aria-labelledby="schedule-title"><h2 id="schedule-title">${opdName}</h2>
<dl class="answers">
<dt>${t.status[lang]}</dt><dd><span class="status status--${visit.status}">${t.statuses[visit.status][lang]}</span></dd>
${slot ? html`<dt>${t.when[lang]}</dt><dd>${whenOf(visit, lang)}</dd><dt>${t.where[lang]}</dt><dd>${slot.place}</dd>` : ''}
${slot && visit.status === 'proposed' ? html`<dt>${t.proposedBy[lang]}</dt><dd>${who(slot.by)} <span class="hint">${t.waitingOther[lang]}</span></dd>` : ''}
${visit.confirmed ? html`<dt>${t.confirmedBy[lang]}</dt><dd>${who(visit.confirmed.by)}</dd>` : ''}
${slot?.note ? html`<dt>${t.note[lang]}</dt><dd>${slot.note}</dd>` : ''}
<dt>${t.team[lang]}</dt><dd>${visit.team.map(who).join(', ')}</dd>
<dt>${t.why[lang]}</dt><dd>${visit.reason.kind === 'drawn' ? `${t.drawn[lang]} ${visit.reason.position}` : `${t.always[lang]} ${visit.reason.text}`}</dd>
</dl></section>`;
}

const shown = (value: number | null | undefined, lang: Lang) =>
  value === null || value === undefined ? '–' : formatNumber(Math.round(value * 100) / 100)[lang];

function scoresCard(review: Review, instrument: Instrument, lang: Lang): Html {
  const { scores } = reviewScores(review, instrument);
  const label = { self: t.selfIndex, verified: t.verifiedIndex, final: t.finalIndex } as const;
  return html`<section class="card" aria-labelledby="index-title"><h2 id="index-title">${t.scoresTitle[lang]}</h2>
<dl class="answers scores">${(['self', 'verified', 'final'] as const).map(
    (kind) =>
      html`<dt>${label[kind][lang]}</dt><dd data-score="${kind}">${shown(scores[kind].index, lang)}${
        scores[kind].band
          ? html` <span class="hint">(${instrument.bands.find((b) => b.id === scores[kind].band)?.label[lang] ?? ''})</span>`
          : ''
      }</dd>`,
  )}</dl></section>`;
}

/** What the OPD sent with its claims, as the visit page shows it beside each indicator. */
interface Claimed {
  /** Whether the reader sees the desk's verified levels and the scores on them (`showsVerified`). */
  desk: boolean;
  answers: Record<string, unknown>;
  /** Where each evidence file opens for a few minutes, by field path; none for the OPD's own readers. */
  files: Map<string, string>;
}

/** The justification the OPD wrote, and its evidence: the file (opened from here) and the link. */
function claimedEvidence(claimed: Claimed, indicator: string, lang: Lang): Html {
  const justification = claimed.answers[selfAssessmentFieldId(indicator, 'justification')];
  const fileField = selfAssessmentFieldId(indicator, 'evidenceFile');
  const file = claimed.answers[fileField] as { name?: string } | undefined;
  const link = claimed.answers[selfAssessmentFieldId(indicator, 'evidenceLink')];
  const opens = claimed.files.get(fileField);
  const items = [
    ...(file?.name
      ? [
          opens
            ? html`<li><a href="${opens}" rel="noopener noreferrer" target="_blank">${file.name}</a></li>`
            : html`<li>${file.name}</li>`,
        ]
      : []),
    ...(typeof link === 'string' && /^https?:\/\//.test(link)
      ? [html`<li><a href="${link}" rel="noopener noreferrer" target="_blank">${link}</a></li>`]
      : []),
  ];
  return html`<dl class="answers"><dt>${t.justification[lang]}</dt><dd>${typeof justification === 'string' ? justification : ''}</dd>${
    items.length ? html`<dt>${t.evidence[lang]}</dt><dd><ul class="evidence">${items}</ul></dd>` : ''
  }</dl>`;
}

/** The OPD's answers, and links to its evidence files for readers who are not the OPD itself. */
async function claimedOf(
  request: SelectionRequest,
  review: Review,
  desk: boolean,
  forOpd: boolean,
): Promise<Claimed> {
  const submission = await request.deps.submissions.getSubmission(review.city, review.submissionId);
  const files = new Map<string, string>();
  if (submission && !forOpd)
    for (const file of submission.evidence) {
      const ref = submission.answers[file.fieldPath] as { name?: string } | undefined;
      files.set(
        file.fieldPath,
        await request.deps.files.openUrl(file.key, {
          filename: ref?.name ?? file.fileId,
          contentType: file.contentType,
        }),
      );
    }
  return { desk, answers: (submission?.answers ?? {}) as Record<string, unknown>, files };
}

function claimsCard(
  visit: Visit,
  review: Review,
  instrument: Instrument,
  lang: Lang,
  form: { csrf: string; records: boolean } | undefined,
  people: Map<string, string>,
  timeZone: string,
  claimed: Claimed,
  refused?: RefusedPost,
): Html {
  const titles = new Map(instrument.indicators.map((i) => [i.id, i.title[lang]]));
  const ids = Object.keys(review.indicators).sort();
  const cards = ids.map((id) => {
    const indicator = review.indicators[id];
    if (!indicator) return '';
    const finding = indicator.finding;
    const mine = refused?.form === `finding:${id}` ? refused : undefined;
    const v = (name: string, fallback: string) => mine?.posted.get(name) ?? fallback;
    const errors = mine?.errors ?? [];
    const level = v('level', String(finding?.level ?? deskLevel(indicator)));
    const photos = finding?.photos ?? [];
    const recorded = finding
      ? html`<p><strong>${t.observed[lang]}:</strong> ${finding.observed}</p>${
          finding.reason ? html`<p><strong>${t.reason[lang]}:</strong> ${finding.reason}</p>` : ''
        }<p class="hint">${t.by[lang]} ${people.get(finding.by) ?? finding.by}, ${formatTimestamp(finding.at, timeZone, lang)}</p>${
          photos.length
            ? html`<p>${t.photos[lang]}:</p><ul>${photos.map((p, n) =>
                form
                  ? html`<li><a href="${visitPath(visit.year, visit.opd)}/foto/${id}/${String(n + 1)}" rel="noopener noreferrer" target="_blank">${p.name}</a></li>`
                  : html`<li>${p.name}</li>`,
              )}</ul>`
            : ''
        }`
      : '';
    const recordForm = form?.records
      ? html`<form method="post" action="${visitPath(visit.year, visit.opd)}/temuan" enctype="multipart/form-data" accept-charset="utf-8">
<input type="hidden" name="_csrf" value="${form.csrf}"><input type="hidden" name="revision" value="${String(review.revision)}"><input type="hidden" name="indicator" value="${id}">
${errorSummary(refused, `finding:${id}`, lang)}
${labelledField(lang, { id: `observed-${id}`, label: t.observed[lang], path: 'observed' }, errors, (a) => html`<textarea id="observed-${id}" name="observed" rows="3" maxlength="2000" required${a}>${v('observed', finding?.observed ?? '')}</textarea>`)}
${labelledField(lang, { id: `level-${id}`, label: t.levelFound[lang], path: 'level' }, errors, (a) => html`<select id="level-${id}" name="level"${a}>${[1, 2, 3, 4, 5].map((n) => html`<option value="${String(n)}"${String(n) === level ? html` selected` : ''}>${String(n)}</option>`)}</select>`)}
${labelledField(lang, { id: `reason-${id}`, label: t.reason[lang], path: 'reason' }, errors, (a) => html`<textarea id="reason-${id}" name="reason" rows="2" maxlength="1000"${a}>${v('reason', finding?.reason ?? '')}</textarea>`)}
${labelledField(lang, { id: `photo-${id}`, label: t.photo[lang], path: 'photo', hint: `photo-${id}-hint` }, errors, (a) => html`<input type="file" id="photo-${id}" name="photo.file" accept="image/jpeg,image/png" capture="environment"${a}><p class="hint" id="photo-${id}-hint">${t.photoHint[lang]}</p>`)}
<button type="submit" class="primary">${t.saveFinding[lang]}</button></form>`
      : '';
    return html`<article class="card indicator" id="indikator-${id}"><h3>${titles.get(id) ?? id} <span class="hint">(${id})</span></h3>
<dl class="answers levels"><dt>${t.claimed[lang]}</dt><dd data-level="claimed">${String(indicator.claimed)}</dd><dt>${t.verified[lang]}</dt><dd data-level="verified">${indicator.verified === undefined || !claimed.desk ? t.notYet[lang] : String(indicator.verified)}</dd><dt>${t.found[lang]}</dt><dd data-level="found">${finding ? String(finding.level) : t.notYet[lang]}</dd></dl>
${claimedEvidence(claimed, id, lang)}
${recorded}${recordForm}</article>`;
  });
  return html`<section aria-labelledby="claims-title"><h2 id="claims-title">${t.claimsTitle[lang]}</h2><p class="hint">${t.claimsHint[lang]}</p>
${form && !form.records ? html`<p class="notice">${t.findingsAfter[lang]}</p>` : ''}${cards}</section>`;
}

/**
 * `GET /kunjungan/{year}/{opd}`: one visit for whoever it concerns: when, where, with whom and
 * why; the date forms for its team and the head of the OPD; what the OPD claimed, verified and
 * found, with the findings form for the team from the day of the confirmed visit; the OPD's index.
 */
export async function renderVisit(
  request: SelectionRequest,
  status = 200,
  refused?: RefusedPost,
): Promise<HttpResult> {
  const { identity, csrf } = requireSession(request);
  const { lang } = request;
  const year = Number(request.params.year);
  const visit = await readVisit(request.deps, identity, year, request.params.opd ?? '');
  const side: VisitSide | undefined = await sideOf(request.deps, identity, visit);
  const [opd, cycle, review, people] = await Promise.all([
    request.deps.directory.getOpd(identity.city, visit.opd),
    request.deps.cycles.getCycle(identity.city, visit.year),
    request.deps.reviews.get(identity.city, visit.year, visit.opd),
    Promise.all(
      [
        ...new Set([...visit.team, visit.slot?.by, visit.confirmed?.by].filter((id): id is string => !!id)),
      ].map(async (id) => [id, (await request.deps.people.get(identity.city, id))?.name ?? id] as const),
    ),
  ]);
  const names = new Map(people);
  const opdName = opd?.name ?? visit.opd;
  const today = cycle ? localDateOf(request.deps.clock.now(), cycle.calendar.timeZone) : '';
  const open = visit.status !== 'cancelled' && cycle !== undefined;
  const mayConfirm = open && side && visit.status === 'proposed' && visit.slot?.side === otherSide(side);
  const schedule =
    open && side
      ? html`${mayConfirm ? confirmForm(visit, lang, csrf, refused) : ''}${proposeForm(visit, lang, csrf, visitSettingsOf(cycle), refused)}`
      : '';
  const records = side === 'team' && visit.status === 'confirmed' && !!visit.slot && today >= visit.slot.date;
  const instrument = review && (await instrumentOfReview(request.deps, review));
  const forOpd = actsForOpd(identity);
  const desk = review ? showsVerified(identity, review) : false;
  const claimed = review && (await claimedOf(request, review, desk, forOpd));
  const claims =
    review && instrument && claimed
      ? html`${desk ? scoresCard(review, instrument, lang) : ''}${claimsCard(visit, review, instrument, lang, side === 'team' || !forOpd ? { csrf, records } : undefined, names, cycle?.calendar.timeZone ?? defaultTimeZone, claimed, refused)}`
      : html`<p class="card">${t.noClaims[lang]}</p>`;
  const notice = request.query.get('notice');
  const told =
    notice === 'proposed' || notice === 'confirmed' || notice === 'finding' ? t.notices[notice] : undefined;
  const body = html`<p><a href="/kunjungan">${t.listTitle[lang]}</a></p>
<h1>${t.visitTitle[lang]} ${String(visit.year)}</h1>
${told && !refused ? html`<p class="notice notice--success" role="status">${told[lang]}</p>` : ''}
${scheduleCard(visit, lang, names, opdName)}
${schedule}
${claims}`;
  const title = `${refused ? `${t.notChanged[lang]}: ` : ''}${t.visitTitle[lang]}: ${opdName}`;
  return page(
    request,
    status,
    layout({
      site: request.deps.site,
      lang,
      title,
      body,
      path: visitPath(visit.year, visit.opd),
      session: request.session?.value,
    }),
  );
}

/** `GET /kunjungan/{year}/{opd}`. */
export const visitPage = (request: SelectionRequest) => renderVisit(request);
