/** The evaluators' and admins' page of the cycle's risk registers, and what it posts to. */
export const adminRisksPath = '/admin/risiko';
export const chooseQuickWinsPath = '/admin/risiko/program';
export const reviewPathOf = (opd: string) => `/admin/risiko/${opd}/tinjauan`;

/** Every register of the cycle as one spreadsheet. */
export const registerFilePath = '/admin/risiko/register.xlsx';
