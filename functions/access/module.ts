import { defineModule } from '#functions/platform/module/descriptor.ts';

/** The way in and out reaches every session, whatever opened it. */
const open = { function: 'web', access: 'session', links: 'any', needs: ['table'] } as const;
const linkPage = { ...open, needs: ['table', 'links'] } as const;
const signInPost = { ...open, csrf: 'sign-in-form' } as const;
const signOut = { ...open, signedIn: true, csrf: 'session-form' } as const;

/** The way in and out: the start page, Cognito and demo sign-in, signed links, language, page scripts. */
export const accessModule = defineModule({
  name: 'access',
  routes: [
    /** Start page: what Siklus is, and the way in. */
    {
      ...open,
      method: 'GET',
      path: '/',
      operation: 'start',
    },
    /** A signed link from an email: who it signs in, and a button. */
    {
      ...linkPage,
      method: 'GET',
      path: '/l/{token}',
      operation: 'openLink',
    },
    /** Sign in with a signed link (the button of its page). */
    {
      ...signInPost,
      method: 'POST',
      path: '/l/open',
      operation: 'confirmLink',
      needs: linkPage.needs,
    },
    /** Mail a fresh link for an expired one. */
    {
      ...signInPost,
      method: 'POST',
      path: '/l/renew',
      operation: 'renewLink',
      needs: ['table', 'links', 'mail'],
    },
    /** To Cognito managed login (PKCE). */
    {
      ...open,
      method: 'GET',
      path: '/auth/login',
      operation: 'login',
      needs: ['table', 'sign-in'],
    },
    /** Back from Cognito managed login. */
    {
      ...open,
      method: 'GET',
      path: '/auth/callback',
      operation: 'callback',
      needs: ['table', 'sign-in', 'people'],
    },
    /** Sign out. */
    { ...signOut, method: 'POST', path: '/auth/logout', operation: 'logout' },
    /** Sign out on every device. */
    {
      ...signOut,
      method: 'POST',
      path: '/auth/logout-everywhere',
      operation: 'logoutEverywhere',
    },
    /** Switch language, remembered. */
    {
      ...open,
      method: 'GET',
      path: '/bahasa/{lang}',
      operation: 'language',
    },
    /** A page script, by its content-hashed name. */
    {
      ...open,
      method: 'GET',
      path: '/assets/{file}',
      operation: 'asset',
    },
    /** One-click sign-in as a demo person. */
    {
      ...signInPost,
      method: 'POST',
      path: '/demo/sign-in',
      operation: 'demoSignIn',
      embeddedOnly: true,
    },
  ],
  tasks: [],
});
