import type { EvidenceFileRef } from '#forms/engine/field-types.ts';
import { formatNumber } from '#forms/engine/wording.ts';
import type { Indicator, Instrument } from '#forms/instrument/model.ts';
import { selfAssessmentFieldId } from '#forms/instrument/self-assessment-fields.ts';
import { smartCityDimensions } from '#forms/smart-city-dimensions.ts';
import { instrumentVersion } from '#functions/assessment/cycle-instrument.ts';
import { recordVerification } from '#functions/assessment/record-verification.ts';
import { reviewCallerOf } from '#functions/assessment/review/evaluators.ts';
import { assertEvaluator, assertMayRead, isCityAdmin } from '#functions/assessment/review-caller.ts';
import { reviewDepsOf } from '#functions/assessment/review-deps.ts';
import { requestRevisionInput } from '#functions/assessment/review-inputs.ts';
import type { Review } from '#functions/assessment/review-model.ts';
import { acceptAssessment, requestRevisionOfOpd } from '#functions/assessment/review-obligation.ts';
import { reviewPath } from '#functions/assessment/review-paths.ts';
import { reviewRefusals } from '#functions/assessment/review-refusals.ts';
import { reviewScores } from '#functions/assessment/review-scores.ts';
import { scoreKinds } from '#functions/assessment/scoring/levels.ts';
import { round2 } from '#functions/assessment/scoring/round.ts';
import { timeZoneOfCity } from '#functions/directory/city-time-zone.ts';
import { DomainError, type FieldError, refusals } from '#functions/platform/errors/domain-errors.ts';
import { type Html, html } from '#functions/platform/html/html.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { hasRole } from '#functions/platform/identity/identity.ts';
import { parseInput } from '#functions/platform/input/parse-input.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import { formatDay } from '#functions/platform/time/dates.ts';
import { addDays } from '#functions/platform/time/days.ts';
import { layout } from '#functions/platform/web/layout.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { page, redirect } from '#functions/platform/web/responses.ts';
import type { Submission } from '#functions/submissions/model.ts';
import type { ReviewRequest } from './deps.ts';
import { reviewTexts as t } from './review-texts.ts';

/** Days the OPD gets to revise, as the review screen proposes it. */
const revisionDays = 7;

/** The review the path names, with the caller, once they may decide on it (404 / 403 otherwise). */
async function loaded(request: ReviewRequest) {
  const { identity, csrf } = requireSession(request);
  const caller = await reviewCallerOf(request.deps.people, identity);
  if (!isCityAdmin(caller)) assertEvaluator(caller);
  const year = Number(request.params.year);
  const opd = request.params.opd ?? '';
  const review = Number.isInteger(year)
    ? await request.deps.reviews.get(identity.city, year, opd)
    : undefined;
  if (!review) throw refusals.notFound();
  assertMayRead(caller, review);
  // Its verifier or the lead decides; a city admin reads.
  const decides = hasRole(caller.identity, 'evaluator') && !isCityAdmin(caller);
  const submission = await request.deps.submissions.getSubmission(identity.city, review.submissionId);
  const instrument =
    submission && (await instrumentVersion(request.deps.instruments, identity.city, submission.formVersion));
  if (!submission || !instrument) throw refusals.notFound();
  return {
    caller,
    csrf,
    review,
    submission,
    instrument,
    decides,
    files: await fileLinks(request, submission),
  };
}

type Loaded = Awaited<ReturnType<typeof loaded>>;

/** Where each evidence file of the submission opens, by field path: a link that works a few minutes. */
async function fileLinks(request: ReviewRequest, submission: Submission): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const file of submission.evidence) {
    const ref = submission.answers[file.fieldPath] as EvidenceFileRef | undefined;
    const filename = ref?.name ?? file.fileId;
    links.set(
      file.fieldPath,
      await request.deps.files.openUrl(file.key, { filename, contentType: file.contentType }),
    );
  }
  return links;
}

