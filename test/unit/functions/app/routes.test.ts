import { describe, expect, it } from 'vitest';
import { functionsByName } from '#functions/app/functions.ts';
import { moduleOperations as operations, operationsByModule } from '#functions/app/generated/operations.ts';
import { pageOperationsByModule, modulePages as pages } from '#functions/app/generated/pages.ts';
import { modules } from '#functions/app/modules.ts';
import { routes } from '#functions/app/routes.ts';
import { instrumentFileOperations } from '#functions/assessment/api/instrument-file-operations.ts';
import { instrumentFilePages } from '#functions/assessment/pages/instrument-file-pages.ts';
import { registerFilePages } from '#functions/risks/pages/register-file-page.ts';

describe('the routes the modules declare', () => {
  it('name each route once, by method and path', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('declare how every page POST proves its origin, checked before the page runs', () => {
    const posts = routes.filter((r) => r.access === 'session' && r.method === 'POST');
    expect(posts.length).toBeGreaterThan(0);
    for (const route of posts) expect('csrf' in route && route.csrf, route.path).toBeTruthy();
  });

  it('let only the form pages, the instrument upload and the visit findings take files; every other POST is form-encoded only', () => {
    const withFiles = routes.filter((r) => r.access === 'session' && r.method === 'POST' && r.files);
    expect(withFiles.map((r) => r.path)).toEqual([
      '/forms/{formId}/new',
      '/forms/{formId}/drafts/{draftId}',
      '/admin/instrumen',
      '/kunjungan/{year}/{opd}/temuan',
    ]);
  });

  it('find no page or operation named by two parts, which would hide one of them', () => {
    for (const byModule of [pageOperationsByModule, operationsByModule]) {
      const names = Object.values(byModule).flat();
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
      expect(names.length).toBeGreaterThan(0);
    }
  });

  it('have a page for every web route but the catch-all, and an operation for every api route', () => {
    for (const route of routes.filter((r) => r.function === 'web' && r.operation !== 'notFound'))
      expect(pages[route.operation], route.path).toBeTypeOf('function');
    for (const route of routes.filter((r) => r.function === 'api'))
      expect(operations[route.operation], route.path).toBeTypeOf('function');
  });

  it('serve the spreadsheet routes from their own function, and from no other', () => {
    const own = routes.filter((r) => r.function === 'instrument-files');
    expect(own.map((r) => r.operation).sort()).toEqual([
      'downloadInstrument',
      'exportInstrument',
      'exportRiskRegisters',
      'importInstrument',
      'importInstrumentPage',
    ]);
    for (const route of own) {
      const served =
        route.access === 'session'
          ? { ...instrumentFilePages, ...registerFilePages }
          : instrumentFileOperations;
      expect(served[route.operation], route.path).toBeTypeOf('function');
      expect(
        route.access === 'session' ? pages[route.operation] : operations[route.operation],
      ).toBeUndefined();
    }
  });

  it('link the navigation to pages that exist and need a session', () => {
    const links = modules.flatMap((m) => m.navigation ?? []);
    expect(links.map((l) => l.href)).toEqual([
      '/tugas',
      '/admin/kewajiban',
      '/admin/siklus',
      '/evaluasi',
      '/admin/instrumen',
      '/admin/pemilihan',
      '/kunjungan',
      '/survei-dampak',
      '/admin/dampak',
      '/admin/risiko',
    ]);
    for (const link of links) {
      const route = routes.find((r) => r.method === 'GET' && r.path === link.href);
      expect(route && route.access === 'session' && route.signedIn, link.href).toBe(true);
    }
  });

  it('give every function the union of what its routes and tasks declare', () => {
    const web = functionsByName.get('web');
    expect([...(web?.needs ?? [])].sort()).toEqual([
      'evidence',
      'links',
      'mail',
      'people',
      'schedules',
      'sign-in',
      'table',
      'workflows',
    ]);
    expect([...(functionsByName.get('decide-slot')?.needs ?? [])]).toEqual(['table', 'workflows']);
    expect([...(functionsByName.get('start-review')?.needs ?? [])]).toEqual([
      'table',
      'mail',
      'links',
      'schedules',
    ]);
    expect([...(functionsByName.get('remind-review')?.needs ?? [])]).toEqual(['table', 'mail', 'links']);
    expect([...(functionsByName.get('health')?.needs ?? [])]).toEqual(['table-read']);
    expect([...(functionsByName.get('write-heartbeat')?.needs ?? [])]).toEqual(['workflow-records']);
    expect([...(functionsByName.get('openapi')?.needs ?? [])]).toEqual([]);
  });
});
