import type { AwsAccess } from './credentials.ts';
import { amzDate, bucketHost, signPolicy } from './signing.ts';

/** A POST policy condition: an exact match `{ field: value }`, or an operator form such as `['eq', '$field', value]`. */
export type PolicyCondition = Record<string, string> | [string, ...(string | number)[]];

export interface PostPolicyRequest {
  bucket: string;
  key: string;
  /** Form fields for the browser to send; each is also pinned in the policy as an exact match. */
  fields: Record<string, string>;
  conditions: PolicyCondition[];
  now: Date;
  expiresInSeconds: number;
}

export interface PresignedPost {
  url: string;
  fields: Record<string, string>;
}

/**
 * A browser POST upload signed with SigV4 (S3 API reference, "Browser-Based Uploads Using POST").
 * Fields, their names and the policy's conditions are those of `createPresignedPost` from
 * `@aws-sdk/s3-presigned-post`, in the same order: the given conditions, every field as an exact
 * match (with `bucket` and the `X-Amz-*` fields), then the key.
 */
export async function presignPost(
  { region, credentials: provide }: AwsAccess,
  { bucket, key, fields, conditions, now, expiresInSeconds }: PostPolicyRequest,
): Promise<PresignedPost> {
  const credentials = await provide();
  const date = amzDate(now);
  const signedFields: Record<string, string> = {
    ...fields,
    bucket,
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${credentials.accessKeyId}/${date.slice(0, 8)}/${region}/s3/aws4_request`,
    'X-Amz-Date': date,
    ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
  };
  const expiration = new Date(now.getTime() + expiresInSeconds * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const allConditions = [
    ...conditions,
    ...Object.entries(signedFields).map(([name, value]) => ({ [name]: value })),
    { key },
  ];
  const policy = Buffer.from(JSON.stringify({ expiration, conditions: allConditions }), 'utf8').toString(
    'base64',
  );
  return {
    url: `https://${bucketHost(bucket, region)}/`,
    fields: {
      ...signedFields,
      key,
      Policy: policy,
      'X-Amz-Signature': await signPolicy(policy, credentials, region, now),
    },
  };
}
