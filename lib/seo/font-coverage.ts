/**
 * Which characters a TrueType font has glyphs for, read from its `cmap` table. next/og fetches
 * glyphs it cannot find in the given fonts (emoji, other scripts) from a CDN at build time; the
 * build has no network, so text for the social card keeps only what the shipped font can draw.
 */
export type Coverage = (codePoint: number) => boolean;

interface Range {
  start: number;
  end: number;
}

export function readFontCoverage(font: Uint8Array): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = findTable(view, 'cmap');
  if (cmap === null) return () => false;

  const subtables = new Map<string, number>();
  const count = view.getUint16(cmap + 2);
  for (let index = 0; index < count; index += 1) {
    const record = cmap + 4 + index * 8;
    subtables.set(`${view.getUint16(record)}/${view.getUint16(record + 2)}`, cmap + view.getUint32(record + 4));
  }
  // Windows full-repertoire (format 12) is the most complete; Windows BMP and Unicode BMP are format 4.
  const offset = subtables.get('3/10') ?? subtables.get('0/4') ?? subtables.get('3/1') ?? subtables.get('0/3');
  if (offset === undefined) return () => false;
  const ranges = view.getUint16(offset) === 12 ? readFormat12(view, offset) : readFormat4(view, offset);
  return (codePoint) => contains(ranges, codePoint);
}

function findTable(view: DataView, tag: string): number | null {
  const tables = view.getUint16(4);
  for (let index = 0; index < tables; index += 1) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    if (name === tag) return view.getUint32(record + 8);
  }
  return null;
}

function readFormat4(view: DataView, offset: number): Range[] {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const ranges: Range[] = [];
  for (let index = 0; index < segments; index += 1) {
    const start = view.getUint16(starts + index * 2);
    const end = view.getUint16(ends + index * 2);
    // The last segment, 0xFFFF, only terminates the table.
    if (start !== 0xffff) ranges.push({ start, end });
  }
  return ranges;
}

function readFormat12(view: DataView, offset: number): Range[] {
  const groups = view.getUint32(offset + 12);
  const ranges: Range[] = [];
  for (let index = 0; index < groups; index += 1) {
    const group = offset + 16 + index * 12;
    ranges.push({ start: view.getUint32(group), end: view.getUint32(group + 4) });
  }
  return ranges;
}

function contains(ranges: readonly Range[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as Range;
    if (codePoint < range.start) high = middle - 1;
    else if (codePoint > range.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Drops characters the font cannot draw and the spacing they leave behind. */
export function keepDrawable(text: string, covers: Coverage): string {
  return [...text]
    .filter((character) => /\s/.test(character) || covers(character.codePointAt(0) ?? 0))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
