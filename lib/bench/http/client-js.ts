import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The `/_next/static/…` scripts a page's HTML loads (its src attributes, deduplicated, in order). */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  return [...new Set(sources.filter((src) => src.startsWith('/_next/static/')))];
}

/**
 * Gzipped bytes of the client JavaScript a route loads, read from the build
 * (`.next/static`) for the scripts its HTML names: what a browser downloads
 * before the page is interactive.
 */
export function gzippedClientJs(html: string, buildDir = '.next'): { bytes: number; files: number } {
  let bytes = 0;
  const sources = scriptSources(html);
  for (const src of sources) {
    const file = path.join(buildDir, 'static', decodeURIComponent(src.replace(/^\/_next\/static\//, '').split('?')[0] ?? ''));
    // A script the build does not hold (served by a route, say) is not the build's JavaScript: skip it.
    if (!fs.existsSync(file)) continue;
    bytes += gzipSync(fs.readFileSync(file), { level: 9 }).byteLength;
  }
  return { bytes, files: sources.length };
}
