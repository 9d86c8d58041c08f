import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import type { SubmissionPageDeps } from './deps.ts';
import { postForm, showForm } from './form-page.ts';
import { submissionPage } from './submission-page.ts';
import { todoPage } from './todo.ts';
import { pageUpload } from './uploads.ts';

/** The pages of the submissions module, by the operation its routes name. */
export const pages: Record<string, PageHandler<SubmissionPageDeps>> = {
  todo: todoPage,
  showForm,
  postForm,
  submission: submissionPage,
  upload: pageUpload,
};
