/**
 * Page script: keeps the computed values of a `renderForm` form (a self-assessment's projected
 * scores) live as a person answers. Built for the browser by `npm run build:browser` into
 * `functions/platform/web/browser-scripts.ts`.
 */
import { wireComputed } from '#forms/render/computed-script.ts';

const run = () => wireComputed(document);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
