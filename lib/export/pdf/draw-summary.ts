import { CONDITION_LABELS, MEDICINE_LABELS, SEX_LABELS } from '../../presentation/labels';
import { describeRange } from '../range';
import type { PatientExportData } from '../types';
import { drawText, fontFor } from './fonts';
import { pdfText } from './pdf-text';
import type { ReportModel } from './report-model';
import { COLORS, contentBox, FONT } from './theme';

/** The brand band across the top of the first page: title, range and when it was made. */
export function drawHeader(doc: PDFKit.PDFDocument, data: PatientExportData, generatedLabel: string): void {
  const width = doc.page.width;
  doc.rect(0, 0, width, 78).fill(COLORS.brandDark);
  const box = contentBox(doc);
  doc
    .font(FONT.bold)
    .fontSize(8)
    .fillColor('#a7d7d1')
    .text('CALFWATCH', box.left, 20, { characterSpacing: 2, lineBreak: false });
  doc
    .font(FONT.bold)
    .fontSize(17)
    .fillColor(COLORS.white)
    .text('Night calf pain — visit report', box.left, 33, { lineBreak: false });
  doc.font(FONT.regular).fontSize(8.5).fillColor('#d5ece9');
  doc.text(`Nights ${describeRange(data.range)}`, box.left, 24, { width: box.width, align: 'right', lineBreak: false });
  doc.text(`Generated ${generatedLabel}`, box.left, 37, { width: box.width, align: 'right', lineBreak: false });
  doc.text('Patient-reported diary · not a diagnosis', box.left, 50, {
    width: box.width,
    align: 'right',
    lineBreak: false,
  });
  doc.y = 96;
}

/** Who the patient is (left) and how the nights went (right), in a tinted panel. */
export function drawSummary(doc: PDFKit.PDFDocument, data: PatientExportData, model: ReportModel): void {
  const box = contentBox(doc);
  const { profile } = data.patient;
  const born = profile.date_of_birth ? ` (born ${profile.date_of_birth})` : '';
  const left: Array<[string, string]> = [
    ['Patient', data.patient.name],
    ['E-mail', data.patient.email],
    ['Age', model.ageYears === null ? 'Not recorded' : `${model.ageYears}${born}`],
    ['Sex', profile.sex ? SEX_LABELS[profile.sex] : 'Not recorded'],
    ['Conditions', profile.conditions.map((c) => CONDITION_LABELS[c]).join(', ') || 'None reported'],
    ['Medicines', profile.medicines.map((m) => MEDICINE_LABELS[m]).join(', ') || 'None reported'],
    ['Pregnancy', pregnancyText(profile.pregnancy_due_date, data.generatedAt)],
  ];
  const { stats } = model;
  const right: Array<[string, string]> = [
    ['Nights recorded', `${stats.nightsRecorded} of ${stats.nightsInRange}`],
    ['Nights with pain', String(stats.painNights)],
    ['Average worst pain', stats.averageWorstPain === null ? '—' : `${stats.averageWorstPain.toFixed(1)} / 10`],
    ['Nights with pain 7+', String(stats.severeNights)],
    ['Nights with warning signs', String(stats.warningSignNights)],
    ['Open warning signs', String(model.liveFlags.length)],
  ];
  const top = doc.y;
  const columnWidth = (box.width - 36) / 2;
  const height = Math.max(pairsHeight(doc, left, columnWidth, 80), pairsHeight(doc, right, columnWidth, 118)) + 24;
  doc.roundedRect(box.left, top, box.width, height, 6).fill(COLORS.brandTint);
  drawPairs(doc, left, { x: box.left + 12, y: top + 12, width: columnWidth, labelWidth: 80 });
  drawPairs(doc, right, { x: box.left + 24 + columnWidth, y: top + 12, width: columnWidth, labelWidth: 118 });
  doc.y = top + height + 4;
}

interface PairsBox {
  x: number;
  y: number;
  width: number;
  labelWidth: number;
}

function drawPairs(doc: PDFKit.PDFDocument, pairs: Array<[string, string]>, { x, y, width, labelWidth }: PairsBox) {
  let cursor = y;
  for (const [label, value] of pairs) {
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(label, x, cursor + 1, { width: labelWidth, lineBreak: false });
    doc.fontSize(9).fillColor(COLORS.ink);
    drawText(doc, pdfText(value), x + labelWidth, cursor, { width: width - labelWidth }, 'bold');
    cursor = doc.y + 3;
  }
}

function pairsHeight(doc: PDFKit.PDFDocument, pairs: Array<[string, string]>, width: number, labelWidth: number) {
  return pairs.reduce(
    (sum, [, value]) =>
      sum +
      doc
        .font(fontFor(value, 'bold'))
        .fontSize(9)
        .heightOfString(pdfText(value), { width: width - labelWidth }) +
      3,
    0,
  );
}

function pregnancyText(dueDate: string | null, generatedAt: Date): string {
  if (!dueDate) return 'Not pregnant or not recorded';
  return dueDate > generatedAt.toISOString().slice(0, 10)
    ? `Pregnant, due ${dueDate}`
    : `Due date ${dueDate} has passed`;
}
