import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document';

const API_ROOT = path.resolve(import.meta.dirname, '../../app/api/v1');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface RouteFile {
  /** The OpenAPI path, relative to /api/v1: `[id]` becomes `{id}`. */
  path: string;
  methods: string[];
  /** Whether it is wrapped in apiRoute (session → 401, permission → 403). */
  signedIn: boolean;
}

/**
 * Every routable `route.ts` under app/api/v1. Route groups `(x)` add no
 * segment; private folders `_x` are not routable; the `[...path]` catch-all
 * only answers unknown paths (401/404) and is documented in the description.
 */
function findRoutes(dir = API_ROOT, segments: string[] = []): RouteFile[] {
  const found: RouteFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (entry.isDirectory()) {
      if (name.startsWith('_') || name.startsWith('[...') || name.startsWith('[[...')) continue;
      const segment = name.startsWith('(') ? [] : [name.replace(/^\[(.+)\]$/, '{$1}')];
      found.push(...findRoutes(path.join(dir, name), [...segments, ...segment]));
    } else if (/^route\.(ts|tsx|js)$/.test(name)) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      found.push({
        path: `/${segments.join('/')}`,
        methods: exportedMethods(source),
        signedIn: /\bapiRoute\b/.test(source),
      });
    }
  }
  return found;
}

/** The HTTP methods a route module exports, read with the TypeScript parser (nothing is executed). */
function exportedMethods(source: string): string[] {
  const file = ts.createSourceFile('route.ts', source, ts.ScriptTarget.Latest);
  const names: string[] = [];
  const isExported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) names.push(declaration.name.getText(file));
    } else if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
      names.push(statement.name.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names.filter((name) => HTTP_METHODS.includes(name)).sort();
}

type Operation = { security?: unknown[]; parameters?: { name: string; in: string }[]; responses: object };
const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
const routes = findRoutes();

function operationsOf(item: Record<string, unknown>): [string, Operation][] {
  return Object.entries(item)
    .filter(([key]) => HTTP_METHODS.includes(key.toUpperCase()))
    .map(([key, operation]) => [key.toUpperCase(), operation as Operation]);
}

describe('the OpenAPI document against app/api/v1', () => {
  it('finds the route files (a sanity check on the walk)', () => {
    expect(routes.map((route) => route.path)).toContain('/diary-entries/{night}');
    expect(routes.find((route) => route.path === '/admin/care-team/{clinicianUserId}/{patientId}')?.methods).toEqual([
      'DELETE',
      'PUT',
    ]);
  });

  it('documents exactly the implemented paths and methods', () => {
    const implemented = routes.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`));
    const documented = Object.entries(doc.paths).flatMap(([pathName, item]) =>
      operationsOf(item).map(([method]) => `${method} ${pathName}`),
    );
    expect(documented.sort()).toEqual(implemented.sort());
  });

  it.each(routes)('$path: public only where the handler takes no session, 401 and 403 where it does', (route) => {
    for (const [, operation] of operationsOf(doc.paths[route.path] ?? {})) {
      const responses = Object.keys(operation.responses);
      if (route.signedIn) {
        expect(operation.security).toBeUndefined();
        expect(responses).toEqual(expect.arrayContaining(['401', '403']));
      } else {
        expect(operation.security).toEqual([]);
        expect(responses).not.toContain('401');
      }
    }
  });

  it.each(routes)('$path: every path placeholder is declared as a path parameter', (route) => {
    const item = doc.paths[route.path] ?? {};
    const placeholders = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const shared = (item.parameters as Operation['parameters']) ?? [];
    for (const [, operation] of operationsOf(item)) {
      const declared = [...shared, ...(operation.parameters ?? [])].filter((p) => p.in === 'path').map((p) => p.name);
      expect(declared.sort()).toEqual(placeholders);
    }
  });
});
