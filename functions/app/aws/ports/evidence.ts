import * as z from 'zod/mini';
import { createS3FileStore } from '#functions/platform/aws/s3-file-store.ts';
import type { PortBuilder } from './builder.ts';

/** `evidence`: the evidence bucket. Two HEAD attempts of 3 s each stay inside a 10 s timeout. */
export const evidencePorts: PortBuilder = ({ env, access, clock }) => ({
  files: createS3FileStore({
    ...access,
    bucket: env({ EVIDENCE_BUCKET: z.string().check(z.minLength(1)) }).EVIDENCE_BUCKET,
    clock,
    timeoutMs: 3000,
  }),
});
