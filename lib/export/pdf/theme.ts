import type { Tier } from '../../rules';

/** The report's palette: the app's brand teal with calm greys, tier colours for warning signs. */
export const COLORS = {
  brand: '#1f6f68',
  brandDark: '#134843',
  brandTint: '#eef7f6',
  ink: '#0f172a',
  muted: '#475569',
  faint: '#94a3b8',
  rule: '#cbd5e1',
  zebra: '#f8fafc',
  white: '#ffffff',
} as const;

export const TIER_COLORS: Record<Tier, { solid: string; tint: string }> = {
  emergency: { solid: '#b91c1c', tint: '#fef2f2' },
  urgent: { solid: '#c2410c', tint: '#fff7ed' },
  soon: { solid: '#a16207', tint: '#fefce8' },
  routine: { solid: '#475569', tint: '#f1f5f9' },
};

/** Bar colour by worst pain: mild teal, moderate amber, severe red. */
export function painColor(pain: number): string {
  if (pain >= 7) return '#dc2626';
  if (pain >= 4) return '#f59e0b';
  if (pain >= 1) return '#2a9d8f';
  return '#64748b';
}

import { FONT } from './fonts';

export { FONT };

export const PAGE = { size: 'A4', margin: 42, footerHeight: 30 } as const;

/** The content area of the current page. */
export function contentBox(doc: PDFKit.PDFDocument) {
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  return {
    left,
    right,
    width: right - left,
    top: doc.page.margins.top,
    bottom: doc.page.height - PAGE.margin - PAGE.footerHeight,
  };
}

/** Starts a new page unless `height` points still fit below the cursor. Returns true when it broke. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): boolean {
  if (doc.y + height <= contentBox(doc).bottom) return false;
  doc.addPage();
  doc.y = contentBox(doc).top;
  return true;
}

/** A section heading with a thin brand rule under it. */
export function sectionTitle(doc: PDFKit.PDFDocument, title: string, note?: string, keepWith = 30): void {
  // Never leave a heading alone at the foot of a page: keep room for what follows it.
  ensureSpace(doc, 32 + keepWith);
  const box = contentBox(doc);
  doc.y += 10;
  const y = doc.y;
  doc
    .font(FONT.bold)
    .fontSize(11.5)
    .fillColor(COLORS.brandDark)
    .text(title, box.left, y, { width: box.width, lineBreak: false });
  if (note) {
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(note, box.left, y + 3, { width: box.width, align: 'right', lineBreak: false });
  }
  doc
    .moveTo(box.left, y + 16)
    .lineTo(box.right, y + 16)
    .lineWidth(0.8)
    .strokeColor(COLORS.brand)
    .stroke();
  doc.y = y + 22;
}
