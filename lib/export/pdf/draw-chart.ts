import type { ReportModel } from './report-model';
import { COLORS, contentBox, FONT, painColor, sectionTitle, TIER_COLORS } from './theme';

const PLOT_HEIGHT = 120;
const AXIS_WIDTH = 22;
const NO_ENTRY = '#cbd5e1';

/**
 * Worst pain per night as vector bars on a 0–10 scale. Nights without an
 * entry show a small grey tick so a gap is not mistaken for a pain-free
 * night; nights cited by an open warning sign carry a marker in its tier colour.
 */
export function drawPainChart(doc: PDFKit.PDFDocument, model: ReportModel): void {
  sectionTitle(doc, 'Worst pain each night', '0 = none, 10 = worst imaginable', PLOT_HEIGHT + 48);
  const box = contentBox(doc);
  const plotLeft = box.left + AXIS_WIDTH;
  const plotWidth = box.width - AXIS_WIDTH;
  const top = doc.y + 8;
  const baseline = top + PLOT_HEIGHT;
  const nights = model.chart;

  for (let level = 0; level <= 10; level += 2) {
    const y = baseline - (level / 10) * PLOT_HEIGHT;
    doc
      .moveTo(plotLeft, y)
      .lineTo(plotLeft + plotWidth, y)
      .lineWidth(level === 0 ? 0.8 : 0.4)
      .strokeColor(level === 0 ? COLORS.muted : COLORS.rule)
      .stroke();
    doc
      .font(FONT.regular)
      .fontSize(7)
      .fillColor(COLORS.muted)
      .text(String(level), box.left, y - 3, { width: AXIS_WIDTH - 5, align: 'right', lineBreak: false });
  }
  if (nights.length === 0) {
    doc
      .font(FONT.italic)
      .fontSize(9)
      .fillColor(COLORS.muted)
      .text('No nights in this range.', plotLeft, top + PLOT_HEIGHT / 2, { width: plotWidth, align: 'center' });
    doc.y = baseline + 12;
    return;
  }

  const slot = plotWidth / nights.length;
  const barWidth = Math.max(0.6, slot * 0.72);
  nights.forEach((night, index) => {
    const x = plotLeft + index * slot + (slot - barWidth) / 2;
    if (night.worstPain === null) {
      doc.rect(x, baseline + 1.5, barWidth, 2).fill(NO_ENTRY);
      return;
    }
    const height = Math.max(2, (night.worstPain / 10) * PLOT_HEIGHT);
    doc.rect(x, baseline - height, barWidth, height).fill(painColor(night.worstPain));
    if (night.flagTier) {
      const cx = x + barWidth / 2;
      const tipY = baseline - height - 3;
      doc.polygon([cx - 2.6, tipY - 4.5], [cx + 2.6, tipY - 4.5], [cx, tipY]).fill(TIER_COLORS[night.flagTier].solid);
    }
  });

  drawDateTicks(
    doc,
    nights.map((n) => n.night),
    plotLeft,
    slot,
    baseline,
  );
  drawLegend(doc, box.left + AXIS_WIDTH, baseline + 20, plotWidth);
  doc.y = baseline + 34;
}

function drawDateTicks(doc: PDFKit.PDFDocument, nights: string[], plotLeft: number, slot: number, baseline: number) {
  const ticks = Math.min(7, nights.length);
  const step = ticks > 1 ? (nights.length - 1) / (ticks - 1) : 0;
  doc.font(FONT.regular).fontSize(7).fillColor(COLORS.muted);
  for (let i = 0; i < ticks; i++) {
    const index = Math.round(i * step);
    const x = plotLeft + index * slot + slot / 2;
    doc
      .moveTo(x, baseline)
      .lineTo(x, baseline + 3)
      .lineWidth(0.5)
      .strokeColor(COLORS.muted)
      .stroke();
    const align = i === 0 ? 'left' : i === ticks - 1 ? 'right' : 'center';
    const labelX = align === 'left' ? x - 2 : align === 'right' ? x - 48 : x - 25;
    doc.text(nights[index] ?? '', labelX, baseline + 7, {
      width: align === 'center' ? 50 : 50,
      align,
      lineBreak: false,
    });
  }
}

function drawLegend(doc: PDFKit.PDFDocument, x: number, y: number, width: number) {
  const items: Array<[string, string]> = [
    ['#64748b', 'Pain 0'],
    ['#2a9d8f', 'Pain 1–3'],
    ['#f59e0b', 'Pain 4–6'],
    ['#dc2626', 'Pain 7–10'],
    [NO_ENTRY, 'No entry (below axis)'],
  ];
  let cursor = x;
  doc.font(FONT.regular).fontSize(7).fillColor(COLORS.muted);
  for (const [color, label] of items) {
    doc.rect(cursor, y + 1, 8, 6).fill(color);
    doc.fillColor(COLORS.muted).text(label, cursor + 11, y, { lineBreak: false });
    cursor += 11 + doc.widthOfString(label) + 14;
  }
  doc.polygon([cursor + 1, y], [cursor + 7, y], [cursor + 4, y + 6]).fill(TIER_COLORS.urgent.solid);
  doc.fillColor(COLORS.muted).text('Night cited by an open warning sign (tier colour)', cursor + 11, y, {
    width: width - (cursor - x) - 11,
    lineBreak: false,
  });
}
