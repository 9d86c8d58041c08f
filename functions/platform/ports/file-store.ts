import { InvalidInputError } from '#functions/platform/lambda/errors.ts';

/** One evidence file that a person is about to upload, as the browser described it. */
export interface UploadRequest {
  fileId: string;
  /** Where the file goes; segments of letters, digits, `.`, `_`, `-` joined by `/` (see {@link checkUploadRequest}). */
  key: string;
  contentType: string;
  /** Exact size in bytes. */
  size: number;
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: string;
}

/** What the browser needs to post the file: a multipart/form-data POST of `fields` then a `file` part, to `url`. */
export interface UploadTicket {
  fileId: string;
  url: string;
  fields: Record<string, string>;
  /** ISO 8601; the store refuses the post after this. */
  expiresAt: string;
  maxBytes: number;
}

/** Bytes the server received itself, to store under `key` (see {@link FileStore.put}). */
export interface PutRequest {
  /** As for {@link UploadRequest.key}. */
  key: string;
  contentType: string;
  bytes: Uint8Array;
}

/** How a browser is to show a stored file (see {@link FileStore.openUrl}). */
export interface OpenOptions {
  /** The name the browser gives the file, as its uploader named it; any text. */
  filename: string;
  /** One of {@link evidenceLimits}' content types: the one the file was stored with. */
  contentType: string;
}

/** A file as the store holds it. */
export interface StoredFile {
  key: string;
  size: number;
  contentType: string;
  /** SHA-256 of the stored bytes, lowercase hex, as the store computed it (never as the uploader claimed it). */
  sha256: string;
}

/**
 * Where evidence files live: S3 on AWS, a folder in the embedded runtime. Files normally never pass
 * through a handler: the browser posts them straight to the store with a ticket that admits exactly
 * one file. Only a browser without JavaScript, which cannot compute the SHA-256 a ticket needs,
 * posts the file to the handler, which hands the bytes on with {@link FileStore.put}.
 */
export interface FileStore {
  /**
   * The origin the browser sends uploads to, which the pages' CSP allows in `connect-src`; none
   * when tickets name a path of the site itself, so uploads go wherever the page was opened from.
   */
  readonly uploadOrigin: string | undefined;
  /**
   * A presigned form POST that accepts exactly this file: its key, size, content type and SHA-256.
   * Throws {@link InvalidInputError} when the request is outside {@link evidenceLimits}.
   */
  createUpload(request: UploadRequest): Promise<UploadTicket>;
  /**
   * What is stored under key, or undefined. The sha256 is the store's own verified checksum, so a
   * caller confirms an upload by comparing it with the one it asked for.
   * Throws {@link InvalidInputError} when the object has no full-object SHA-256 checksum (it was
   * not uploaded with a ticket) and a TransientError when the store is throttled or unavailable.
   */
  describe(key: string): Promise<StoredFile | undefined>;
  /**
   * Stores bytes the server received itself (a form posted without JavaScript), at most
   * `evidenceLimits.maxServerBytes`; the store computes and keeps their SHA-256. Throws
   * {@link InvalidInputError} outside the limits (content type, size, key), and a TransientError
   * when the store is throttled or unavailable. A put to a key that holds a file replaces it.
   */
  put(request: PutRequest): Promise<StoredFile>;
  /**
   * Deletes a file the server stored for a post that was then refused, so a refusal leaves
   * nothing behind. Deleting a key that holds nothing is not an error.
   */
  delete(key: string): Promise<void>;
  /**
   * A URL a browser opens to read the file under key inline, as `filename` of `contentType`, for
   * {@link evidenceLimits.openSeconds} from now: a presigned GET on S3, a signed path of the site in
   * the embedded runtime. Whoever holds the URL can read the file until then, so the caller hands
   * it only to someone allowed to, in a page that is not cached. The store does not look for the
   * file: opening the URL of a key that holds nothing answers 404. Throws {@link InvalidInputError}
   * for an invalid key or a content type that is not evidence.
   *
   * @example
   * const href = await files.openUrl(evidence.key, { filename: evidence.name, contentType: evidence.contentType });
   */
  openUrl(key: string, options: OpenOptions): Promise<string>;
}

/** What an evidence upload may be: documents, photos and tables as OPDs usually hold them. */
export const evidenceLimits = {
  maxBytes: 20 * 1024 * 1024,
  /**
   * The most {@link FileStore.put} takes. The bytes pass through a Lambda, whose request payload is
   * at most 6 MB, and API Gateway hands it a binary body base64-encoded (4 bytes for every 3), so
   * 4 MB of file plus the form around it stays under that.
   */
  maxServerBytes: 4 * 1024 * 1024,
  contentTypes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'image/webp',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
  ],
  maxKeyLength: 512,
  /** How long a URL of {@link FileStore.openUrl} opens its file: long enough to follow the link, too short to pass it around. */
  openSeconds: 300,
} as const;

export type EvidenceContentType = (typeof evidenceLimits.contentTypes)[number];

// No segment may start with a dot, so `.` and `..` can never appear and a key maps to a path
// inside the local store's folder as safely as to an S3 key.
const keySegment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const sha256Hex = /^[0-9a-f]{64}$/;

/** True when `key` is a store key: no empty, hidden, `.` or `..` segment, no leading `/`, no backslash. */
export function isValidKey(key: string): boolean {
  if (key.length === 0 || key.length > evidenceLimits.maxKeyLength) return false;
  return key.split('/').every((segment) => keySegment.test(segment));
}

/** Throws {@link InvalidInputError} unless the request fits {@link evidenceLimits}; both adapters call it. */
export function checkUploadRequest(request: UploadRequest): void {
  const problem = uploadProblem(request);
  if (problem) throw new InvalidInputError(problem);
}

/** Throws {@link InvalidInputError} unless the bytes fit {@link evidenceLimits} for a put; both adapters call it. */
export function checkPutRequest({ key, contentType, bytes }: PutRequest): void {
  const problem = fileProblem(key, contentType, bytes.byteLength, evidenceLimits.maxServerBytes);
  if (problem) throw new InvalidInputError(problem);
}

/** Throws {@link InvalidInputError} unless {@link FileStore.openUrl} may name this file; both adapters call it. */
export function checkOpenRequest(key: string, { contentType }: OpenOptions): void {
  if (!isValidKey(key)) throw new InvalidInputError(`Invalid file key: ${JSON.stringify(key)}`);
  if (!isEvidenceType(contentType)) {
    throw new InvalidInputError(`Content type ${contentType} is not accepted as evidence`);
  }
}

const isEvidenceType = (contentType: string) =>
  (evidenceLimits.contentTypes as readonly string[]).includes(contentType);

function uploadProblem({ key, contentType, size, sha256 }: UploadRequest): string | undefined {
  const problem = fileProblem(key, contentType, size, evidenceLimits.maxBytes);
  if (problem) return problem;
  if (!sha256Hex.test(sha256)) return 'sha256 must be 64 lowercase hex digits';
  return undefined;
}

function fileProblem(key: string, contentType: string, size: number, maxBytes: number): string | undefined {
  if (!isValidKey(key)) return `Invalid file key: ${JSON.stringify(key)}`;
  if (!isEvidenceType(contentType)) {
    return `Content type ${contentType} is not accepted as evidence`;
  }
  if (!Number.isSafeInteger(size) || size < 1 || size > maxBytes) {
    return `File size must be 1 to ${maxBytes} bytes, not ${size}`;
  }
  return undefined;
}

/** The base64 form that S3 uses for checksums, from the lowercase hex form of the port. */
export const hexToBase64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');
