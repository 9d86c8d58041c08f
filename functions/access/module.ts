import { defineModule } from '#functions/platform/module/descriptor.ts';

/** The way in and out reaches every session, whatever opened it. */
const open = { function: 'web', access: 'session', links: 'any', needs: ['table'] } as const;
const linkPage = { ...open, needs: ['table', 'links'] } as const;
const signInPost = { ...open, csrf: 'sign-in-form' } as const;
const signOut = { ...open, signedIn: true, csrf: 'session-form' } as const;

/** The way in and out: the start page, Cognito and demo sign-in, signed links, language, page scripts. */
export const accessModule = defineModule({
  name: 'access',
  summary: 'Signing in and out, signed links from emails, the language of the pages',
  routes: [
    {
      ...open,
      method: 'GET',
      path: '/',
      operation: 'start',
      summary: 'Start page: what Siklus is, and the way in',
    },
    {
      ...linkPage,
      method: 'GET',
      path: '/l/{token}',
      operation: 'openLink',
      summary: 'A signed link from an email: who it signs in, and a button',
    },
    {
      ...signInPost,
      method: 'POST',
      path: '/l/open',
      operation: 'confirmLink',
      summary: 'Sign in with a signed link (the button of its page)',
      needs: linkPage.needs,
    },
    {
      ...signInPost,
      method: 'POST',
      path: '/l/renew',
      operation: 'renewLink',
      summary: 'Mail a fresh link for an expired one',
      needs: ['table', 'links', 'mail'],
    },
    {
      ...open,
      method: 'GET',
      path: '/auth/login',
      operation: 'login',
      summary: 'To Cognito managed login (PKCE)',
      needs: ['table', 'sign-in'],
    },
    {
      ...open,
      method: 'GET',
      path: '/auth/callback',
      operation: 'callback',
      summary: 'Back from Cognito managed login',
      needs: ['table', 'sign-in', 'people'],
    },
    { ...signOut, method: 'POST', path: '/auth/logout', operation: 'logout', summary: 'Sign out' },
    {
      ...signOut,
      method: 'POST',
      path: '/auth/logout-everywhere',
      operation: 'logoutEverywhere',
      summary: 'Sign out on every device',
    },
    {
      ...open,
      method: 'GET',
      path: '/bahasa/{lang}',
      operation: 'language',
      summary: 'Switch language, remembered',
    },
    {
      ...open,
      method: 'GET',
      path: '/assets/{file}',
      operation: 'asset',
      summary: 'A page script, by its content-hashed name',
    },
    {
      ...signInPost,
      method: 'POST',
      path: '/demo/sign-in',
      operation: 'demoSignIn',
      summary: 'One-click sign-in as a demo person',
      embeddedOnly: true,
    },
  ],
  tasks: [],
});
