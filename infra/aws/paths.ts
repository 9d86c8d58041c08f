import { fileURLToPath } from 'node:url';

/** The repository root, from which function entries and the lockfile are found. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const functionEntry = (name: string) => `${repoRoot}functions/app/lambda/${name}.ts`;
