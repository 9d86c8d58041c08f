import * as z from 'zod';

/**
 * Stage settings, validated once when the app starts. Values come from CDK context
 * (`cdk synth -c stage=prod -c alertEmail=ops@example.go.id`).
 */
export const stageConfigSchema = z.object({
  stage: z.string().regex(/^[a-z][a-z0-9-]{1,20}$/, 'lowercase letters, digits and dashes'),
  logRetentionDays: z.union([z.literal(30), z.literal(90), z.literal(365)]),
  alertEmail: z.email().optional(),
  /** Origin of the web pages (scheme and host): sign-in callbacks and evidence uploads are allowed from it. */
  /** The sender of every email; its domain must be a verified SES identity. */
  mailFrom: z.string().min(3),
  appOrigin: z
    .url({ protocol: /^https?$/ })
    .refine((url) => new URL(url).origin === url, 'an origin, without a path'),
});

export type StageConfig = z.infer<typeof stageConfigSchema>;

export function readStageConfig(context: (key: string) => unknown): StageConfig {
  return stageConfigSchema.parse({
    stage: context('stage') ?? 'dev',
    logRetentionDays: Number(context('logRetentionDays') ?? 30),
    alertEmail: context('alertEmail'),
    appOrigin: context('appOrigin') ?? 'http://localhost:3000',
    mailFrom: context('mailFrom') ?? 'Siklus <no-reply@example.org>',
  });
}
