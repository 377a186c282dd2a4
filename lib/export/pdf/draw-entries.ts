import type { ExportEntry } from '../types';
import { PATTERN_LABELS, RELIEF_LABELS, SIDE_SHORT, SYMPTOM_LABELS } from '../../presentation/labels';
import { drawText, fontFor } from './fonts';
import { pdfText, truncate } from './pdf-text';
import type { ReportModel } from './report-model';
import { COLORS, contentBox, ensureSpace, FONT, painColor, sectionTitle, TIER_COLORS } from './theme';

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right' | 'center';
  cell: (entry: ExportEntry) => string;
}

const minutes = (value: number) => (value > 0 ? String(value) : '—');

/** Widths add up to the A4 content width (511 pt). */
const COLUMNS: Column[] = [
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

const PAD = 3;
const HEADER_HEIGHT = 23;
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
  drawHeaderRow(doc);
  model.tableEntries.forEach((entry, index) => drawRow(doc, entry, index, model));
}

function drawHeaderRow(doc: PDFKit.PDFDocument): void {
  const box = contentBox(doc);
  const top = doc.y;
  doc.rect(box.left, top, box.width, HEADER_HEIGHT).fill(COLORS.brandDark);
  let x = box.left;
  doc.font(FONT.bold).fontSize(6.8).fillColor(COLORS.white);
  for (const column of COLUMNS) {
    doc.text(column.title, x + PAD, top + 4, { width: column.width - PAD * 2, align: column.align ?? 'left' });
    x += column.width;
  }
  doc.y = top + HEADER_HEIGHT;
}

function drawRow(doc: PDFKit.PDFDocument, entry: ExportEntry, index: number, model: ReportModel): void {
  const cells = COLUMNS.map((column) => pdfText(column.cell(entry)));
  const note = entry.notes ? `Note: ${pdfText(truncate(entry.notes, NOTE_MAX))}` : '';
  const box = contentBox(doc);
  doc.fontSize(FONT_SIZE);
  const cellHeight = Math.max(
    ...cells.map((text, i) =>
      doc.font(fontFor(text)).heightOfString(text || ' ', { width: (COLUMNS[i]?.width ?? 0) - PAD * 2 }),
    ),
  );
  const noteHeight = note
    ? doc.font(fontFor(note, 'italic')).heightOfString(note, { width: box.width - PAD * 2 - 54 }) + 2
    : 0;
  const height = cellHeight + noteHeight + PAD * 2;
  if (ensureSpace(doc, height)) drawHeaderRow(doc);

  const top = doc.y;
  const tier = model.flagTierByNight.get(entry.night_of);
  if (tier) doc.rect(box.left, top, box.width, height).fill(TIER_COLORS[tier].tint);
  else if (index % 2 === 1) doc.rect(box.left, top, box.width, height).fill(COLORS.zebra);
  if (tier) doc.rect(box.left, top, 2.5, height).fill(TIER_COLORS[tier].solid);

  let x = box.left;
  COLUMNS.forEach((column, i) => {
    const isPain = column.title === 'Pain';
    doc
      .fontSize(FONT_SIZE)
      .fillColor(isPain ? painTextColor(entry.worst_pain) : COLORS.ink);
    const options = { width: column.width - PAD * 2, align: column.align ?? 'left' } as const;
    drawText(doc, cells[i] ?? '', x + PAD, top + PAD, options, isPain ? 'bold' : 'regular');
    x += column.width;
  });
  if (note) {
    doc.fontSize(FONT_SIZE).fillColor(COLORS.muted);
    drawText(doc, note, box.left + 54 + PAD, top + PAD + cellHeight + 1, { width: box.width - PAD * 2 - 54 }, 'italic');
  }
  doc
    .moveTo(box.left, top + height)
    .lineTo(box.right, top + height)
    .lineWidth(0.3)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y = top + height;
}

function painTextColor(pain: number): string {
  return pain >= 7 ? painColor(pain) : pain >= 4 ? '#b45309' : COLORS.ink;
}
