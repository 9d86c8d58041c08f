import type { HttpResult } from '#functions/platform/http/http.ts';
import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import type { PageDeps, WebRequest } from '#functions/platform/web/request.ts';
import { requireSession } from '#functions/platform/web/request.ts';
import { attachment } from '#functions/platform/web/responses.ts';
import { registerFileName, registerRows } from '../register-rows.ts';
import { writeRegisterXlsx } from '../register-xlsx.ts';
import { registersOf } from '../registers.ts';
import { riskRefusals } from '../risk-refusals.ts';
import { assertRiskReader } from '../risk-scope.ts';
import type { RiskPageDeps } from './deps.ts';
import { riskTexts as t } from './risk-texts.ts';

/** What the export reads: the plan, the city, and each OPD's obligation and submitted register. */
export type RegisterFileDeps = PageDeps &
  Pick<RiskPageDeps, 'risks' | 'directory' | 'obligations' | 'submissions'>;

/** The content type of an XLSX workbook. */
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /admin/risiko/register.xlsx`: every register of the city's current cycle as one
 * spreadsheet, one row per risk, in the reader's language (evaluators and admins). Served by the
 * function that loads the XLSX library; the web function never does.
 */
export async function registerFilePage(request: WebRequest<RegisterFileDeps>): Promise<HttpResult> {
  const { identity } = requireSession(request);
  assertRiskReader(identity);
  const { lang } = request;
  const year = (await request.deps.directory.getCity(identity.city))?.currentYear;
  const plan = year === undefined ? undefined : await request.deps.risks.plan(identity.city, year);
  if (!plan) throw riskRefusals.planNotFound();
  const registers = await registersOf(request.deps, plan);
  const { rows, fills } = registerRows(registers, lang, (status) => t.statuses[status][lang]);
  const file = await writeRegisterXlsx(rows, fills, `${t.title[lang]} ${plan.year}`);
  return attachment(registerFileName(plan), xlsxType, file);
}

/** The risk register's pages that write a spreadsheet, by the operation its routes name. */
export const registerFilePages: Record<string, PageHandler<RegisterFileDeps>> = {
  exportRiskRegisters: registerFilePage,
};
