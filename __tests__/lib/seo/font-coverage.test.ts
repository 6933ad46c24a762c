import fs from 'node:fs';
import path from 'node:path';
import { keepDrawable, readFontCoverage } from '@/lib/seo/font-coverage';

const covers = readFontCoverage(fs.readFileSync(path.join(process.cwd(), 'assets/fonts/DejaVuSans.ttf')));

describe('readFontCoverage on the shipped DejaVu Sans', () => {
  it.each([
    ['Latin', 'A'],
    ['accented Latin', 'é'],
    ['Greek', 'Ω'],
    ['Cyrillic', 'Ж'],
    ['Hebrew', 'ש'],
    ['Arabic', 'م'],
    ['the em dash', '—'],
  ])('covers %s', (_, character) => {
    expect(covers(character.codePointAt(0) as number)).toBe(true);
  });

  it.each([
    ['emoji', '🚀'],
    ['CJK', '中'],
    ['a private-use character', '\uE000'],
  ])('does not cover %s', (_, character) => {
    expect(covers(character.codePointAt(0) as number)).toBe(false);
  });
});

describe('keepDrawable', () => {
  it('drops what the font cannot draw and tidies the spacing', () => {
    expect(keepDrawable('Launch 🚀 day — مرحبا 中文', covers)).toBe('Launch day — مرحبا');
  });
});
