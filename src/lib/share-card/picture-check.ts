import { join } from 'node:path';

/** What every share picture must be (issue #25): 750–1080 px wide and under 400 KB. */
export const PICTURE_WIDTH = { min: 750, max: 1080 } as const;
export const PICTURE_MAX_BYTES = 400 * 1024;

/** Stops the build, naming the picture, when one is not what a family group can use. */
export function checkSharePicture(name: string, picture: { png: Uint8Array; width: number }): void {
  if (picture.width < PICTURE_WIDTH.min || picture.width > PICTURE_WIDTH.max)
    throw new Error(
      `${name} is ${picture.width} px wide; it must be ${PICTURE_WIDTH.min}–${PICTURE_WIDTH.max} px`,
    );
  if (picture.png.length >= PICTURE_MAX_BYTES)
    throw new Error(`${name} is ${Math.round(picture.png.length / 1024)} KB; it must be under 400 KB`);
}

/** Where the build keeps drawn pictures between builds (render-card.ts); the bench clears it. */
export const SHARE_PICTURE_CACHE = join(
  process.cwd(),
  'node_modules',
  '.cache',
  'purse-guard',
  'share-pictures',
);
