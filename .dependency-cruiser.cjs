/**
 * The layering of Siklus, checked on every `npm run lint` (`npm run lint:layers`) and proven to
 * fail when broken by `test/unit/layering.test.ts`.
 *
 * Layers, bottom up: `functions/platform/<area>/` (shared by every part), the modules
 * `functions/<module>/` (one per part of the cycle), `functions/app/` (composes them); beside them
 * `forms/` and `workflows/`; `infra/` and `test/` on top. Every pattern names folders by shape,
 * never by name, so a new module folder under `functions/` is covered the day it appears.
 *
 * No cycle between folders is checked next to these rules, in `infra/build/folder-cycles.ts`: a
 * rule here sees cycles of files only, and dependency-cruiser's folder scope takes every directory
 * apart (a module's `store/` apart from the module). `infra/build/layering.ts` runs both.
 *
 * Type-only imports (`import type …`, `export type … from`, `import('…').T`) reach the rules as
 * exotic requires of `typeOnly` (see `infra/build/depcruise-typescript.ts`): they count everywhere
 * except where a rule says `exoticallyRequired: false`. To run dependency-cruiser itself (say, for
 * a graph): `node --import ./infra/build/depcruise-register.ts node_modules/.bin/depcruise …`.
 */

/** A module: a folder right under `functions/` other than `platform/` and `app/`. `$1` is its name. */
const moduleFolder = '^functions/(?!platform/|app/)([^/]+)/';

/** Adapters: the AWS side of a port. Domain code reaches them only through the port it implements. */
const adapters = [
  '^functions/platform/aws/',
  '^functions/[^/]+/store/',
  'node_modules/(@aws-sdk|@smithy)/',
  'node_modules/aws-jwt-verify/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-internals',
      comment:
        'A module shows other modules the files at the top of its folder; its subfolders (store/, api/, ' +
        'pages/, mail/) are its own and may change without notice. Type-only imports count: a type is a promise too.',
      severity: 'error',
      from: { path: moduleFolder },
      to: { path: '^functions/(?!platform/|app/)[^/]+/[^/]+/', pathNot: '^functions/$1/' },
    },
    {
      name: 'no-module-to-app',
      comment: 'The app composes the modules; a module that imports the app depends on every other module.',
      severity: 'error',
      from: { path: moduleFolder },
      to: { path: '^functions/app/' },
    },
    {
      name: 'platform-stands-alone',
      comment:
        'Every part uses the platform, so the platform uses no part: only other platform areas, ' +
        'node and npm packages. Not forms either: forms/render builds on platform/html.',
      severity: 'error',
      from: { path: '^functions/platform/' },
      to: { path: '^(functions|forms|workflows|infra|test)/', pathNot: '^functions/platform/' },
    },
    {
      name: 'domain-not-adapters',
      comment:
        "Domain code (a module's files outside store/, api/ and pages/; platform/ports) speaks to " +
        'ports, so it runs the same on AWS and embedded. It may name a store interface in a type-only ' +
        'import; the app wires the implementation.',
      severity: 'error',
      from: {
        path: [moduleFolder, '^functions/platform/ports/'],
        pathNot: '^functions/[^/]+/(store|api|pages)/',
      },
      to: { path: adapters, exoticallyRequired: false },
    },
    {
      name: 'forms-only-platform-basics',
      comment:
        'Forms use three pieces of the platform that carry no part of the cycle: the HTML helpers, ' +
        'the bilingual text type and the time module; nothing else of functions/.',
      severity: 'error',
      from: { path: '^forms/' },
      to: { path: '^functions/', pathNot: '^functions/platform/(html|text|time)/' },
    },
    {
      name: 'form-engine-stands-alone',
      comment:
        'The form engine checks and scores answers anywhere: in a Lambda, the CLI, a test. It uses ' +
        'the bilingual text type and the time module of the platform, and nothing else.',
      severity: 'error',
      from: { path: '^forms/engine/' },
      to: {
        path: '^(functions|forms|workflows|infra|test)/',
        pathNot: ['^forms/engine/', '^functions/platform/(text|time)/'],
      },
    },
    {
      name: 'workflows-only-task-errors',
      comment:
        'State machine definitions name the error types their tasks throw, and nothing else of the functions.',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { path: '^functions/', pathNot: '^functions/platform/lambda/errors[.]ts$' },
    },
    {
      name: 'runtime-not-infra-or-test',
      comment: 'What is deployed never depends on how it is deployed, run on one machine or tested.',
      severity: 'error',
      from: { path: '^(functions|forms|workflows)/' },
      to: { path: '^(infra|test)/' },
    },
    {
      name: 'no-unresolved',
      comment: 'An import the rules cannot follow would pass every rule unseen.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // TypeScript 7 has no compiler API, so sources are read through esbuild (see the note above).
    parser: 'acorn',
    exoticRequireStrings: ['typeOnly'],
    doNotFollow: { path: 'node_modules' },
    // `#functions/*` and the other aliases are the `imports` of package.json, which the resolver
    // reads as it is (tsconfig.json has no `paths`); npm packages resolve through their `exports`.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
    },
    skipAnalysisNotInRules: true,
  },
};
