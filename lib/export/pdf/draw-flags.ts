import { RULE_CATALOG, isRuleId } from '../../rules';
import type { ExportFlag } from '../types';
import { TIER_LABELS } from '../../presentation/labels';
import { pdfText, truncate } from './pdf-text';
import { summarizeNights, type ReportModel } from './report-model';
import { COLORS, contentBox, ensureSpace, FONT, sectionTitle, TIER_COLORS } from './theme';

const BADGE_WIDTH = 62;

/** Unresolved warning signs, highest tier first: a tier badge, the rule, its reason and evidence nights. */
export function drawFlags(doc: PDFKit.PDFDocument, model: ReportModel): void {
  sectionTitle(doc, 'Open warning signs', `${model.liveFlags.length} unresolved`);
  if (model.liveFlags.length === 0) {
    const box = contentBox(doc);
    doc.font(FONT.italic).fontSize(9).fillColor(COLORS.muted).text('No open warning signs.', box.left, doc.y);
    doc.y += 4;
    return;
  }
  for (const flag of model.liveFlags) drawFlag(doc, flag);
}

function drawFlag(doc: PDFKit.PDFDocument, flag: ExportFlag): void {
  const box = contentBox(doc);
  const textX = box.left + BADGE_WIDTH + 10;
  const textWidth = box.right - textX;
  const title = isRuleId(flag.ruleId) ? RULE_CATALOG[flag.ruleId].title : flag.ruleId;
  const reason = pdfText(truncate(flag.reason, 400));
  const count = flag.evidenceNights.length;
  const evidence = `Evidence (${count} ${count === 1 ? 'night' : 'nights'}): ${truncate(summarizeNights(flag.evidenceNights) || 'none', 360)}`;
  const seen = `First seen ${day(flag.firstSeenAt)} · last seen ${day(flag.lastSeenAt)}${flag.status === 'acknowledged' ? ' · acknowledged' : ''}${
    flag.evidenceWithdrawnAt ? ' · evidence withdrawn by patient' : ''
  }`;
  doc.font(FONT.regular).fontSize(8.5);
  const reasonHeight = doc.heightOfString(reason, { width: textWidth });
  const evidenceHeight = doc.fontSize(7.5).heightOfString(evidence, { width: textWidth });
  // Title row, reason, evidence, the seen line, inner padding and the gap to the next card.
  const height = 21 + reasonHeight + 2 + evidenceHeight + 1 + 9 + 8 + 6;
  ensureSpace(doc, height);
  const top = doc.y;
  const colors = TIER_COLORS[flag.tier];
  doc.roundedRect(box.left, top, box.width, height - 6, 4).fill(colors.tint);
  doc.rect(box.left, top, 3, height - 6).fill(colors.solid);
  doc.roundedRect(box.left + 8, top + 7, BADGE_WIDTH - 4, 14, 7).fill(colors.solid);
  doc
    .font(FONT.bold)
    .fontSize(7)
    .fillColor(COLORS.white)
    .text(TIER_LABELS[flag.tier].toUpperCase(), box.left + 8, top + 11, {
      width: BADGE_WIDTH - 4,
      align: 'center',
      lineBreak: false,
    });
  doc
    .font(FONT.bold)
    .fontSize(9.5)
    .fillColor(COLORS.ink)
    .text(pdfText(title), textX, top + 7, { continued: true, lineBreak: false });
  doc.font(FONT.regular).fontSize(7.5).fillColor(COLORS.muted).text(`   ${flag.ruleId}`, { lineBreak: false });
  doc
    .font(FONT.regular)
    .fontSize(8.5)
    .fillColor(COLORS.ink)
    .text(reason, textX, top + 21, { width: textWidth });
  doc
    .font(FONT.regular)
    .fontSize(7.5)
    .fillColor(COLORS.muted)
    .text(evidence, textX, doc.y + 2, { width: textWidth });
  doc.text(seen, textX, doc.y + 1, { width: textWidth, lineBreak: false });
  doc.y = top + height;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
