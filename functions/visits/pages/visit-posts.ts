import { createHash } from 'node:crypto';
import type { FindingPhoto } from '#functions/assessment/visit-findings.ts';
import { DomainError, refusals } from '#functions/platform/errors/domain-errors.ts';
import type { HttpResult } from '#functions/platform/http/http.ts';
import { InvalidInputError } from '#functions/platform/lambda/errors.ts';
import { postedFields, requireSession } from '#functions/platform/web/request.ts';
import { redirect } from '#functions/platform/web/responses.ts';
import { checkFindings, findingPhotoKey, recordFindings } from '../record-findings.ts';
import { readVisit } from '../visit-access.ts';
import { visitPath } from '../visit-paths.ts';
import { confirmVisit, proposeVisit } from '../visit-schedule.ts';
import type { SelectionRequest } from './deps.ts';
import { type RefusedPost, renderVisit } from './visit-page.ts';

const revisionOf = (form: URLSearchParams) => {
  const posted = form.get('revision') ?? '';
  return /^\d{1,9}$/.test(posted) ? Number(posted) : posted;
};

/**
 * Runs a change posted from the visit page and goes back to it with a notice; a refusal shows the
 * page again, with what was typed, above the form it came from. `cleanup` undoes what the post
 * stored before it was refused (a photo).
 */
async function change(
  request: SelectionRequest,
  form: RefusedPost['form'],
  work: (year: number, opd: string, posted: URLSearchParams) => Promise<string>,
  cleanup: () => Promise<void> = async () => {},
): Promise<HttpResult> {
  const posted = postedFields(request);
  const year = Number(request.params.year);
  const opd = request.params.opd ?? '';
  try {
    return redirect(`${visitPath(year, opd)}?notice=${await work(year, opd, posted)}`);
  } catch (error) {
    await cleanup();
    if (error instanceof DomainError && error.kind !== 'forbidden' && error.kind !== 'not_found')
      return renderVisit(request, error.kind === 'invalid' ? 400 : 409, {
        form,
        errors: error.fields ?? [],
        message: error.messages,
        posted,
      });
    throw error;
  }
}

const text = (posted: URLSearchParams, name: string) => {
  const value = (posted.get(name) ?? '').trim();
  return value === '' ? {} : { [name]: value };
};

/** `POST /kunjungan/{year}/{opd}/jadwal`: a date proposed by the team or the head of the OPD. */
export const proposeVisitPage = (request: SelectionRequest) =>
  change(request, 'proposal', async (year, opd, posted) => {
    await proposeVisit(request.deps, requireSession(request).identity, year, opd, {
      revision: revisionOf(posted),
      date: posted.get('date') ?? '',
      start: posted.get('start') ?? '',
      end: posted.get('end') ?? '',
      place: (posted.get('place') ?? '').trim(),
      ...text(posted, 'note'),
    });
    return 'proposed';
  });

/** `POST /kunjungan/{year}/{opd}/konfirmasi`: the other side agrees to the date proposed. */
export const confirmVisitPage = (request: SelectionRequest) =>
  change(request, 'confirmation', async (year, opd, posted) => {
    await confirmVisit(request.deps, requireSession(request).identity, year, opd, {
      revision: revisionOf(posted),
    });
    return 'confirmed';
  });

/** A photo's type by its first bytes (a phone's JPEG or PNG), whatever the browser called it; none for anything else. */
function photoTypeOf(bytes: Uint8Array): 'image/jpeg' | 'image/png' | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return undefined;
}

/** The refusal of a photo the store would not keep, on the photo's field. */
const refusedPhoto = () =>
  refusals.invalid([
    {
      path: 'photo',
      code: 'invalid_file',
      message: {
        id: 'Foto harus berupa gambar JPEG atau PNG, paling besar 4 MB.',
        en: 'The photo must be a JPEG or PNG image of at most 4 MB.',
      },
    },
  ]);

/**
 * `POST /kunjungan/{year}/{opd}/temuan`: what the team found of one indicator, with a photo from
 * the phone (multipart: it works without JavaScript). The photo is stored only after the caller is
 * known to be on the visit's team, and deleted again when the finding is refused.
 */
export async function recordFindingPage(request: SelectionRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const posted = postedFields(request);
  const indicator = (posted.get('indicator') ?? '').trim();
  const upload = request.post?.files.find((f) => f.path === 'photo' && f.file.size > 0);
  let stored: string | undefined;
  return change(
    request,
    `finding:${indicator}`,
    async (year, opd, form) => {
      const level = form.get('level') ?? '';
      const body = {
        revision: revisionOf(form),
        indicator,
        observed: (form.get('observed') ?? '').trim(),
        level: /^[1-5]$/.test(level) ? Number(level) : level,
        ...text(form, 'reason'),
      };
      const bytes = upload ? new Uint8Array(await upload.file.arrayBuffer()) : undefined;
      const contentType = bytes && photoTypeOf(bytes);
      if (bytes && !contentType) throw refusedPhoto();
      const sha256 = bytes && createHash('sha256').update(bytes).digest('hex');
      // Everything recording checks, checked first: a refused post, or a repeated one, stores no photo.
      const { replay } = await checkFindings(request.deps, identity, year, opd, body, sha256);
      if (replay) return `finding#indikator-${indicator}`;
      let photo: FindingPhoto | undefined;
      if (bytes && contentType && upload) {
        const key = findingPhotoKey(identity.city, year, opd, request.deps.newId());
        try {
          const file = await request.deps.files.put({ key, contentType, bytes });
          stored = key;
          photo = {
            key,
            name: upload.file.name || 'foto',
            contentType,
            size: file.size,
            sha256: file.sha256,
          };
        } catch (error) {
          if (error instanceof InvalidInputError) throw refusedPhoto();
          throw error;
        }
      }
      await recordFindings(request.deps, identity, year, opd, body, photo);
      return `finding#indikator-${indicator}`;
    },
    async () => {
      if (stored) await request.deps.files.delete(stored).catch(() => undefined);
    },
  );
}

/** `GET /kunjungan/{year}/{opd}/foto/{indicator}/{photo}`: a photo of the findings, opened for a few minutes. */
export async function findingPhoto(request: SelectionRequest): Promise<HttpResult> {
  const { identity } = requireSession(request);
  const year = Number(request.params.year);
  const visit = await readVisit(request.deps, identity, year, request.params.opd ?? '');
  const review = await request.deps.reviews.get(identity.city, visit.year, visit.opd);
  const indicator = request.params.indicator ?? '';
  const n = Number(request.params.photo);
  const photos =
    review && Object.hasOwn(review.indicators, indicator)
      ? review.indicators[indicator]?.finding?.photos
      : undefined;
  const photo = Number.isInteger(n) && n >= 1 ? photos?.[n - 1] : undefined;
  if (!photo) throw refusals.notFound();
  return redirect(
    await request.deps.files.openUrl(photo.key, { filename: photo.name, contentType: photo.contentType }),
  );
}
