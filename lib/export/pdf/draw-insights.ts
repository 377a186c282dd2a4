import type { FactorComparison, InsightReport } from '../../insights/types';
import {
  formatMeanPain,
  formatPainNights,
  formatRateDifference,
  INSIGHT_FACTOR_LABELS,
  INSIGHT_VERDICT_LABELS,
  insightSplitLabel,
} from '../../presentation/insights';
import { pdfText } from './pdf-text';
import { COLORS, contentBox, ensureSpace, FONT, sectionTitle } from './theme';

interface Column {
  title: string;
  width: number;
  cell: (comparison: FactorComparison) => string;
}

/** Widths add up to the A4 content width (511 pt). */
const COLUMNS: Column[] = [
  { title: 'Habit (split)', width: 141, cell: (c) => `${INSIGHT_FACTOR_LABELS[c.factor]} (${insightSplitLabel(c)})` },
  { title: 'With: pain nights; mean worst pain', width: 82, cell: (c) => group(c.with) },
  { title: 'Without: pain nights; mean worst pain', width: 82, cell: (c) => group(c.without) },
  { title: 'Pain-night rate difference', width: 131, cell: (c) => formatRateDifference(c.difference) },
  { title: 'Verdict', width: 75, cell: (c) => INSIGHT_VERDICT_LABELS[c.verdict] },
];

const PAD = 3;
const FONT_SIZE = 7.4;

function group(value: FactorComparison['with']): string {
  return `${formatPainNights(value)}; mean ${formatMeanPain(value.mean_worst_pain)}`;
}

/** The built-in fonts have no minus sign or "≥": write them as ASCII. */
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
  drawRow(
    doc,
    COLUMNS.map((column) => column.title),
    true,
  );
  for (const comparison of report.comparisons) {
    drawRow(
      doc,
      COLUMNS.map((column) => cellText(column.cell(comparison))),
      false,
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

function drawRow(doc: PDFKit.PDFDocument, cells: string[], header: boolean): void {
  doc.font(header ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
  const height =
    Math.max(
      ...cells.map((text, i) => doc.heightOfString(text || ' ', { width: (COLUMNS[i]?.width ?? 0) - PAD * 2 })),
    ) +
    PAD * 2;
  ensureSpace(doc, height);
  const box = contentBox(doc);
  const top = doc.y;
  if (header) doc.rect(box.left, top, box.width, height).fill(COLORS.brandDark);
  doc.fillColor(header ? COLORS.white : COLORS.ink);
  let x = box.left;
  cells.forEach((text, i) => {
    const width = COLUMNS[i]?.width ?? 0;
    doc.text(text, x + PAD, top + PAD, { width: width - PAD * 2 });
    x += width;
  });
  if (!header) {
    doc
      .moveTo(box.left, top + height)
      .lineTo(box.right, top + height)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
  }
  doc.y = top + height;
}
