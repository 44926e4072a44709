/**
 * Every lesson's share picture as the build made it (dist/lessons/<slug>/share.png): listed in
 * lessons.json, 750–1080 px wide, under 400 KB, and its QR code opens the lesson.
 */
import { readFileSync, statSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PICTURE_MAX_BYTES, PICTURE_WIDTH } from '../../src/lib/share-card/picture-check';

const catalogue = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as {
  site: string;
  lessons: { slug: string; url: string; picture: string }[];
};

describe('the share pictures', () => {
  it.each(catalogue.lessons.map((lesson) => [lesson.slug, lesson] as const))(
    '%s: listed, 750–1080 px wide, under 400 KB, its QR code opens the lesson',
    (slug, lesson) => {
      expect(lesson.picture).toBe(`/lessons/${slug}/share.png`);
      const file = `dist${lesson.picture}`;
      const bytes = statSync(file).size;
      expect(bytes).toBeLessThan(PICTURE_MAX_BYTES);
      const png = PNG.sync.read(readFileSync(file));
      expect(png.width).toBeGreaterThanOrEqual(PICTURE_WIDTH.min);
      expect(png.width).toBeLessThanOrEqual(PICTURE_WIDTH.max);
      // The QR code is in the foot: read the last 400 rows.
      const rows = Math.min(400, png.height);
      const foot = new Uint8ClampedArray(png.data.subarray((png.height - rows) * png.width * 4));
      const code = jsQR(foot, png.width, rows);
      expect(code?.data).toBe(new URL(lesson.url, catalogue.site).href);
    },
  );
});
