import type { SurveyDistrict } from '#forms/surveys/citizen-survey.form.ts';
import type { ImpactSettings } from '#functions/obligations/model.ts';

/**
 * One program of a cycle's impact survey: an OPD's innovation of the year, chosen for a slot of
 * the sample (a dimension or a sub-dimension). It is known to the public by its `code` alone, on
 * its links and QR codes, which says nothing of the OPD's internals.
 */
export interface ImpactProgram {
  /** Ten lower-case letters and digits, random: the program's public name in links. */
  code: string;
  city: string;
  year: number;
  /** `governance` or `governance.public-services`: the slot it fills. */
  slot: string;
  dimension: string;
  /** The innovation's sub-dimension (`governance.public-services`), whatever the slot. */
  subDimension: string;
  opd: string;
  opdName: string;
  /** The innovation report it comes from. */
  submissionId: string;
  /** The innovation's name, as the OPD reported it. */
  name: string;
  /** Responses to the impact questionnaire the OPD collects for it. */
  required: number;
  /** The city's districts (kecamatan), which the citizen survey offers. */
  districts: SurveyDistrict[];
  /** The last local date on which responses are taken (the impact phase's close), and that instant. */
  closes: string;
  closesAt: string;
  timeZone: string;
}

/** What a program has received so far: kept on its record, so reading it costs the same whatever the count. */
export interface ImpactTally {
  /** Impact questionnaires recorded, and of them those entered by OPD staff beside the respondent. */
  responses: number;
  assisted: number;
  /** The sum of each Likert item over the responses, by item. */
  sums: Readonly<Record<string, number>>;
  /** Citizen survey responses recorded. */
  citizens: number;
}

export type StoredProgram = ImpactProgram & ImpactTally;

/** A cycle's impact survey: the sample it was chosen with and its programs, frozen once chosen. */
export interface ImpactPlan {
  city: string;
  year: number;
  settings: ImpactSettings;
  programs: ImpactProgram[];
  chosenBy: string;
  chosenAt: string;
  /** Whether the public summary of the citizen survey is open (an admin opens and closes it). */
  publicSummary: boolean;
  revision: number;
}