function evidenceOf(loaded: Loaded, indicator: string, lang: 'id' | 'en'): Html {
  const answers = loaded.submission.answers as Record<string, unknown>;
  const fileField = selfAssessmentFieldId(indicator, 'evidenceFile');
  const file = answers[fileField] as EvidenceFileRef | undefined;
  const link = answers[selfAssessmentFieldId(indicator, 'evidenceLink')];
  const opens = loaded.files.get(fileField);
  const name = file && `${file.name} (${Math.ceil(file.size / 1024)} KB)`;
  const items = [
    ...(file
      ? [
          opens
            ? html`<li><a href="${opens}" rel="noopener noreferrer" target="_blank">${name}</a></li>`
            : html`<li>${name}</li>`,
        ]
      : []),
    ...(typeof link === 'string' && link !== ''
      ? [html`<li><a href="${link}" rel="noopener noreferrer" target="_blank">${link}</a></li>`]
      : []),
  ];
  return items.length > 0
    ? html`<ul class="evidence">${items}</ul>`
    : html`<p class="hint">${t.noEvidence[lang]}</p>`;
}

function levelOptions(selected: number | undefined, lang: 'id' | 'en'): Html {
  return html`<option value="">${t.chooseLevel[lang]}</option>${[1, 2, 3, 4, 5].map(
    (level) =>
      html`<option value="${String(level)}"${selected === level ? html` selected` : ''}>${t.level[lang]} ${level}</option>`,
  )}`;
}

/** One indicator: what the OPD claimed and sent, beside the verifier's controls. */
function indicatorCard(
  loaded: Loaded,
  indicator: Indicator,
  lang: 'id' | 'en',
  posted?: URLSearchParams,
): Html {
  const state = loaded.review.indicators[indicator.id];
  if (!state) return html``;
  const editable = loaded.review.status === 'in_review' && loaded.decides;
  const answers = loaded.submission.answers as Record<string, unknown>;
  const overClaimed = state.verified !== undefined && state.verified < state.claimed;
  const claimedLevel = indicator.levels[state.claimed - 1];
  const justification = answers[selfAssessmentFieldId(indicator.id, 'justification')];
  const id = (part: string) => `${part}-${indicator.id}`;
  const value = (part: string, fallback = '') => posted?.get(`${part}.${indicator.id}`) ?? fallback;
  const verified = posted ? Number(value('level')) || undefined : state.verified;
  const controls = editable
    ? html`<div class="field"><label for="${id('level')}">${t.verified[lang]}</label><select id="${id('level')}" name="level.${indicator.id}">${levelOptions(verified, lang)}</select></div>
<div class="field"><label for="${id('note')}">${t.note[lang]}</label><textarea id="${id('note')}" name="note.${indicator.id}" rows="2" maxlength="2000">${value('note', state.note ?? '')}</textarea></div>
<div class="field"><label for="${id('comment')}">${t.comment[lang]}</label><p class="hint" id="${id('comment')}-hint">${t.commentHint[lang]}</p><textarea id="${id('comment')}" name="comment.${indicator.id}" rows="2" maxlength="2000" aria-describedby="${id('comment')}-hint">${value('comment', state.revisionComment ?? '')}</textarea></div>`
    : html`<dl class="answers"><dt>${t.verified[lang]}</dt><dd>${state.verified === undefined ? t.notVerified[lang] : `${t.level[lang]} ${state.verified}`}</dd>${
        state.note ? html`<dt>${t.note[lang]}</dt><dd>${state.note}</dd>` : ''
      }${state.revisionComment ? html`<dt>${t.comment[lang]}</dt><dd>${state.revisionComment}</dd>` : ''}</dl>`;
  return html`<section class="card indicator" id="indicator-${indicator.id}" aria-labelledby="title-${indicator.id}">
<h2 id="title-${indicator.id}">${indicator.title[lang]}</h2>
${overClaimed ? html`<p><span class="status status--late">${t.overClaimed[lang]}</span></p>` : ''}
<dl class="answers">
<dt>${t.claimed[lang]}</dt><dd>${t.level[lang]} ${state.claimed}${claimedLevel ? html`: ${claimedLevel.description[lang]}` : ''}</dd>
${claimedLevel?.evidence ? html`<dt>${t.evidenceAsked[lang]}</dt><dd>${claimedLevel.evidence[lang]}</dd>` : ''}
<dt>${t.justification[lang]}</dt><dd>${typeof justification === 'string' ? justification : ''}</dd>
<dt>${t.evidence[lang]}</dt><dd>${evidenceOf(loaded, indicator.id, lang)}</dd>
${
  state.finding
    ? html`<dt>${t.visitFinding[lang]}</dt><dd>${t.level[lang]} ${state.finding.level}: ${state.finding.observed}${
        state.finding.reason ? html` (${state.finding.reason})` : ''
      }</dd>`
    : ''
}
</dl>
${controls}
</section>`;
}

