import type { SignatureV4 } from '@smithy/signature-v4';
import { contentDisposition } from '#functions/platform/http/content-disposition.ts';
import type { OpenOptions } from '#functions/platform/ports/file-store.ts';
import { bucketHost, objectPath, presignUrl } from './signing.ts';

export interface GetObjectUrlRequest extends OpenOptions {
  bucket: string;
  region: string;
  key: string;
  now: Date;
  expiresInSeconds: number;
}

/**
 * A presigned GetObject of one key, to open in a browser: S3 answers with the `Content-Type` and
 * an inline `Content-Disposition` (named `filename`) that the URL's `response-*` parameters ask
 * for, which are signed with the rest so nobody can change them. The URL acts with the signer's
 * permissions, so the signer's role needs `s3:GetObject` on the key. No request is sent.
 */
export function getObjectUrl(
  signer: SignatureV4,
  { bucket, region, key, filename, contentType, now, expiresInSeconds }: GetObjectUrlRequest,
): Promise<string> {
  return presignUrl(
    signer,
    {
      method: 'GET',
      host: bucketHost(bucket, region),
      path: objectPath(key),
      query: {
        'response-content-disposition': contentDisposition('inline', filename),
        'response-content-type': contentType,
      },
    },
    now,
    expiresInSeconds,
  );
}
