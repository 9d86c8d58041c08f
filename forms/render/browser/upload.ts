/**
 * Page script: for each evidence field it hashes the chosen file (SHA-256, in the browser), asks
 * the form's `data-upload-url` for a ticket, posts the file straight to the file store, and fills
 * the field's hidden reference inputs. The file input then loses its name, so the form does not
 * post the file a second time. Without JavaScript the file input keeps its name and the form posts
 * the file with the answers (multipart). Built by `npm run build:browser`.
 */

interface Ticket {
  fileId: string;
  url: string;
  fields: Record<string, string>;
}

const form = document.querySelector<HTMLFormElement>('form[data-upload-url]');
const en = document.documentElement.lang === 'en';
/**
 * Whether a file fits its field (the types it accepts, its size limit), checked before anything is
 * sent: the field's own rule, shown under its picker, then says why not.
 */
function fits(field: HTMLElement, file: File): boolean {
  const accept = (field.dataset.accept ?? '').split(',').filter(Boolean);
  const type = (file.type || 'application/octet-stream').toLowerCase();
  const typeFits =
    accept.length === 0 ||
    accept.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : a.toLowerCase() === type));
  const maxBytes = Number(field.dataset.maxBytes ?? Number.POSITIVE_INFINITY);
  return typeFits && file.size > 0 && file.size <= maxBytes;
}

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** The page's own message from a refusal, whatever shape the answer has (JSON error, or not JSON at all). */
async function refusal(answer: Response): Promise<string> {
  const body = (await answer.json().catch(() => undefined)) as
    | { error?: { message?: { id?: string; en?: string } } }
    | undefined;
  const message = body?.error?.message?.[en ? 'en' : 'id'];
  if (message) return message;
  return en ? `The server answered ${answer.status}.` : `Server menjawab ${answer.status}.`;
}

async function upload(target: HTMLFormElement, path: string, file: File, csrf: string): Promise<void> {
  const sha256 = hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  const contentType = file.type || 'application/octet-stream';
  const answer = await fetch(target.dataset.uploadUrl ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    body: JSON.stringify({ name: file.name, contentType, size: file.size, sha256 }),
  });
  if (!answer.ok) throw new Error(await refusal(answer));
  const ticket = ((await answer.json()) as { upload: Ticket }).upload;
  const data = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) data.append(name, value);
  data.append('file', file);
  const stored = await fetch(ticket.url, { method: 'POST', body: data });
  if (!stored.ok) throw new Error(await refusal(stored));
  const values = { fileId: ticket.fileId, sha256, name: file.name, contentType, size: String(file.size) };
  for (const [part, value] of Object.entries(values)) {
    const input = target.querySelector<HTMLInputElement>(`input[type="hidden"][name="${path}.${part}"]`);
    if (input) input.value = value;
  }
}

if (form && window.crypto?.subtle) {
  const csrf = form.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  for (const field of form.querySelectorAll<HTMLElement>('[data-evidence-field]')) {
    const path = field.dataset.evidenceField ?? '';
    const picker = field.querySelector<HTMLInputElement>('input[type="file"]');
    if (!picker) continue;
    const status = document.createElement('p');
    status.className = 'hint';
    status.setAttribute('role', 'status');
    picker.after(status);
    picker.addEventListener('change', async () => {
      const file = picker.files?.[0];
      if (!file) return;
      if (!fits(field, file)) {
        const rule =
          field.querySelector('input[type="file"] ~ p.hint, p.hint[id$="-rule"]')?.textContent ?? '';
        status.textContent = (en ? 'Upload failed: ' : 'Gagal mengunggah: ') + rule;
        return;
      }
      status.textContent = en ? 'Uploading…' : 'Mengunggah…';
      try {
        await upload(form, path, file, csrf);
        picker.removeAttribute('name');
        status.textContent = (en ? 'Attached: ' : 'Terlampir: ') + file.name;
      } catch (error) {
        status.textContent = (en ? 'Upload failed: ' : 'Gagal mengunggah: ') + (error as Error).message;
      }
    });
  }
}
