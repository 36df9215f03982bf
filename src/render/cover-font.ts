/** The cover card's font: the Noto Sans SC (Noto Sans S Chinese) OTF files shipped by `@embedpdf/fonts-sc`, and their glyph advances for line wrapping. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The family name inside the shipped OTF files (name ID 16). */
export const COVER_FONT_FAMILY = 'Noto Sans S Chinese';

/** Paths of the two weights the card uses. */
export interface CoverFontFiles {
  regular: string;
  bold: string;
}

let files: CoverFontFiles | null | undefined;

/** Where the shipped font files are, or null when `@embedpdf/fonts-sc` is not installed. */
export function coverFontFiles(): CoverFontFiles | null {
  if (files !== undefined) return files;
  try {
    // The package's exports map only exposes its index, so find the fonts folder beside it.
    const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    const dir = join(dirname(entry), '..', 'fonts');
    const found = { regular: join(dir, 'NotoSansHans-Regular.otf'), bold: join(dir, 'NotoSansHans-Bold.otf') };
    files = existsSync(found.regular) && existsSync(found.bold) ? found : null;
  } catch {
    files = null;
  }
  return files;
}

/** Horizontal metrics of one font: advance width in ems per code point (undefined when the font has no glyph). */
export interface FontMetrics {
  advance(codePoint: number): number | undefined;
}

/** The sfnt table directory: tag → offset. */
function tables(b: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  const n = b.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const o = 12 + i * 16;
    out.set(b.toString('latin1', o, o + 4), b.readUInt32BE(o + 8));
  }
  return out;
}

/** Code point → glyph id from the Unicode `cmap` subtables (formats 4 and 12). */
function readCmap(b: Buffer, cmap: number): Map<number, number> {
  const map = new Map<number, number>();
  const count = b.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = b.readUInt16BE(rec);
    if (platform !== 0 && platform !== 3) continue;
    const off = cmap + b.readUInt32BE(rec + 4);
    const format = b.readUInt16BE(off);
    if (format === 12) {
      const groups = b.readUInt32BE(off + 12);
      for (let g = 0; g < groups; g++) {
        const start = b.readUInt32BE(off + 16 + g * 12);
        const end = b.readUInt32BE(off + 20 + g * 12);
        const glyph = b.readUInt32BE(off + 24 + g * 12);
        for (let c = start; c <= end; c++) if (!map.has(c)) map.set(c, glyph + c - start);
      }
    } else if (format === 4) {
      const segs = b.readUInt16BE(off + 6) / 2;
      const ends = off + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const ranges = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = b.readUInt16BE(ends + s * 2);
        const start = b.readUInt16BE(starts + s * 2);
        const delta = b.readInt16BE(deltas + s * 2);
        const rangeOff = b.readUInt16BE(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          if (map.has(c)) continue;
          let glyph: number;
          if (rangeOff === 0) glyph = (c + delta) & 0xffff;
          else {
            const at = ranges + s * 2 + rangeOff + (c - start) * 2;
            const raw = b.readUInt16BE(at);
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0) map.set(c, glyph);
        }
      }
    }
  }
  return map;
}

/**
 * Reads advance widths from an OTF/TTF file (`head`, `hhea`, `hmtx`, `cmap`).
 * @example loadFontMetrics(coverFontFiles()!.regular).advance(0x4e2d) // → 1 (中 is one em wide)
 */
export function loadFontMetrics(path: string): FontMetrics {
  const b = readFileSync(path);
  const t = tables(b);
  const head = t.get('head');
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const cmap = t.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) {
    throw new Error(`${path}: not an OpenType font with horizontal metrics`);
  }
  const unitsPerEm = b.readUInt16BE(head + 18);
  const longMetrics = b.readUInt16BE(hhea + 34);
  const glyphs = readCmap(b, cmap);
  const lastAdvance = b.readUInt16BE(hmtx + (longMetrics - 1) * 4);
  return {
    advance(codePoint: number): number | undefined {
      const g = glyphs.get(codePoint);
      if (g === undefined) return undefined;
      const units = g < longMetrics ? b.readUInt16BE(hmtx + g * 4) : lastAdvance;
      return units / unitsPerEm;
    },
  };
}

const cache = new Map<string, FontMetrics | null>();

/** The metrics of the shipped regular or bold face, or null when the font package is missing. */
export function coverFontMetrics(weight: 'regular' | 'bold'): FontMetrics | null {
  const hit = cache.get(weight);
  if (hit !== undefined) return hit;
  const f = coverFontFiles();
  let m: FontMetrics | null = null;
  if (f) {
    try {
      m = loadFontMetrics(f[weight]);
    } catch {
      m = null;
    }
  }
  cache.set(weight, m);
  return m;
}
