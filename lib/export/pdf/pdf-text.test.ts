import { describe, expect, it } from 'vitest';
import { pdfText, truncate } from './pdf-text';

describe('pdfText', () => {
  it('keeps Latin-1 and the Windows-1252 punctuation', () => {
    expect(pdfText('Zoë Müller – “fine” … 5 €')).toBe('Zoë Müller – “fine” … 5 €');
  });

  it('replaces what the built-in fonts cannot draw', () => {
    expect(pdfText('日本 😀 ok')).toBe('?? ? ok');
  });

  it('turns line breaks and tabs into spaces', () => {
    expect(pdfText('a\r\nb\tc')).toBe('a  b c');
  });
});

describe('truncate', () => {
  it('cuts long text with an ellipsis', () => {
    expect(truncate('abcdef', 10)).toBe('abcdef');
    expect(truncate('abc def ghi', 8)).toBe('abc def…');
  });
});
