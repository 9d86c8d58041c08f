/** What a page answered: status, body, where it sends the browser, and the cookies it set. */
export interface PageResponse {
  status: number;
  text: string;
  location: string | null;
  headers: Headers;
}

/**
 * A browser without a browser: a cookie jar over fetch, following nothing, so every redirect and
 * Set-Cookie can be checked. `from` sets the client's address (the local server reads it from the
 * socket, so it is only a label for rate limits when the server trusts none: the jar is enough).
 */
export class WebVisitor {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The cookie header this visitor sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(
    method: string,
    path: string,
    body?: string | Uint8Array,
    contentType?: string,
  ): Promise<PageResponse> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(body === undefined ? {} : { 'content-type': contentType ?? 'application/x-www-form-urlencoded' }),
      },
      ...(body === undefined ? {} : { body }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/i.test(cookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return {
      status: response.status,
      text: await response.text(),
      location: response.headers.get('location'),
      headers: response.headers,
    };
  }

  get(path: string): Promise<PageResponse> {
    return this.request('GET', path);
  }

  post(path: string, fields: Record<string, string>): Promise<PageResponse> {
    return this.request('POST', path, new URLSearchParams(fields).toString());
  }

  /** The first `name="_csrf"` value on a page. */
  static csrfOf(page: PageResponse): string {
    return /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  }

  /** Signs in as a demo person from the start page, as its one-click form does. */
  async demoSignIn(person: string): Promise<PageResponse> {
    const start = await this.get('/');
    return this.post('/demo/sign-in', { _csrf: WebVisitor.csrfOf(start), person });
  }

  /** Opens a link path (`/l/...`) and presses its button; answers the POST's response. */
  async openLink(path: string): Promise<PageResponse> {
    const shown = await this.get(path);
    if (shown.status !== 200) return shown;
    const form = /<form method="post" action="\/l\/open">(.*?)<\/form>/s.exec(shown.text)?.[1] ?? '';
    const token = /name="token" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
    return this.post('/l/open', { _csrf: csrf, token });
  }

  get session(): string | undefined {
    return this.cookies.get('__Host-siklus-session');
  }
}
