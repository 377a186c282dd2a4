import { PATTERN_LABELS, SYMPTOM_LABELS } from '../../presentation/labels';
import type { ReportModel } from './report-model';
import { COLORS, contentBox, ensureSpace, FONT, sectionTitle, TIER_COLORS } from './theme';

const LABEL_WIDTH = 130;
const ROW = 14;

/** How many nights had each pattern, as horizontal bars, then the warning symptoms reported. */
export function drawPatterns(doc: PDFKit.PDFDocument, model: ReportModel): void {
  const recorded = model.stats.nightsRecorded;
  const height = model.patternCounts.length * ROW + 8;
  sectionTitle(doc, 'Pain patterns', recorded > 0 ? `share of the ${recorded} recorded nights` : undefined, height);
  const box = contentBox(doc);
  const barMax = box.width - LABEL_WIDTH - 90;
  let y = doc.y;
  for (const { pattern, nights } of model.patternCounts) {
    const share = recorded > 0 ? nights / recorded : 0;
    doc
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor(COLORS.ink)
      .text(PATTERN_LABELS[pattern], box.left, y + 1, { width: LABEL_WIDTH, lineBreak: false });
    doc.rect(box.left + LABEL_WIDTH, y + 1, barMax, 8).fill('#f1f5f9');
    if (nights > 0) doc.rect(box.left + LABEL_WIDTH, y + 1, Math.max(1.5, barMax * share), 8).fill(COLORS.brand);
    const label = `${nights} ${nights === 1 ? 'night' : 'nights'}${recorded > 0 ? ` (${Math.round(share * 100)}%)` : ''}`;
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(label, box.left + LABEL_WIDTH + barMax + 8, y + 1, { width: 82, lineBreak: false });
    y += ROW;
  }
  doc.y = y + 4;
  drawSymptoms(doc, model);
}

function drawSymptoms(doc: PDFKit.PDFDocument, model: ReportModel): void {
  const box = contentBox(doc);
  if (model.symptomCounts.length === 0) {
    doc
      .font(FONT.italic)
      .fontSize(8.5)
      .fillColor(COLORS.muted)
      .text('No warning symptoms were ticked in this range.', box.left, doc.y);
    return;
  }
  const text = model.symptomCounts.map(({ symptom, nights }) => `${SYMPTOM_LABELS[symptom]} (${nights})`).join('  ·  ');
  doc.font(FONT.regular).fontSize(8.5);
  ensureSpace(doc, doc.heightOfString(text, { width: box.width }) + 14);
  doc
    .font(FONT.bold)
    .fontSize(8.5)
    .fillColor(TIER_COLORS.urgent.solid)
    .text('Warning symptoms reported (nights): ', contentBox(doc).left, doc.y, { continued: true });
  doc.font(FONT.regular).fillColor(COLORS.ink).text(text, { width: box.width });
}
