import type { FactorComparison, InsightReport } from '../../insights/types';
import {
  formatMeanPain,
  formatPainNights,
  formatRateDifference,
  INSIGHT_FACTOR_LABELS,
  INSIGHT_VERDICT_LABELS,
  insightSplitLabel,
} from '../../presentation/insights';
import { drawCells, drawHeaderRow, drawRowRule, rowHeight, type PdfColumn } from './draw-table';
import { pdfText } from './pdf-text';
import { COLORS, contentBox, ensureSpace, FONT, sectionTitle } from './theme';

/** Widths add up to the A4 content width (511 pt). */
const COLUMNS: PdfColumn<FactorComparison>[] = [
  { title: 'Habit (split)', width: 141, cell: (c) => `${INSIGHT_FACTOR_LABELS[c.factor]} (${insightSplitLabel(c)})` },
  { title: 'With: pain nights; mean worst pain', width: 82, cell: (c) => group(c.with) },
  { title: 'Without: pain nights; mean worst pain', width: 82, cell: (c) => group(c.without) },
  { title: 'Pain-night rate difference', width: 131, cell: (c) => formatRateDifference(c.difference) },
  { title: 'Verdict', width: 75, cell: (c) => INSIGHT_VERDICT_LABELS[c.verdict] },
];

const FONT_SIZE = 7.4;

function group(value: FactorComparison['with']): string {
  return `${formatPainNights(value)}; mean ${formatMeanPain(value.mean_worst_pain)}`;
}

/** Written as ASCII so the table reads the same in every viewer's text layer. */
function cellText(text: string): string {
  return pdfText(text.replaceAll('−', '-').replaceAll('≥', '>='));
}

/**
 * The insights as a compact table: each habit's two groups, the difference in
 * pain-night rate with its 95% interval, and the verdict.
 */
export function drawInsights(doc: PDFKit.PDFDocument, report: InsightReport | undefined): void {
  if (!report) return;
  sectionTitle(
    doc,
    'Insights: nights with vs without a habit',
    `nights ${report.window.from} to ${report.window.to}`,
    90,
  );
  drawHeaderRow(doc, COLUMNS, FONT_SIZE);
  for (const comparison of report.comparisons) {
    drawRow(
      doc,
      COLUMNS.map((column) => cellText(column.cell(comparison))),
    );
  }
  const box = contentBox(doc);
  doc
    .font(FONT.italic)
    .fontSize(7.4)
    .fillColor(COLORS.muted)
    .text(
      "Difference = with minus without, in percentage points, 95% Newcombe interval. A verdict needs the interval to exclude 0 and 7 nights on each side. Associations in the patient's diary, not proof.",
      box.left,
      doc.y + 3,
      { width: box.width },
    );
}

function drawRow(doc: PDFKit.PDFDocument, cells: string[]): void {
  const height = rowHeight(doc, COLUMNS, cells, FONT_SIZE);
  ensureSpace(doc, height);
  const top = doc.y;
  drawCells(doc, COLUMNS, cells, top, FONT_SIZE, () => ({ style: 'regular', color: COLORS.ink }));
  drawRowRule(doc, top + height, 0.4);
  doc.y = top + height;
}