/**
 * The OPD's scores, self, verified and final side by side (none filled in from another), for the
 * index and each dimension, with the band of each index: what the evaluators weigh before they
 * decide, and what an admin reads.
 */
function scoresCard(loaded: Loaded, lang: 'id' | 'en'): Html {
  const { scores } = reviewScores(loaded.review, loaded.instrument);
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : formatNumber(round2(value))[lang];
  const bandLabel = (band: string | null) =>
    loaded.instrument.bands.find((b) => b.id === band)?.label[lang] ?? '';
  const headers = scoreKinds.map((kind) => html`<th scope="col">${t.scoreKinds[kind][lang]}</th>`);
  const row = (label: string, cells: Html[]) => html`<tr><th scope="row">${label}</th>${cells}</tr>`;
  const dimensions = smartCityDimensions.filter((d) =>
    scoreKinds.some((kind) => scores[kind].dimensions[d.id] !== undefined),
  );
  return html`<section class="card" aria-labelledby="scores-title"><h2 id="scores-title">${t.scoresTitle[lang]}</h2>
<p class="hint">${t.scoresHint[lang]}</p>
<table class="scores"><thead><tr><td></td>${headers}</tr></thead><tbody>
${row(
  t.index[lang],
  scoreKinds.map(
    (kind) =>
      html`<td>${shown(scores[kind].index)}${scores[kind].band ? html`<span class="hint band">${bandLabel(scores[kind].band)}</span>` : ''}</td>`,
  ),
)}
${dimensions.map((d) =>
  row(
    d.label[lang],
    scoreKinds.map((kind) => html`<td>${shown(scores[kind].dimensions[d.id])}</td>`),
  ),
)}
</tbody></table></section>`;
}

const indicatorsOf = (instrument: Instrument, review: Review) =>
  instrument.indicators.filter((indicator) => Object.hasOwn(review.indicators, indicator.id));

async function render(
  request: ReviewRequest,
  loaded: Loaded,
  status = 200,
  problem?: { errors: readonly FieldError[]; posted: URLSearchParams },
): Promise<HttpResult> {
  const { lang } = request;
  const { review, csrf, instrument } = loaded;
  const opd = await request.deps.directory.getOpd(review.city, review.opd);
  const timeZone = await timeZoneOfCity(request.deps.directory, review.city);
  const today = localDateOf(request.deps.clock.now(), timeZone);
  const notice = request.query.get('notice');
  const notices = { saved: t.saved, revision: t.revisionSent, accepted: t.acceptedNotice } as const;
  const told = notice && Object.hasOwn(notices, notice) ? notices[notice as keyof typeof notices] : undefined;
  const errors =
    problem &&
    html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1"><h2>${t.notChanged[lang]}</h2><ul>${problem.errors.map(
      (e) => html`<li>${e.message[lang]}</li>`,
    )}</ul></div>`;
  const path = reviewPath(review.year, review.opd);
  const editable = review.status === 'in_review' && loaded.decides;
  const due = problem?.posted.get('due') ?? addDays(today, revisionDays);
  const actions = editable
    ? html`<div class="card"><div class="field"><label for="due">${t.revisionDue[lang]}</label><input type="date" id="due" name="due" value="${due}"></div>
<div class="actions"><button type="submit" name="_action" value="save" class="button button--secondary">${t.save[lang]}</button>
<button type="submit" name="_action" value="revise" class="button button--secondary">${t.requestRevision[lang]}</button>
<button type="submit" name="_action" value="accept" class="button">${t.accept[lang]}</button></div></div>`
    : html`<p class="notice" role="status">${t.closed[lang]}</p>`;
  const cards = indicatorsOf(instrument, review).map((i) => indicatorCard(loaded, i, lang, problem?.posted));
  const body = html`<h1>${t.reviewTitle[lang]}: ${opd?.name ?? review.opd}</h1>
