import type { RiskScale } from './risk-matrix.ts';

/** A quick-win program of a cycle: one innovation report of the year, marked for the risk register. */
export interface QuickWin {
  /** The innovation report it was chosen from: the program's id in the register's answers. */
  submissionId: string;
  opd: string;
  opdName: string;
  name: string;
  /** `governance.public-services`. */
  subDimension: string;
}

/**
 * The quick-win programs of a cycle and the scale their risks are rated on, chosen once by an
 * admin or the lead evaluator and frozen: the registers the OPDs fill are forms built from it.
 */
export interface RiskPlan {
  city: string;
  year: number;
  scale: RiskScale;
  programs: QuickWin[];
  chosenBy: string;
  chosenAt: string;
  revision: number;
}
