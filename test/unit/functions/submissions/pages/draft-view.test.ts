import { describe, expect, it } from 'vitest';
import { innovationReportForm } from '#forms/innovation-report.form.ts';
import { site } from '#functions/app/web/site.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { Draft } from '#functions/submissions/model.ts';
import type { SubmissionPageDeps, SubmissionRequest } from '#functions/submissions/pages/deps.ts';
import { readOnlyDraftPage } from '#functions/submissions/pages/draft-view.ts';
import { httpEvent } from '#test/support/http-event.ts';

const path = '/forms/innovation-report/drafts/draft-1';

/** What the page reads of a request: its language and path, the site's shell, and the upload origin its headers allow. */
const requestIn = (lang: Lang): SubmissionRequest => ({
  deps: { files: { uploadOrigin: undefined }, site } as unknown as SubmissionPageDeps,
  event: httpEvent('GET', path),
  lang,
  session: undefined,
  params: { formId: 'innovation-report', draftId: 'draft-1' },
  query: new URLSearchParams(),
});

const draft: Draft = {
  city: 'manado',
  opd: 'diskominfo',
  draftId: 'draft-1',
  formId: innovationReportForm.id,
  formVersion: innovationReportForm.version,
  answers: {},
  status: 'draft',
  revision: 1,
  createdAt: '2026-08-17T01:00:00.000Z',
  createdBy: 'operator',
  updatedAt: '2026-08-17T02:30:00.000Z',
  updatedBy: 'operator',
};

describe('readOnlyDraftPage', () => {
  it('shows the last save in the zone of the OPD city', () => {
    const makassar = readOnlyDraftPage(requestIn('id'), innovationReportForm, draft, 'Asia/Makassar');
    expect(makassar.body).toContain('17 Agustus 2026 pukul 10.30 WITA');
    expect(makassar.body).not.toContain('WIB');

    const english = readOnlyDraftPage(requestIn('en'), innovationReportForm, draft, 'Asia/Makassar');
    expect(english.body).toContain('17 August 2026 at 10:30 WITA');
  });

  it('shows it in WIB for a city in Asia/Jakarta', () => {
    const jakarta = readOnlyDraftPage(requestIn('id'), innovationReportForm, draft, 'Asia/Jakarta');
    expect(jakarta.body).toContain('17 Agustus 2026 pukul 09.30 WIB');
  });
});
