import { drawText, fontFor, type FontStyle } from './fonts';
import { pdfText } from './pdf-text';
import { COLORS, contentBox, ensureSpace, FONT } from './theme';

/** A column of a report table; widths of a table add up to the A4 content width (511 pt). */
export interface PdfColumn<Row> {
  title: string;
  width: number;
  align?: 'left' | 'right' | 'center';
  cell: (row: Row) => string;
}

/** Cell padding, in points. */
export const PAD = 3;

/** How tall a row of these cells is: the tallest cell, each measured in the face its script needs, plus padding. */
export function rowHeight(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn<never>[],
  cells: readonly string[],
  fontSize: number,
  style: FontStyle = 'regular',
): number {
  doc.fontSize(fontSize);
  const heights = cells.map((text, i) =>
    doc.font(fontFor(text, style)).heightOfString(text || ' ', { width: (columns[i]?.width ?? 0) - PAD * 2 }),
  );
  return Math.max(...heights) + PAD * 2;
}

/**
 * Draws one row's cells left to right from the content box's left edge, each
 * with `drawText` so any script renders. `styleOf` picks a cell's face and colour.
 */
export function drawCells(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn<never>[],
  cells: readonly string[],
  top: number,
  fontSize: number,
  styleOf: (index: number) => { style: FontStyle; color: string },
): void {
  let x = contentBox(doc).left;
  columns.forEach((column, i) => {
    const { style, color } = styleOf(i);
    doc.fontSize(fontSize).fillColor(color);
    drawText(
      doc,
      cells[i] ?? '',
      x + PAD,
      top + PAD,
      { width: column.width - PAD * 2, align: column.align ?? 'left' },
      style,
    );
    x += column.width;
  });
}

/** A header row: white bold titles on the brand band. Returns its height. */
export function drawHeaderRow(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn<never>[],
  fontSize: number,
  minHeight = 0,
): number {
  const titles = columns.map((column) => column.title);
  const height = Math.max(minHeight, rowHeight(doc, columns, titles, fontSize, 'bold'));
  const box = contentBox(doc);
  const top = doc.y;
  doc.rect(box.left, top, box.width, height).fill(COLORS.brandDark);
  drawCells(doc, columns, titles, top, fontSize, () => ({ style: 'bold', color: COLORS.white }));
  doc.y = top + height;
  return height;
}

/** The hairline under a body row. */
export function drawRowRule(doc: PDFKit.PDFDocument, y: number, lineWidth: number): void {
  const box = contentBox(doc);
  doc.moveTo(box.left, y).lineTo(box.right, y).lineWidth(lineWidth).strokeColor(COLORS.rule).stroke();
}

/** A plain body row: regular ink cells and the hairline under them. */
export function drawBodyRow(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn<never>[],
  cells: readonly string[],
  fontSize: number,
): void {
  const height = rowHeight(doc, columns, cells, fontSize);
  ensureSpace(doc, height);
  const top = doc.y;
  drawCells(doc, columns, cells, top, fontSize, () => ({ style: 'regular', color: COLORS.ink }));
  drawRowRule(doc, top + height, 0.4);
  doc.y = top + height;
}

/** The small italic line under a table that says how to read it. */
export function drawTableNote(doc: PDFKit.PDFDocument, text: string, fontSize: number): void {
  const box = contentBox(doc);
  doc
    .font(FONT.italic)
    .fontSize(fontSize)
    .fillColor(COLORS.muted)
    .text(text, box.left, doc.y + 3, { width: box.width });
}

/** A statistics cell written as ASCII (minus sign, "≥"), so it reads the same in every viewer's text layer. */
export function asciiCell(text: string): string {
  return pdfText(text.replaceAll('−', '-').replaceAll('≥', '>='));
}
