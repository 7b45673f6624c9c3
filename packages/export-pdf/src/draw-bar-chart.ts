import { fitLine } from './decorate-pages.js';
import { RULE } from './page-style.js';
import { markBlock } from './tag-structure.js';
import { applyStyle, contentWidth, type Doc, ensureSpace, STYLE } from './text-blocks.js';

/** One bar: what it is for, its amount and the amount as written beside it ("up to 50,000 GPUs"). */
export interface Bar {
  label: string;
  amount: number;
  text: string;
}

const BAR_HEIGHT = 12;
const BAR_GAP = 6;
const LABEL_SHARE = 0.3;
const TEXT_GAP = 6;

/** Height of a chart of `count` bars, in points. */
export function measureBarChart(count: number): number {
  return count * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
}

/**
 * Draws a horizontal bar chart with pdfkit's vector API (`rect`, `fill`, `text`): one bar per entry,
 * scaled to the largest amount, labelled on the left with its label and on the right with its amount. The
 * chart is one tagged `Figure` whose alternate text lists every bar, so screen readers get the numbers.
 */
export function drawBarChart(doc: Doc, bars: readonly Bar[], title: string): void {
  if (bars.length === 0) return;
  ensureSpace(doc, measureBarChart(bars.length));
  const left = doc.page.margins.left;
  const full = contentWidth(doc);
  const labelWidth = full * LABEL_SHARE;
  applyStyle(doc, STYLE.meta);
  const textWidth = Math.max(...bars.map((bar) => doc.widthOfString(bar.text)));
  const track = Math.max(full - labelWidth - textWidth - 2 * TEXT_GAP, full * 0.2);
  const largest = Math.max(...bars.map((bar) => bar.amount), 0);
  const alt = `${title}: ${bars.map((bar) => `${bar.label} ${bar.text}`).join('; ')}.`;
  const top = doc.y + BAR_GAP;
  markBlock(
    doc,
    'Figure',
    () => {
      bars.forEach((bar, index) => {
        const y = top + index * (BAR_HEIGHT + BAR_GAP);
        const length = largest > 0 ? (bar.amount / largest) * track : 0;
        const barLeft = left + labelWidth;
        if (length > 0) doc.save().rect(barLeft, y, length, BAR_HEIGHT).fill(RULE.bar).restore();
        applyStyle(doc, STYLE.meta);
        const textY = y + (BAR_HEIGHT - STYLE.meta.size) / 2 - 1;
        const label = fitLine(doc, bar.label, labelWidth - TEXT_GAP);
        doc.text(label, left, textY, { width: labelWidth - TEXT_GAP, lineBreak: false });
        const amountWidth = full - labelWidth - length - TEXT_GAP;
        doc.text(bar.text, barLeft + length + TEXT_GAP, textY, { width: amountWidth, lineBreak: false });
      });
    },
    { alt },
  );
  doc.x = left;
  doc.y = top + measureBarChart(bars.length);
}
