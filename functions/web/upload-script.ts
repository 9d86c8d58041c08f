/**
 * The page's upload script, as text for an inline `<script nonce>` (plain JavaScript: this
 * project compiles without the DOM library). For each evidence field it hashes the chosen file
 * (SHA-256, in the browser), asks the form's `data-upload-url` for a ticket, posts the file
 * straight to the file store, and fills the field's hidden reference inputs. The file input then
 * loses its name, so the form does not post the file a second time. Without JavaScript the file
 * input keeps its name and the form posts the file with the answers (multipart).
 */
export const uploadScript = `(() => {
  const form = document.querySelector('form[data-upload-url]');
  if (!form || !window.crypto || !crypto.subtle) return;
  const en = document.documentElement.lang === 'en';
  const csrf = (form.querySelector('input[name="_csrf"]') || {}).value || '';
  const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
  for (const field of form.querySelectorAll('[data-evidence-field]')) {
    const path = field.dataset.evidenceField;
    const picker = field.querySelector('input[type="file"]');
    if (!picker) continue;
    const status = document.createElement('p');
    status.className = 'hint';
    status.setAttribute('role', 'status');
    picker.after(status);
    picker.addEventListener('change', async () => {
      const file = picker.files && picker.files[0];
      if (!file) return;
      status.textContent = en ? 'Uploading…' : 'Mengunggah…';
      try {
        const sha256 = hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
        const contentType = file.type || 'application/octet-stream';
        const answer = await fetch(form.dataset.uploadUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ name: file.name, contentType, size: file.size, sha256 }),
        });
        const body = await answer.json();
        if (!answer.ok) throw new Error(((body.error || {}).message || {})[en ? 'en' : 'id'] || answer.statusText);
        const ticket = body.upload;
        const data = new FormData();
        for (const [name, value] of Object.entries(ticket.fields)) data.append(name, value);
        data.append('file', file);
        const stored = await fetch(ticket.url, { method: 'POST', body: data });
        if (!stored.ok) throw new Error(String(stored.status));
        const values = { fileId: ticket.fileId, sha256, name: file.name, contentType, size: String(file.size) };
        for (const [part, value] of Object.entries(values)) {
          const input = form.querySelector('input[type="hidden"][name="' + path + '.' + part + '"]');
          if (input) input.value = value;
        }
        picker.removeAttribute('name');
        status.textContent = (en ? 'Attached: ' : 'Terlampir: ') + file.name;
      } catch (error) {
        status.textContent = (en ? 'Upload failed: ' : 'Gagal mengunggah: ') + error.message;
      }
    });
  }
})();`;
