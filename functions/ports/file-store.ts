import { InvalidInputError } from '#functions/shared/errors.ts';

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

/** A file as the store holds it. */
export interface StoredFile {
  key: string;
  size: number;
  contentType: string;
  /** SHA-256 of the stored bytes, lowercase hex, as the store computed it (never as the uploader claimed it). */
  sha256: string;
}

/**
 * Where evidence files live: S3 on AWS, a folder in the embedded runtime. Files never pass through
 * a handler; the browser posts them straight to the store with a ticket that admits exactly one file.
 */
export interface FileStore {
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
}

/** What an evidence upload may be: documents, photos and tables as OPDs usually hold them. */
export const evidenceLimits = {
  maxBytes: 20 * 1024 * 1024,
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

function uploadProblem({ key, contentType, size, sha256 }: UploadRequest): string | undefined {
  if (!isValidKey(key)) return `Invalid file key: ${JSON.stringify(key)}`;
  if (!(evidenceLimits.contentTypes as readonly string[]).includes(contentType)) {
    return `Content type ${contentType} is not accepted as evidence`;
  }
  if (!Number.isSafeInteger(size) || size < 1 || size > evidenceLimits.maxBytes) {
    return `File size must be 1 to ${evidenceLimits.maxBytes} bytes, not ${size}`;
  }
  if (!sha256Hex.test(sha256)) return 'sha256 must be 64 lowercase hex digits';
  return undefined;
}

/** The base64 form that S3 uses for checksums, from the lowercase hex form of the port. */
export const hexToBase64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');
