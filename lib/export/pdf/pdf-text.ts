/**
 * Text as the report draws it. The embedded fonts (./fonts.ts) cover the
 * scripts patients write in; pictographs (emoji) have no glyph in them and
 * become "?" rather than an empty box. Line breaks and tabs become spaces
 * because table cells wrap on their own, and other control characters go.
 */
export function pdfText(text: string): string {
  return text
    .replace(/[\n\r\t]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '?');
}

/** Cuts text to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
