/**
 * Page script: shows and hides the conditional fields of a `renderForm` form as a person answers.
 * Built for the browser by `npm run build:browser` into `functions/platform/web/browser-scripts.ts`.
 */
import { evaluateCondition, wireVisibility } from '#forms/render/visibility-script.ts';

const run = () => wireVisibility(document, evaluateCondition);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
