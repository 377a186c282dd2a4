import type { ExperimentRecord } from '../../insights/experiment';
import { EXPERIMENT_SHORT_LABELS, EXPERIMENT_STATUS_LABELS } from '../../presentation/experiments';
import {
  formatMeanPain,
  formatPainNights,
  formatRateDifference,
  INSIGHT_VERDICT_LABELS,
} from '../../presentation/insights';
import { asciiCell, drawBodyRow, drawHeaderRow, drawTableNote, type PdfColumn } from './draw-table';
import { sectionTitle } from './theme';

/** Widths add up to the A4 content width (511 pt). */
const COLUMNS: PdfColumn<ExperimentRecord>[] = [
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

const FONT_SIZE = 7.4;

function statusCell(experiment: ExperimentRecord): string {
  const label = EXPERIMENT_STATUS_LABELS[experiment.status];
  if (!experiment.result) return label;
  return `${label}; habit on ${experiment.result.followed_nights} of ${experiment.result.with.nights} nights`;
}

function group(value: { nights: number; pain_nights: number; mean_worst_pain: number | null }): string {
  return `${formatPainNights(value)}; ${formatMeanPain(value.mean_worst_pain)}`;
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
  drawHeaderRow(doc, COLUMNS, FONT_SIZE);
  for (const experiment of experiments) {
    drawBodyRow(
      doc,
      COLUMNS,
      COLUMNS.map((column) => asciiCell(column.cell(experiment))),
      FONT_SIZE,
    );
  }
  drawTableNote(
    doc,
    "Difference = during minus before, in percentage points, 95% Newcombe interval; every recorded night of each period counts. A verdict needs the interval to exclude 0 and 7 nights in each period. Associations in the patient's diary, not proof.",
    FONT_SIZE,
  );
}
