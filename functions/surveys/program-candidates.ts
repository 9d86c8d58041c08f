import { innovationReportForm } from '#forms/innovation-report.form.ts';
import type { SurveyDistrict } from '#forms/surveys/citizen-survey.form.ts';
import type { DirectoryStore } from '#functions/directory/stores.ts';
import { localDateOf } from '#functions/platform/time/calendar.ts';
import type { SubmissionStore } from '#functions/submissions/stores.ts';
import { fitsSlot, type ImpactSlot } from './impact-settings.ts';

/** An innovation an OPD reported in the cycle's year: a program the impact survey may ask about. */
export interface ProgramCandidate {
  opd: string;
  opdName: string;
  submissionId: string;
  name: string;
  /** `governance.public-services`. */
  subDimension: string;
  /** As the OPD reported it; 0 for an innovation not yet launched. */
  peopleReached: number;
}

/** OPDs read per page of the directory. */
const pageSize = 100;

/** The directory's kind of the OPDs that are districts (kecamatan). */
const districtKind = 'kecamatan';

/**
 * Every innovation the city's OPDs reported in `year` (in the city's zone), in order of OPD id
 * then of submission, and the city's districts (its OPDs of kind kecamatan), which the citizen
 * survey offers. Read OPD by OPD: it runs a few times a cycle, when the lead chooses.
 */
export async function programCandidates(
  deps: { directory: Pick<DirectoryStore, 'opdPage'>; submissions: Pick<SubmissionStore, 'listForOpd'> },
  city: string,
  year: number,
  timeZone: string,
): Promise<{ candidates: ProgramCandidate[]; districts: SurveyDistrict[] }> {
  const candidates: ProgramCandidate[] = [];
  const districts: SurveyDistrict[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.directory.opdPage(city, pageSize, cursor);
    for (const opd of page.opds) {
      if (opd.kind === districtKind) districts.push({ id: opd.opd, name: opd.name });
      const { submissions } = await deps.submissions.listForOpd({ city, opd: opd.opd });
      for (const submission of submissions) {
        if (submission.formId !== innovationReportForm.id) continue;
        if (!localDateOf(new Date(submission.submittedAt), timeZone).startsWith(`${year}-`)) continue;
        const { name, subDimension, peopleReached } = submission.answers;
        if (typeof name !== 'string' || typeof subDimension !== 'string') continue;
        candidates.push({
          opd: opd.opd,
          opdName: opd.name,
          submissionId: submission.submissionId,
          name,
          subDimension,
          peopleReached: typeof peopleReached === 'number' ? peopleReached : 0,
        });
      }
    }
    cursor = page.cursor;
  } while (cursor);
  return { candidates, districts };
}

/**
 * The candidates that may fill `slot`, the one that reached the most people first (ties by OPD
 * id): the order the choice is offered in, and the one a simulated lead takes.
 */
export const candidatesFor = (
  slot: ImpactSlot,
  candidates: readonly ProgramCandidate[],
): ProgramCandidate[] =>
  candidates
    .filter((c) => fitsSlot(slot, c.subDimension))
    .sort((a, b) => b.peopleReached - a.peopleReached || a.opd.localeCompare(b.opd));
