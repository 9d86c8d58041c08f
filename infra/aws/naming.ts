import { Aws } from 'aws-cdk-lib';

/**
 * The evidence bucket's name, fixed per stage, account and region (unique, at most 59
 * characters). Fixed so that the app stack can grant access to its objects by ARN without a
 * cross-stack reference, and so that the grant reads the same in every review.
 */
export const evidenceBucketName = (stage: string) => `siklus-${stage}-ev-${Aws.ACCOUNT_ID}-${Aws.REGION}`;

/** Evidence objects live under this prefix; functions get access to nothing else in the bucket. */
export const evidencePrefix = 'evidence/';
