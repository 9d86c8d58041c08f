import { formCatalog } from '#forms/catalog.ts';
import type { CognitoSignIn, DemoSignIn } from '#functions/access/deps.ts';
import { createAnswersReview } from '#functions/assessment/answers-review.ts';
import { createSelfAssessmentForms } from '#functions/assessment/self-assessment-forms.ts';
import { createDueLookup, createDutyLookup } from '#functions/obligations/due-lookup.ts';
import { createDraftLinker, createSubmissionLinker } from '#functions/obligations/record-submission.ts';
import { createRegisterReview } from '#functions/risks/register-review.ts';
import { createRiskForms } from '#functions/risks/risk-forms.ts';
import { combineReviews } from '#functions/submissions/answers-reviews.ts';
import type { SubmissionDeps } from '#functions/submissions/deps.ts';
import { combineTailoredForms } from '#functions/submissions/tailored-forms.ts';
import type { ApiDeps } from './api/api.ts';
import { obligationDepsOf } from './obligation-deps.ts';
import { everyPort, type Ports } from './ports.ts';
import type { WebDeps } from './web/deps.ts';
import { site } from './web/site.ts';

/*
 * The composition of the engine, one for both runtimes: each part's deps built from the ports.
 * A runtime supplies the ports (AWS adapters, or local ones) and nothing else.
 */

/** Form filling, with the obligation that a draft or a submission answers. */
export function submissionDepsOf(ports: Ports): SubmissionDeps {
  const obligations = obligationDepsOf(ports);
  return {
    store: ports.submissions,
    forms: formCatalog,
    tailored: combineTailoredForms([
      createSelfAssessmentForms(ports.instruments),
      createRiskForms(ports.risks, ports.directory),
    ]),
    reviewOf: combineReviews([
      createAnswersReview(ports.reviews, ports.directory),
      createRegisterReview(ports.obligations, ports.directory),
    ]),
    files: ports.files,
    clock: ports.clock,
    newId: ports.newId,
    onSubmitted: createSubmissionLinker(obligations),
    onDraftSaved: createDraftLinker(obligations),
    dueFor: createDueLookup(obligations),
    dutiesFor: createDutyLookup(obligations),
  };
}

/**
 * The API's deps. `cookieSessions` lets the embedded pages' session cookie call the API too; on
 * AWS the JWT authorizer admits bearer tokens only.
 */
export const apiDepsOf = (ports: Ports, options: { cookieSessions: boolean }): ApiDeps => {
  const { sessions, ...withoutSessions } = everyPort(ports);
  return {
    ...withoutSessions,
    ...submissionDepsOf(ports),
    ...(options.cookieSessions ? { sessions } : {}),
    obligationDeps: obligationDepsOf(ports),
  };
};

/**
 * The pages' deps: the function's ports under their own names (a part's pages name what they
 * need as the ports are named), with the submission use cases, the site and the way in.
 */
export const webDepsOf = (ports: Ports, signIn: CognitoSignIn | DemoSignIn): WebDeps => ({
  ...everyPort(ports),
  ...submissionDepsOf(ports),
  site,
  signIn,
  obligationDeps: obligationDepsOf(ports),
});
