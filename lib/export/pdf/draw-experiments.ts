import type { ExperimentRecord } from '../../insights/experiment';
import { EXPERIMENT_SHORT_LABELS, EXPERIMENT_STATUS_LABELS } from '../../presentation/experiments';
import {
  formatMeanPain,
  formatPainNights,
  formatRateDifference,
  INSIGHT_VERDICT_LABELS,
} from '../../presentation/insights';
import { drawText, fontFor } from './fonts';
import { pdfText } from './pdf-text';
import { COLORS, contentBox, ensureSpace, FONT, sectionTitle } from './theme';

interface Column {
  title: string;
  width: number;
  cell: (experiment: ExperimentRecord) => string;
}

/** Widths add up to the A4 content width (511 pt). */
const COLUMNS: Column[] = [
  {
    title: 'Experiment (nights; started by)',
    width: 131,
    cell: (e) => `${EXPERIMENT_SHORT_LABELS[e.factor]} (${e.start_night} to ${e.end_night}; ${e.started_by_name})`,
  },
  { title: 'Status', width: 60, cell: statusCell },
  { title: 'During: pain nights; mean', width: 75, cell: (e) => (e.result ? group(e.result.with) : '-') },
  { title: 'Before: pain nights; mean', width: 75, cell: (e) => (e.result ? group(e.result.without) : '-') },
  {
    title: 'Pain-night rate difference',
    width: 110,
    cell: (e) => (e.result ? formatRateDifference(e.result.difference) : '-'),
  },
  { title: 'Verdict', width: 60, cell: (e) => (e.result ? INSIGHT_VERDICT_LABELS[e.result.verdict] : '-') },
];

const PAD = 3;
const FONT_SIZE = 7.4;

function statusCell(experiment: ExperimentRecord): string {
  const label = EXPERIMENT_STATUS_LABELS[experiment.status];
  if (!experiment.result) return label;
  return `${label}; habit on ${experiment.result.followed_nights} of ${experiment.result.with.nights} nights`;
}

function group(value: { nights: number; pain_nights: number; mean_worst_pain: number | null }): string {
  return `${formatPainNights(value)}; ${formatMeanPain(value.mean_worst_pain)}`;
}

/** The minus sign and "≥" written as ASCII, like the insights table. */
function cellText(text: string): string {
  return pdfText(text.replaceAll('−', '-').replaceAll('≥', '>='));
}

/**
 * The two-week experiments as a compact table: each one's nights, who started
 * it, its status and, once finished, the 14 nights against the 14 before with
 * the difference in pain-night rate, its 95% interval and the verdict. Cells
 * are drawn with the script-aware fonts, so a clinician's name in any script
 * prints as written. Nothing is drawn for a patient with no experiments.
 */
export function drawExperiments(doc: PDFKit.PDFDocument, experiments: readonly ExperimentRecord[] | undefined): void {
  if (!experiments || experiments.length === 0) return;
  sectionTitle(doc, 'Two-week experiments', 'the 14 nights of each against the 14 nights before', 90);
  drawRow(
    doc,
    COLUMNS.map((column) => column.title),
    true,
  );
  for (const experiment of experiments) {
    drawRow(
      doc,
      COLUMNS.map((column) => cellText(column.cell(experiment))),
      false,
    );
  }
  const box = contentBox(doc);
  doc
    .font(FONT.italic)
    .fontSize(FONT_SIZE)
    .fillColor(COLORS.muted)
    .text(
      "Difference = during minus before, in percentage points, 95% Newcombe interval; every recorded night of each period counts. A verdict needs the interval to exclude 0 and 7 nights in each period. Associations in the patient's diary, not proof.",
      box.left,
      doc.y + 3,
      { width: box.width },
    );
}

function drawRow(doc: PDFKit.PDFDocument, cells: string[], header: boolean): void {
  const style = header ? 'bold' : 'regular';
  doc.fontSize(FONT_SIZE);
  const height =
    Math.max(
      ...cells.map((text, i) =>
        doc.font(fontFor(text, style)).heightOfString(text || ' ', { width: (COLUMNS[i]?.width ?? 0) - PAD * 2 }),
      ),
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
    drawText(doc, text, x + PAD, top + PAD, { width: width - PAD * 2 }, style);
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
