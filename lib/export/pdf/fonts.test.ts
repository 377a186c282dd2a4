import { describe, expect, it } from 'vitest';
import { FONT, fontFor, fontRuns } from './fonts';

describe('fontRuns', () => {
  it('keeps Latin, Greek and Cyrillic in the body face as one run', () => {
    expect(fontRuns('Zoë, Ελένη и Анна')).toEqual([{ font: FONT.regular, text: 'Zoë, Ελένη и Анна' }]);
  });

  it('splits a mixed line by script, spaces and punctuation staying with the run they follow', () => {
    expect(fontRuns('Note: 王小明 and فاطمة, 2 nights', 'italic')).toEqual([
      { font: FONT.italic, text: 'Note: ' },
      { font: 'cjk-italic', text: '王小明 ' },
      { font: FONT.italic, text: 'and ' },
      { font: 'arabic-italic', text: 'فاطمة, 2 ' },
      { font: FONT.italic, text: 'nights' },
    ]);
  });

  it('sets the Han in Korean text with the Korean face, so a name is not split', () => {
    expect(fontRuns('김 金民俊', 'bold')).toEqual([{ font: 'hangul-bold', text: '김 金民俊' }]);
  });

  it('sets Japanese kana and kanji together', () => {
    expect(fontRuns('佐藤さくら')).toEqual([{ font: 'cjk-regular', text: '佐藤さくら' }]);
  });

  it('starts a line of digits in the body face', () => {
    expect(fontRuns('12 夜')).toEqual([
      { font: FONT.regular, text: '12 ' },
      { font: 'cjk-regular', text: '夜' },
    ]);
  });
});

describe('fontFor', () => {
  it('is the first face beyond the body that the text needs, for measuring', () => {
    expect(fontFor('Ana Müller', 'bold')).toBe(FONT.bold);
    expect(fontFor('Patient 김민준', 'bold')).toBe('hangul-bold');
  });
});