<p class="hint">${review.year} · ${t.round[lang]} ${review.round} · ${t.statuses[review.status][lang]} · ${t.due[lang]} ${formatDay(review.due, lang)}</p>
${told ? html`<p class="notice notice--success" role="status">${told[lang]}</p>` : ''}${errors ?? ''}
${scoresCard(loaded, lang)}
<form method="post" action="${path}" accept-charset="utf-8" class="form">
<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="revision" value="${String(review.revision)}">
${cards}
${actions}
</form>`;
  const title = `${problem ? `${t.notChanged[lang]}: ` : ''}${t.reviewTitle[lang]}`;
  return page(
    request,
    status,
    layout({ site: request.deps.site, lang, title, body, path, session: request.session?.value }),
  );
}

/** `GET /evaluasi/{year}/{opd}`: the review screen of one OPD's self-assessment, for its verifier or the lead. */
export async function reviewPage(request: ReviewRequest): Promise<HttpResult> {
  return render(request, await loaded(request));
}

/** The verified levels and notes, and the revision comments, the form posted. */
function postedDecision(posted: URLSearchParams, review: Review) {
  const levels: Record<string, { level: number; note?: string }> = {};
  const comments: Record<string, string> = {};
  for (const indicator of Object.keys(review.indicators)) {
    const level = posted.get(`level.${indicator}`)?.trim();
    const note = posted.get(`note.${indicator}`)?.trim();
    const comment = posted.get(`comment.${indicator}`)?.trim();
    if (level) levels[indicator] = { level: Number(level), ...(note ? { note } : {}) };
    if (comment) comments[indicator] = comment;
  }
  return { levels, comments };
}

/**
 * What the decision's second step would refuse, refused before its first: a revision request
 * without a comment or with a due date that is not a date after today, or an acceptance that would
 * leave an indicator without a verified level.
 * @throws DomainError `invalid`.
 */
async function preflight(
  request: ReviewRequest,
  review: Review,
  action: string | null,
  decision: {
    revision: number;
    levels: Record<string, unknown>;
    comments: Record<string, string>;
    due: string;
  },
): Promise<void> {
  const on = {
    year: review.year,
    opd: review.opd,
    revision: Number.isInteger(decision.revision) ? Math.max(decision.revision, 1) : 1,
  };
  if (action === 'revise') {
    parseInput(requestRevisionInput, { ...on, comments: decision.comments, due: decision.due });
    const today = localDateOf(
      request.deps.clock.now(),
      await timeZoneOfCity(request.deps.directory, review.city),
    );
    if (decision.due <= today) throw reviewRefusals.dueNotAfterToday(today);
  }
  if (action === 'accept') {
    const missing = Object.entries(review.indicators)
      .filter(([id, state]) => state.verified === undefined && !Object.hasOwn(decision.levels, id))
      .map(([id]) => id);
    if (missing.length > 0) throw reviewRefusals.notVerified(missing);
  }
}

/**
 * `POST /evaluasi/{year}/{opd}`: saves the verified levels and notes posted, then, as the button
 * says, asks the OPD to revise (the comments, by the date given) or accepts. The OPD's
 * self-assessment obligation follows: owed again by the revision's date, or accepted. A refused
 * decision changes nothing and shows the screen again with what was typed and why.
 */
export async function decideReviewPage(request: ReviewRequest): Promise<HttpResult> {
  const state = await loaded(request);
  const posted = postedFields(request);
  const action = posted.get('_action');
  const { review, caller } = state;
  const deps = reviewDepsOf(request.deps);
  const on = { year: review.year, opd: review.opd };
  try {
    let revision = Number(posted.get('revision'));
    const { levels, comments } = postedDecision(posted, review);
    const due = posted.get('due')?.trim() ?? '';
    // The decision is checked whole before the levels are saved, so a refused one changes nothing.
    await preflight(request, review, action, { revision, levels, comments, due });
    if (Object.keys(levels).length > 0)
      revision = (await recordVerification(deps, caller, { ...on, revision, levels })).review.revision;
    const round = { reviews: deps, obligations: request.deps.obligationDeps };
    if (action === 'revise') {
      await requestRevisionOfOpd(round, caller, { ...on, revision, comments, due });
    } else if (action === 'accept') {
      await acceptAssessment(round, caller, { ...on, revision });
    }
  } catch (error) {
    if (!(error instanceof DomainError) || (error.kind !== 'invalid' && error.kind !== 'conflict'))
      throw error;
    const errors = error.fields?.length
      ? error.fields
      : [{ path: '', code: error.code, message: error.messages }];
    return render(request, await loaded(request), error.kind === 'invalid' ? 400 : 409, { errors, posted });
  }
  const notice = action === 'revise' ? 'revision' : action === 'accept' ? 'accepted' : 'saved';
  return redirect(`${reviewPath(review.year, review.opd)}?notice=${notice}`);
}
