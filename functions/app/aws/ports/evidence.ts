import * as z from 'zod/mini';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import { createS3FileStore } from '#functions/platform/aws/s3-file-store.ts';
import type { PortBuilder } from './builder.ts';

/** `evidence`: the evidence bucket. Two HEAD attempts of 3 s each stay inside a 10 s timeout. */
export const evidencePorts: PortBuilder = ({ env, clock }) => ({
  files: createS3FileStore({
    ...fromLambdaEnvironment(),
    bucket: env({ EVIDENCE_BUCKET: z.string().check(z.minLength(1)) }).EVIDENCE_BUCKET,
    clock,
    timeoutMs: 3000,
  }),
});
