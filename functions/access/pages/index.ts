import type { AccessPageDeps } from '#functions/access/deps.ts';
import { asset } from '#functions/platform/web/assets.ts';
import { switchLanguage } from '#functions/platform/web/language.ts';
import type { PageHandler } from '#functions/platform/web/page-guard.ts';
import { callback, demoSignIn, login, logout, logoutEverywhere } from './auth.ts';
import { confirmLink, openLink, renewLink } from './links.ts';
import { startPage } from './start.ts';

/** The pages of the access module, by the operation its routes name. */
export const pages: Record<string, PageHandler<AccessPageDeps>> = {
  start: startPage,
  openLink,
  confirmLink,
  renewLink,
  login,
  callback,
  logout,
  logoutEverywhere,
  demoSignIn,
  language: switchLanguage,
  asset,
};
