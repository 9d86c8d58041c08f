import { describe, expect, it } from 'vitest';
import { fromLambdaEnvironment } from '#functions/platform/aws/s3/credentials.ts';
import {
  createS3Signer,
  objectPath,
  presignUrl,
  Sha256,
  signPolicy,
  signRequest,
} from '#functions/platform/aws/s3/signing.ts';
import { ConfigurationError } from '#functions/platform/lambda/env.ts';

// AWS's example credentials, published with the worked examples below for testing signing code.
const example = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

// The base64 policy exactly as the page gives it.
const publishedPolicy =
  'eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9ucyI6IFsNCiAgICB7ImJ1' +
  'Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXNlci91c2VyMS8i' +
  'XSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3QiOiAiaHR0cDov' +
  'L3NpZ3Y0ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgICBbInN0' +
  'YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUx' +
  'MjM2NTEyNzQifSwNCiAgICB7IngtYW16LXNlcnZlci1zaWRlLWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFy' +
  'dHMtd2l0aCIsICIkeC1hbXotbWV0YS10YWciLCAiIl0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZP' +
  'RE5ON0VYQU1QTEUvMjAxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGht' +
  'IjogIkFXUzQtSE1BQy1TSEEyNTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAwWiIgfQ0KICBdDQp9';

describe('S3 SigV4 signing', () => {
  it("signs the POST policy of AWS's browser upload example with the signature AWS publishes", async () => {
    // Prepare: S3 API reference, "Example: Browser-Based Upload using HTTP POST (Using AWS Signature
    // Version 4)". The policy is signed as base64 of its exact bytes, which have CRLF line ends.
    const policy = [
      '{ "expiration": "2015-12-30T12:00:00.000Z",',
      '  "conditions": [',
      '    {"bucket": "sigv4examplebucket"},',
      '    ["starts-with", "$key", "user/user1/"],',
      '    {"acl": "public-read"},',
      '    {"success_action_redirect": "http://sigv4examplebucket.s3.amazonaws.com/successful_upload.html"},',
      '    ["starts-with", "$Content-Type", "image/"],',
      '    {"x-amz-meta-uuid": "14365123651274"},',
      '    {"x-amz-server-side-encryption": "AES256"},',
      '    ["starts-with", "$x-amz-meta-tag", ""],',
      '',
      '    {"x-amz-credential": "AKIAIOSFODNN7EXAMPLE/20151229/us-east-1/s3/aws4_request"},',
      '    {"x-amz-algorithm": "AWS4-HMAC-SHA256"},',
      '    {"x-amz-date": "20151229T000000Z" }',
      '  ]',
      '}',
    ].join('\r\n');
    const encoded = Buffer.from(policy, 'utf8').toString('base64');

    // Act
    const signature = await signPolicy(encoded, example, 'us-east-1', new Date('2015-12-29T00:00:00Z'));

    // Assess
    expect(encoded).toBe(publishedPolicy);
    expect(signature).toBe('8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e');
  });

  it("signs AWS's GET Object example request with the signature AWS publishes", async () => {
    // Prepare: S3 API reference, "Signature Calculations for the Authorization Header: Transferring
    // Payload in a Single Chunk", Example: GET Object.
    const signer = createS3Signer({ region: 'us-east-1', credentials: async () => example });
    const request = {
      method: 'GET',
      host: 'examplebucket.s3.amazonaws.com',
      path: objectPath('test.txt'),
      headers: { range: 'bytes=0-9' },
    };

    // Act
    const headers = await signRequest(signer, request, new Date('2013-05-24T00:00:00Z'));

    // Assess
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(headers).not.toHaveProperty('host');
  });

  it("presigns AWS's GET Object example URL with the signature AWS publishes", async () => {
    // Prepare: S3 API reference, "Authenticating Requests: Using Query Parameters (AWS Signature
    // Version 4)", the example of a presigned URL valid for 86400 seconds.
    const signer = createS3Signer({ region: 'us-east-1', credentials: async () => example });
    const request = { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: objectPath('test.txt') };

    // Act
    const url = await presignUrl(signer, request, new Date('2013-05-24T00:00:00Z'), 86400);

    // Assess: the URL exactly as the page gives it.
    expect(url).toBe(
      'https://examplebucket.s3.amazonaws.com/test.txt' +
        '?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
        '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request' +
        '&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host' +
        '&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
    );
  });

  it('presigns the session token of temporary credentials into the signed query', async () => {
    // Prepare
    const signer = createS3Signer({
      region: 'us-east-1',
      credentials: async () => ({ ...example, sessionToken: 'token/with+signs=' }),
    });
    const request = { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: objectPath('test.txt') };
    const date = new Date('2013-05-24T00:00:00Z');

    // Act
    const url = new URL(await presignUrl(signer, request, date, 86400));
    const withoutToken = new URL(
      await presignUrl(
        createS3Signer({ region: 'us-east-1', credentials: async () => example }),
        request,
        date,
        86400,
      ),
    );

    // Assess: the token is in the URL, and the signature changes with it, so it was signed.
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('token/with+signs=');
    expect(url.search).toContain('X-Amz-Security-Token=token%2Fwith%2Bsigns%3D');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('X-Amz-Signature')).not.toBe(
      withoutToken.searchParams.get('X-Amz-Signature'),
    );
  });

  it('signs the session token of temporary credentials', async () => {
    const signer = createS3Signer({
      region: 'us-east-1',
      credentials: async () => ({ ...example, sessionToken: 'token' }),
    });
    const headers = await signRequest(
      signer,
      { method: 'HEAD', host: 'b.s3.us-east-1.amazonaws.com', path: '/k', headers: {} },
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers['x-amz-security-token']).toBe('token');
    expect(headers.authorization).toContain(
      'SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,',
    );
  });

  it('hashes and keys HMACs like node:crypto, the RFC 4231 test case 2', async () => {
    const hmac = new Sha256('Jefe');
    hmac.update(Buffer.from('what do ya want for nothing?'));
    expect(Buffer.from(await hmac.digest()).toString('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('encodes each key segment and keeps the slashes', () => {
    expect(objectPath('evidence/jambi/dinas-1/file_1.v2.pdf')).toBe('/evidence/jambi/dinas-1/file_1.v2.pdf');
    expect(objectPath("a b/c!d'(e)*")).toBe('/a%20b/c%21d%27%28e%29%2A');
  });
});

describe('Lambda environment credentials', () => {
  it('reads the role key, its session token and the region', async () => {
    // Act
    const access = fromLambdaEnvironment({
      AWS_REGION: 'ap-southeast-3',
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'token',
    });

    // Assess
    expect(access.region).toBe('ap-southeast-3');
    expect(await access.credentials()).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it('leaves the session token out when there is none', async () => {
    const access = fromLambdaEnvironment({
      AWS_REGION: 'r',
      AWS_ACCESS_KEY_ID: 'a',
      AWS_SECRET_ACCESS_KEY: 's',
    });
    expect(await access.credentials()).toEqual({ accessKeyId: 'a', secretAccessKey: 's' });
  });

  it('fails fast when the key is missing', () => {
    expect(() => fromLambdaEnvironment({ AWS_REGION: 'ap-southeast-3' })).toThrow(ConfigurationError);
  });
});
