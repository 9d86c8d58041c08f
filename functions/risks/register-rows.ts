import { mitigationTypes, riskCategories } from '#forms/risks/risk-register-form.ts';
import type { Lang } from '#functions/platform/text/bilingual.ts';
import type { RiskPlan } from './plan-model.ts';
import type { OpdRegister } from './registers.ts';

/** A column of the register's spreadsheet: its header in both languages and its width in characters. */
export interface RegisterColumn {
  label: { id: string; en: string };
  width: number;
  /** The column whose cells are filled in their risk level's colour. */
  level?: true;
}

/**
 * The columns of the city's risk register spreadsheet, in its order: one row per risk, the
 * OPD and program first, the rating (likelihood, impact, magnitude, level) in the middle, the
 * mitigation with its owner and due date last, and where the register stands in its review.
 */
export const registerColumns: readonly RegisterColumn[] = [
  { label: { id: 'No', en: 'No' }, width: 5 },
  { label: { id: 'OPD', en: 'OPD' }, width: 28 },
  { label: { id: 'Program quick win', en: 'Quick-win program' }, width: 30 },
  { label: { id: 'Risiko', en: 'Risk' }, width: 36 },
  { label: { id: 'Penyebab', en: 'Cause' }, width: 36 },
  { label: { id: 'Kategori', en: 'Category' }, width: 18 },
  { label: { id: 'Kemungkinan', en: 'Likelihood' }, width: 12 },
  { label: { id: 'Dampak', en: 'Impact' }, width: 10 },
  { label: { id: 'Besaran', en: 'Magnitude' }, width: 10 },
  { label: { id: 'Tingkat risiko', en: 'Risk level' }, width: 16, level: true },
  { label: { id: 'Jenis mitigasi', en: 'Type of mitigation' }, width: 18 },
  { label: { id: 'Rencana mitigasi', en: 'Mitigation plan' }, width: 40 },
  { label: { id: 'Penanggung jawab', en: 'Owner' }, width: 28 },
  { label: { id: 'Tenggat', en: 'Due' }, width: 12 },
  { label: { id: 'Status register', en: 'Register status' }, width: 18 },
];

/** A cell of the spreadsheet: text or a number. */
export type RegisterCell = string | number;

/** The label of a choice the register's form offers (a category, a type of mitigation), in `lang`. */
export const optionLabel = (options: typeof riskCategories, value: string, lang: Lang) =>
  options.find((option) => option.value === value)?.label[lang] ?? value;

/**
 * The rows of a cycle's registers, in `lang`: the header, then one row per risk, OPD by OPD in
 * the plan's order and risk by risk as the OPD gave them, and the level colour of each risk's row
 * (`fills[i]` is that of `rows[i + 1]`). A register not submitted yet has no row. `statusOf` names
 * an obligation's status in `lang`.
 */
export function registerRows(
  registers: readonly OpdRegister[],
  lang: Lang,
  statusOf: (status: NonNullable<OpdRegister['obligation']>['status']) => string,
): { rows: RegisterCell[][]; fills: string[] } {
  const rows: RegisterCell[][] = [registerColumns.map((column) => column.label[lang])];
  const fills: string[] = [];
  let n = 0;
  for (const register of registers) {
    const status = register.obligation ? statusOf(register.obligation.status) : '';
    for (const risk of register.risks) {
      rows.push([
        ++n,
        register.opdName,
        risk.programName,
        risk.risk,
        risk.cause,
        optionLabel(riskCategories, risk.category, lang),
        risk.likelihood,
        risk.impact,
        risk.rating.magnitude,
        risk.rating.level.label[lang],
        optionLabel(mitigationTypes, risk.mitigationType, lang),
        risk.mitigation,
        risk.owner,
        risk.due,
        status,
      ]);
      fills.push(risk.rating.level.fill);
    }
  }
  return { rows, fills };
}

/** The file's name: `register-risiko-<city>-<year>.xlsx`. */
export const registerFileName = (plan: Pick<RiskPlan, 'city' | 'year'>) =>
  `register-risiko-${plan.city}-${plan.year}.xlsx`;
