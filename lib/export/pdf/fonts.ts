import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The report's fonts, embedded from npm packages so that names and notes in
 * any script print as written (docs/exports.md, "Fonts"). PDFKit subsets each
 * font to the glyphs used, so a report stays small; the large CJK fonts are
 * read from disk only when a report needs them.
 *
 * - Noto Sans: Latin, Greek and Cyrillic, in regular, bold and italic: the body of every report.
 * - DejaVu Sans for Arabic script, shaped by PDFKit's layout engine. Chosen over
 *   Noto Sans Arabic because its joined letter forms are whole glyphs that map
 *   back to the letters, so copying or searching the PDF's text finds the name;
 *   Noto draws dots as separate marks and the text comes back garbled.
 * - Noto Sans SC: Chinese and Japanese (Han and kana).
 * - Noto Sans KR: Korean (Hangul, with the Han and kana that Korean text mixes in).
 */
export type FontStyle = 'regular' | 'bold' | 'italic';

type Script = 'base' | 'arabic' | 'cjk' | 'hangul';

const FILES: Record<Script, Record<FontStyle, string>> = {
  base: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  },
  // Italic text in Arabic, Chinese, Japanese or Korean uses the upright face: slanting them is not a convention.
  arabic: {
    regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
    bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    italic: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  },
  cjk: {
    regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    italic: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  hangul: {
    regular: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
    italic: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  },
};

/** The registered name of each face; the draw functions use these with `doc.font(...)`. */
export const FONT = { regular: 'body-regular', bold: 'body-bold', italic: 'body-italic' } as const satisfies Record<
  FontStyle,
  string
>;

// Resolved at run time from the app's root, not bundled: PDFKit reads the files from node_modules.
const resolveFrom = createRequire(path.join(process.cwd(), 'package.json'));

function fontName(script: Script, style: FontStyle): string {
  return script === 'base' ? FONT[style] : `${script}-${style}`;
}

/**
 * Registers every face on a new document. PDFKit reads a registered font's
 * bytes only when it is first used, and embeds only the glyphs drawn with it.
 */
export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  for (const script of Object.keys(FILES) as Script[]) {
    for (const style of Object.keys(FILES[script]) as FontStyle[]) {
      // By path, not bytes: the large CJK fonts stay on disk until a report draws such text.
      doc.registerFont(fontName(script, style), resolveFrom.resolve(FILES[script][style]));
    }
  }
}

const SCRIPTS: Array<[Exclude<Script, 'base'>, RegExp]> = [
  ['arabic', /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u],
  ['hangul', /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF]/u],
  ['cjk', /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u312F\u31A0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u],
];
/** Spaces, digits and common punctuation: every face has them, so they stay with the run around them. */
const NEUTRAL = /[\s\d.,:;!?'"()\-–—/·…]/u;

function scriptOfChar(char: string): Script | null {
  if (NEUTRAL.test(char)) return null;
  for (const [script, pattern] of SCRIPTS) if (pattern.test(char)) return script;
  return 'base';
}

/** A stretch of text drawn with one face. */
export interface FontRun {
  font: string;
  text: string;
}

/**
 * Splits text into runs by the face each character needs: Noto Sans for
 * Latin, Greek and Cyrillic, the Arabic, Chinese/Japanese or Korean face for
 * those scripts. Korean text keeps its Han and kana in the Korean face, so a
 * name is not split in the middle of a word.
 */
export function fontRuns(text: string, style: FontStyle = 'regular'): FontRun[] {
  const hasHangul = [...text].some((char) => scriptOfChar(char) === 'hangul');
  const runs: Array<{ script: Script; text: string }> = [];
  for (const char of text) {
    let script = scriptOfChar(char);
    if (script === 'cjk' && hasHangul) script = 'hangul';
    const last = runs.at(-1);
    if (last && (script === null || script === last.script)) last.text += char;
    else runs.push({ script: script ?? 'base', text: char });
  }
  return runs.map((run) => ({ font: fontName(run.script, style), text: run.text }));
}

/** The face of the first run that needs one: for measuring text that is drawn with `drawText`. */
export function fontFor(text: string, style: FontStyle = 'regular'): string {
  const runs = fontRuns(text, style);
  return runs.find((run) => run.font !== FONT[style])?.font ?? FONT[style];
}

/**
 * Draws text in as many faces as its scripts need, as one wrapped paragraph
 * (PDFKit's `continued` text). `options` are those of `doc.text`.
 */
export function drawText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
  style: FontStyle = 'regular',
): void {
  const runs = fontRuns(text, style);
  runs.forEach((run, i) => {
    doc.font(run.font);
    const runOptions = { ...options, ...rightToLeftLayout(run), continued: i < runs.length - 1 };
    if (i === 0) doc.text(run.text, x, y, runOptions);
    else doc.text(run.text, runOptions);
  });
  if (runs.length === 0) doc.font(FONT[style]).text('', x, y, options);
}

/**
 * PDFKit lays text out word by word unless OpenType features are given, and a
 * right-to-left word laid out alone carries its space to the wrong side: the
 * words of an Arabic name would lose the gap between them. Naming a feature
 * (kerning, on anyway) makes it lay the run out whole.
 */
function rightToLeftLayout(run: FontRun): Pick<PDFKit.Mixins.TextOptions, 'features'> {
  return run.font.startsWith('arabic-') ? { features: ['kern'] } : {};
}
