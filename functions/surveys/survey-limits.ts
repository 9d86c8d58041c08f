/*
 * The limits of the public questionnaires, in one place. A city's posters send citizens from the
 * same public wifi or carrier address (mobile carriers put many phones behind one), so the limit
 * per address is far above what people around one poster answer in an hour and far below what a
 * script would send; a program's limit caps what any number of addresses can send it.
 */

/** Responses one network address may send in {@link addressWindowSeconds}, all programs together. */
export const responsesPerAddress = 30;
export const addressWindowSeconds = 3600;

/** Responses one program may receive in {@link programWindowSeconds}, from everyone together. */
export const responsesPerProgram = 600;
export const programWindowSeconds = 3600;

/** The largest form-encoded body a public questionnaire accepts: its answers fit in a few hundred bytes. */
export const maxResponseBodyBytes = 4096;

/** A device token: 32 random bytes, base64url (43 characters). */
export const deviceTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** A response id chosen by the page: 16 random bytes, base64url (22 characters). */
export const responseIdPattern = /^[A-Za-z0-9_-]{22}$/;

/** A program's public code: ten lower-case letters and digits. */
export const programCodePattern = /^[a-z0-9]{10}$/;

/** The honeypot: a field no person sees, which only a script fills. */
export const honeypotField = 'website';
