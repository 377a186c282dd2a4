import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

const MUTATING_EXPORT = new RegExp(
  [
    String.raw`export\s+(?:const|async function|function)\s+(POST|PUT|PATCH|DELETE)\b`,
    String.raw`export\s+const\s*\{[^}]*\b(POST|PUT|PATCH|DELETE)\b`,
    String.raw`export\s*\{[^}]*\bas\s+(POST|PUT|PATCH|DELETE)\b`,
  ].join('|'),
);

// The cross-site check lives in one place (lib/api/cross-site.ts); a route handler reaches it through
// apiRoute or guardRoute. A new handler that changes state without either fails here.
describe('every state-changing route handler under app/', () => {
  const files = routeFiles(path.join(ROOT, 'app')).filter((file) =>
    MUTATING_EXPORT.test(fs.readFileSync(file, 'utf8')),
  );

  it('finds the handlers', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.map((file) => path.relative(ROOT, file))).toContain(path.join('app/api/auth/[...nextauth]/route.ts'));
  });

  it.each(files.map((file) => [path.relative(ROOT, file), file]))('%s runs the cross-site check', (_, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const mutating = [
      ...source.matchAll(/export\s+(?:const|async function|function)\s+(POST|PUT|PATCH|DELETE)\b(.*)/g),
    ];
    for (const [, method, rest] of mutating) {
      expect(rest, `${method} must be apiRoute(...) or guardRoute(...)`).toMatch(/=\s*(apiRoute|guardRoute)\b/);
    }
    if (mutating.length === 0) expect(source).toMatch(/=\s*guardRoute\(/);
  });
});
