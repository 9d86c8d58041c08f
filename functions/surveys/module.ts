import { defineModule } from '#functions/platform/module/descriptor.ts';
import { maxResponseBodyBytes } from './survey-limits.ts';

/**
 * The public questionnaires: anyone with the link, signed in or not, however they came; throttled
 * on AWS to a share of the site's capacity (a city's posters bring a few responses a minute).
 */
const open = {
  function: 'web',
  access: 'session',
  links: 'any',
  needs: ['table'],
  throttle: { rateLimit: 10, burstLimit: 20 },
} as const;
/** A public answer: checked by the double-submit token the page set; the address limit's keyed hash needs the link keys. */
const answer = {
  ...open,
  method: 'POST',
  csrf: 'sign-in-form',
  maxBytes: maxResponseBodyBytes,
  needs: ['table', 'links'],
} as const;
const opdStaff = ['opd-operator', 'opd-head'] as const;
/**
 * The OPD's pages. Its operators' reminders link here, so sessions opened from a fill link reach
 * them; an escalation's link shows the OPD's programs to its head, and writes nothing.
 */
const staffPage = {
  function: 'web',
  access: 'session',
  signedIn: true,
  roles: opdStaff,
  links: ['fill'],
  needs: ['table'],
} as const;
const readers = ['evaluator', 'admin'] as const;
const adminPage = {
  function: 'web',
  access: 'session',
  signedIn: true,
  roles: readers,
  needs: ['table', 'people'],
} as const;
const api = { function: 'api', access: 'bearer', needs: ['table', 'people'] } as const;

/**
 * The impact survey and the citizen survey: the programs chosen for a cycle's sample (the lead
 * evaluator or an admin), the `impact-survey` obligation of each OPD that owns one, the impact
 * questionnaire its beneficiaries answer from a link or a QR code (or OPD staff fill in beside
 * them), the citizens' short public survey with its poster, and the scores and counts they give.
 */
export const surveysModule = defineModule({
  name: 'surveys',
  routes: [
    {
      ...api,
      method: 'GET',
      path: '/api/cycles/{year}/impact',
      operation: 'getImpactSurvey',
      summary:
        "My city's impact survey: its programs with their responses, impact scores by program, sub-dimension and dimension, the city's impact aspect, and the citizen survey by district (evaluators, admins)",
    },
    {
      ...api,
      method: 'POST',
      path: '/api/cycles/{year}/impact/programs',
      operation: 'chooseImpactPrograms',
      summary:
        "Choose the impact survey's programs, one innovation report of the year per slot of the sample; opens the OPDs' impact-survey obligations (an admin or the lead evaluator; once; audited)",
      needs: ['table', 'people', 'workflows'],
    },
    /** The citizen survey of a program: two short questions, no sign-in. */
    { ...open, method: 'GET', path: '/survei/{code}', operation: 'citizenSurvey' },
    { ...answer, path: '/survei/{code}', operation: 'answerCitizenSurvey' },
    /** The citizen survey's A4 poster, with its QR code. */
    { ...open, method: 'GET', path: '/survei/{code}/poster', operation: 'citizenSurveyPoster' },
    { ...open, method: 'GET', path: '/survei/{code}/qr.svg', operation: 'citizenSurveyQr' },
    /** The impact questionnaire of a program, for its beneficiaries: no sign-in. */
    { ...open, method: 'GET', path: '/dampak/{code}', operation: 'impactQuestionnaire' },
    { ...answer, path: '/dampak/{code}', operation: 'answerImpactQuestionnaire' },
    { ...open, method: 'GET', path: '/dampak/{code}/qr.svg', operation: 'impactQuestionnaireQr' },
    /** The citizen survey's counts, once an admin or the lead evaluator opened them to the public. */
    { ...open, method: 'GET', path: '/ringkasan-survei/{city}/{year}', operation: 'publicSurveySummary' },
    /** The OPD's programs in the impact survey: counts, links, QR codes, posters. */
    {
      ...staffPage,
      method: 'GET',
      path: '/survei-dampak',
      operation: 'mySurveys',
      roles: [...opdStaff, ...readers],
      links: ['fill', 'escalation'],
    },
    /** The impact questionnaire, filled in by OPD staff beside its respondent. */
    {
      ...staffPage,
      method: 'GET',
      path: '/survei-dampak/{code}/bantuan',
      operation: 'assistedQuestionnaire',
    },
    {
      ...staffPage,
      method: 'POST',
      path: '/survei-dampak/{code}/bantuan',
      operation: 'answerAssisted',
      csrf: 'session-form',
    },
    /** The cycle's impact survey: the choice of its programs, then its results. */
    { ...adminPage, method: 'GET', path: '/admin/dampak', operation: 'impactSurvey' },
    {
      ...adminPage,
      method: 'POST',
      path: '/admin/dampak/program',
      operation: 'choosePrograms',
      csrf: 'session-form',
      needs: ['table', 'people', 'workflows'],
    },
    {
      ...adminPage,
      method: 'POST',
      path: '/admin/dampak/ringkasan',
      operation: 'switchPublicSummary',
      csrf: 'session-form',
    },
  ],
  tasks: [],
  navigation: [
    { href: '/survei-dampak', label: { id: 'Survei dampak', en: 'Impact survey' }, roles: opdStaff },
    { href: '/admin/dampak', label: { id: 'Survei dampak', en: 'Impact survey' }, roles: readers },
  ],
});
