import type { FactorComparison, InsightReport } from '../../insights/types';
import {
  formatMeanPain,
  formatPainNights,
  formatRateDifference,
  INSIGHT_FACTOR_LABELS,
  INSIGHT_VERDICT_LABELS,
  insightSplitLabel,
} from '../../presentation/insights';
import { asciiCell, drawBodyRow, drawHeaderRow, drawTableNote, type PdfColumn } from './draw-table';
import { sectionTitle } from './theme';

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
    drawBodyRow(
      doc,
      COLUMNS,
      COLUMNS.map((column) => asciiCell(column.cell(comparison))),
      FONT_SIZE,
    );
  }
  drawTableNote(
    doc,
    "Difference = with minus without, in percentage points, 95% Newcombe interval. A verdict needs the interval to exclude 0 and 7 nights on each side. Associations in the patient's diary, not proof.",
    FONT_SIZE,
  );
}
