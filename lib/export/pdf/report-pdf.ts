import PDFDocument from 'pdfkit';
import { describeRange } from '../range';
import type { PatientExportData } from '../types';
import { drawPainChart } from './draw-chart';
import { drawEntries } from './draw-entries';
import { drawExperiments } from './draw-experiments';
import { drawFlags } from './draw-flags';
import { drawInsights } from './draw-insights';
import { drawPatterns } from './draw-patterns';
import { drawHeader, drawSummary } from './draw-summary';
import { drawText, registerReportFonts } from './fonts';
import { pdfText } from './pdf-text';
import { buildReportModel } from './report-model';
import { COLORS, FONT, PAGE } from './theme';

export interface ReportOptions {
  /** Time zone for "generated at" (default: the server's, i.e. the clinic's TZ). */
  timeZone?: string;
}

/**
 * The visit report as PDF bytes: header, patient summary, open warning signs,
 * the nightly worst-pain chart, pain patterns, the insights and the two-week
 * experiments (when the data carries them) and the entries table (which
 * runs over as many pages as it needs), with "page x of y" footers.
 */
export function renderVisitReport(data: PatientExportData, options: ReportOptions = {}): Promise<Buffer> {
  const generatedLabel = formatGenerated(data.generatedAt, options.timeZone);
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: pdfText(`Visit report: ${data.patient.name}`),
      Subject: `Night calf pain diary, ${describeRange(data.range)}`,
      Author: 'Calfwatch',
      Creator: 'Calfwatch',
      CreationDate: data.generatedAt,
    },
  });
  registerReportFonts(doc);
  const done = collect(doc);
  const model = buildReportModel(data);
  drawHeader(doc, data, generatedLabel);
  drawSummary(doc, data, model);
  drawFlags(doc, model);
  drawPainChart(doc, model);
  drawPatterns(doc, model);
  drawInsights(doc, data.insights);
  drawExperiments(doc, data.experiments);
  drawEntries(doc, model);
  drawFooters(doc, `${pdfText(data.patient.name)} · nights ${describeRange(data.range)} · generated ${generatedLabel}`);
  doc.end();
  return done;
}

function drawFooters(doc: PDFKit.PDFDocument, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PAGE.margin - 10;
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc
      .moveTo(left, y - 6)
      .lineTo(left + width, y - 6)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.fontSize(7).fillColor(COLORS.faint);
    drawText(doc, `Calfwatch visit report · ${text}`, left, y, { width: width - 70, lineBreak: false, ellipsis: true });
    doc.font(FONT.regular);
    doc.text(`Page ${i - start + 1} of ${count}`, left, y, { width, align: 'right', lineBreak: false });
    doc.text('Confidential: patient-reported data for the care team.', left, y + 9, { width, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function formatGenerated(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
