import type { ExportEntry } from '../types';
import { PATTERN_LABELS, RELIEF_LABELS, SIDE_SHORT, SYMPTOM_LABELS } from '../../presentation/labels';
import { drawCells, drawHeaderRow, drawRowRule, PAD, rowHeight, type PdfColumn } from './draw-table';
import { drawText, fontFor } from './fonts';
import { pdfText, truncate } from './pdf-text';
import type { ReportModel } from './report-model';
import { COLORS, contentBox, ensureSpace, FONT, painColor, sectionTitle, TIER_COLORS } from './theme';

const minutes = (value: number) => (value > 0 ? String(value) : '—');

/** Widths add up to the A4 content width (511 pt). */
const COLUMNS: PdfColumn<ExportEntry>[] = [
  { title: 'Night', width: 54, cell: (e) => e.night_of },
  { title: 'Pain', width: 26, align: 'center', cell: (e) => String(e.worst_pain) },
  { title: 'Episodes', width: 40, align: 'center', cell: (e) => String(e.episodes) },
  { title: 'Longest min', width: 36, align: 'center', cell: (e) => minutes(e.longest_episode_minutes) },
  { title: 'Awake min', width: 34, align: 'center', cell: (e) => minutes(e.minutes_awake) },
  {
    title: 'Sleep 1–5',
    width: 32,
    align: 'center',
    cell: (e) => (e.sleep_quality === null ? '—' : String(e.sleep_quality)),
  },
  { title: 'Side', width: 30, cell: (e) => SIDE_SHORT[e.side] },
  { title: 'Patterns', width: 83, cell: (e) => e.patterns.map((p) => PATTERN_LABELS[p]).join(', ') },
  { title: 'What helped', width: 76, cell: (e) => e.relief.map((r) => RELIEF_LABELS[r]).join(', ') },
  { title: 'Warning symptoms', width: 100, cell: (e) => e.symptoms.map((s) => SYMPTOM_LABELS[s]).join(', ') },
];

const HEADER_HEIGHT = 23;
const HEADER_FONT_SIZE = 6.8;
const FONT_SIZE = 7.2;
const NOTE_MAX = 320;

/** Every night in the range, newest first; the header repeats on each new page. */
export function drawEntries(doc: PDFKit.PDFDocument, model: ReportModel): void {
  sectionTitle(doc, 'Diary entries', `${model.tableEntries.length} nights, newest first`);
  if (model.tableEntries.length === 0) {
    doc
      .font(FONT.italic)
      .fontSize(9)
      .fillColor(COLORS.muted)
      .text('No diary entries in this range.', contentBox(doc).left, doc.y);
    return;
  }
  drawHeader(doc);
  model.tableEntries.forEach((entry, index) => drawRow(doc, entry, index, model));
}

function drawHeader(doc: PDFKit.PDFDocument): void {
  drawHeaderRow(doc, COLUMNS, HEADER_FONT_SIZE, HEADER_HEIGHT);
}

function drawRow(doc: PDFKit.PDFDocument, entry: ExportEntry, index: number, model: ReportModel): void {
  const cells = COLUMNS.map((column) => pdfText(column.cell(entry)));
  const note = entry.notes ? `Note: ${pdfText(truncate(entry.notes, NOTE_MAX))}` : '';
  const box = contentBox(doc);
  const cellHeight = rowHeight(doc, COLUMNS, cells, FONT_SIZE) - PAD * 2;
  const noteHeight = note
    ? doc.font(fontFor(note, 'italic')).heightOfString(note, { width: box.width - PAD * 2 - 54 }) + 2
    : 0;
  const height = cellHeight + noteHeight + PAD * 2;
  if (ensureSpace(doc, height)) drawHeader(doc);

  const top = doc.y;
  const tier = model.flagTierByNight.get(entry.night_of);
  if (tier) doc.rect(box.left, top, box.width, height).fill(TIER_COLORS[tier].tint);
  else if (index % 2 === 1) doc.rect(box.left, top, box.width, height).fill(COLORS.zebra);
  if (tier) doc.rect(box.left, top, 2.5, height).fill(TIER_COLORS[tier].solid);

  drawCells(doc, COLUMNS, cells, top, FONT_SIZE, (i) =>
    COLUMNS[i]?.title === 'Pain'
      ? { style: 'bold', color: painTextColor(entry.worst_pain) }
      : { style: 'regular', color: COLORS.ink },
  );
  if (note) {
    doc.fontSize(FONT_SIZE).fillColor(COLORS.muted);
    drawText(doc, note, box.left + 54 + PAD, top + PAD + cellHeight + 1, { width: box.width - PAD * 2 - 54 }, 'italic');
  }
  drawRowRule(doc, top + height, 0.3);
  doc.y = top + height;
}

function painTextColor(pain: number): string {
  return pain >= 7 ? painColor(pain) : pain >= 4 ? '#b45309' : COLORS.ink;
}
