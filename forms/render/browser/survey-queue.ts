/**
 * Page script of the public questionnaires: a response given while the phone has no connection
 * is kept on the phone and sent when it is back online. On submit the form is sent in the
 * background; if the network fails, the answers go into the phone's storage (`localStorage`) and
 * the page says it is waiting; they are sent on the browser's `online` event, on the next visit of
 * the page, and every half minute meanwhile (a server that is busy or limiting, 5xx, 408 or 429,
 * keeps them waiting too). The page then says when they were sent; a refusal, why. The server
 * knows a response by the id the page chose, so sending it twice records it once. Without this
 * script the form posts as any form does. Built by `npm run build:browser`.
 */

interface Queued {
  action: string;
  body: string;
  queuedAt: string;
}

const storageKey = 'siklus-survey-queue';
const sentKey = (action: string) => `siklus-survey-sent:${action}`;
const en = document.documentElement.lang === 'en';
const form = document.querySelector<HTMLFormElement>('form[data-form]');
const status = document.getElementById('survey-status');

const words = {
  waiting: en
    ? 'No connection. Your answers are kept on this phone and will be sent when it is back online.'
    : 'Tidak ada sinyal. Jawaban Anda disimpan di ponsel ini dan akan dikirim begitu tersambung kembali.',
  sending: en ? 'Sending…' : 'Mengirim…',
  sent: en ? 'Your answers were sent at' : 'Jawaban Anda terkirim pukul',
  refused: en ? 'Your answers were not accepted:' : 'Jawaban Anda tidak diterima:',
};

function read(): Queued[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Queued[]) : [];
  } catch {
    return [];
  }
}

const write = (queue: Queued[]) => localStorage.setItem(storageKey, JSON.stringify(queue));

function say(text: string) {
  if (status) status.textContent = text;
}

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString(en ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' });

/** The refusal's words, from the page the server answered with. */
function refusalOf(text: string): string {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const parts = [...doc.querySelectorAll('.error-summary li, main .card > p')].map((e) =>
    e.textContent?.trim(),
  );
  return parts.filter(Boolean).join(' ');
}

function showSent(at: string) {
  say(`${words.sent} ${clock(at)}.`);
  if (form) form.hidden = true;
}

let flushing = false;

/** Sends every queued response, oldest first; stops at the first network failure, to try again later. */
async function flush() {
  if (flushing) return;
  flushing = true;
  try {
    for (let queue = read(); queue.length > 0; queue = read()) {
      const next = queue[0] as Queued;
      let response: Response;
      try {
        response = await fetch(next.action, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: next.body,
          credentials: 'same-origin',
        });
      } catch {
        if (form && next.action === form.action) say(words.waiting);
        return;
      }
      // The server busy or limiting for now: the answers stay on the phone, to be sent later.
      if (response.status >= 500 || response.status === 429 || response.status === 408) {
        if (form && next.action === form.action) say(words.waiting);
        return;
      }
      write(read().slice(1));
      const mine = form !== null && next.action === form.action;
      if (response.ok) {
        const at = new Date().toISOString();
        localStorage.setItem(sentKey(next.action), at);
        if (mine) showSent(at);
      } else if (mine) {
        say(`${words.refused} ${refusalOf(await response.text())}`);
        form.hidden = false;
      }
    }
  } finally {
    flushing = false;
  }
}

if (form && status && window.localStorage) {
  const sentAt = localStorage.getItem(sentKey(form.action));
  if (sentAt && !read().some((q) => q.action === form.action)) showSent(sentAt);
  else if (read().some((q) => q.action === form.action)) say(words.waiting);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
    write([...read(), { action: form.action, body: body.toString(), queuedAt: new Date().toISOString() }]);
    form.hidden = true;
    say(navigator.onLine ? words.sending : words.waiting);
    void flush();
  });
  window.addEventListener('online', () => void flush());
  setInterval(() => void flush(), 30_000);
  void flush();
}
