import { describe, expect, it } from 'vitest';
import { pdfText, truncate } from './pdf-text';

describe('pdfText', () => {
  it('keeps every script the embedded fonts draw', () => {
    for (const name of ['Zoë Müller – “fine” … 5 €', 'Ελένη Παπαδοπούλου', 'Анна Иванова', 'فاطمة الزهراء', '王小明', '김민준']) {
      expect(pdfText(name)).toBe(name);
    }
  });

  it('replaces pictographs, which no embedded font draws', () => {
    expect(pdfText('日本 😀 ok ❤️')).toBe('日本 ? ok ?');
  });

  it('drops control characters', () => {
    expect(pdfText('a\u0000b\u0007c\u009b')).toBe('abc');
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
