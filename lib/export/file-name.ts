import type { NightRange } from './range';

/**
 * A download's file name: `calfwatch-<what>[-<patient>][-<from>][_to_<to>].<ext>`,
 * ASCII only so every browser and file system keeps it as written.
 */
export function exportFileName(what: string, options: { patientName?: string; range: NightRange; extension: string }) {
  const parts = ['calfwatch', what];
  const name = options.patientName ? slug(options.patientName) : '';
  if (name) parts.push(name);
  if (options.range.from) parts.push(`from-${options.range.from}`);
  if (options.range.to) parts.push(`to-${options.range.to}`);
  return `${parts.join('-')}.${options.extension}`;
}

/** The Content-Disposition header for a download of that name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Headers for a download of patient data: never cached, never sniffed, saved under `fileName`. */
export function downloadHeaders(contentType: string, fileName: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Disposition': attachment(fileName),
    'Cache-Control': 'no-store, private',
    'X-Content-Type-Options': 'nosniff',
  };
}
