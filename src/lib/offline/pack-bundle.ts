/**
 * An offline pack travels as a few bundles instead of thousands of files. Each bundle holds many
 * of the pack's files one after another and is gzipped whole, so what the pages share (the
 * header, the footer, the styles' class names) is sent once per bundle rather than once per page:
 * at 40 lessons the lesson pages gzip to 141 KB together against 307 KB one by one, and a
 * 1,000-lesson library's lessons pack fits its 8 MB budget. Fewer, larger requests also suit a
 * slow phone (400 ms a round trip).
 *
 * The format (before gzip): "PGPK", the header's length in 4 bytes (big-endian), the header (JSON,
 * UTF-8: each file's path, cache, type and size), then the files' bytes in that order. The build
 * writes bundles (src/integrations/service-worker.ts) and the service worker unpacks them into
 * its caches (src/integrations/sw-offline-pack.js); both use this module.
 */
import { CACHE_NAMES, type CacheKind } from './packs.ts';

/** Where the bundles are served; their names carry a hash of their content. */
export const BUNDLE_DIR = '/packs/';

/** A bundle holds files up to this many bytes before gzip (about 400–600 KB gzipped for pages). */
export const BUNDLE_RAW_BYTES = 3 * 1024 * 1024;

const MAGIC = [0x50, 0x47, 0x50, 0x4b]; // "PGPK"

export interface BundleFile {
  path: string;
  cache: CacheKind;
  /** The Content-Type the file is served with. */
  type: string;
  body: Uint8Array;
}

interface HeaderEntry {
  path: string;
  cache: CacheKind;
  type: string;
  size: number;
}

/** The bundle's bytes before gzip. */
export function encodeBundle(files: readonly BundleFile[]): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify(files.map(({ path, cache, type, body }) => ({ path, cache, type, size: body.length }))),
  );
  const total = MAGIC.length + 4 + header.length + files.reduce((sum, file) => sum + file.body.length, 0);
  const bytes = new Uint8Array(total);
  bytes.set(MAGIC, 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, header.length);
  bytes.set(header, MAGIC.length + 4);
  let offset = MAGIC.length + 4 + header.length;
  for (const file of files) {
    bytes.set(file.body, offset);
    offset += file.body.length;
  }
  return bytes;
}

/** The files of a bundle (its bytes after gunzip); a damaged bundle throws, naming what is wrong. */
export function decodeBundle(bytes: Uint8Array): BundleFile[] {
  if (bytes.length < MAGIC.length + 4 || MAGIC.some((byte, i) => bytes[i] !== byte))
    throw new Error('not an offline pack bundle');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length);
  const start = MAGIC.length + 4;
  if (start + headerLength > bytes.length) throw new Error('offline pack bundle: header cut short');
  const header: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + headerLength)));
  if (!Array.isArray(header)) throw new Error('offline pack bundle: header is not a list');
  const files: BundleFile[] = [];
  let offset = start + headerLength;
  for (const entry of header as HeaderEntry[]) {
    if (
      typeof entry?.path !== 'string' ||
      !entry.path.startsWith('/') ||
      !(entry.cache in CACHE_NAMES) ||
      typeof entry.type !== 'string' ||
      !Number.isInteger(entry.size) ||
      entry.size < 0
    )
      throw new Error('offline pack bundle: a file entry is damaged');
    if (offset + entry.size > bytes.length) throw new Error(`offline pack bundle: ${entry.path} cut short`);
    files.push({
      path: entry.path,
      cache: entry.cache,
      type: entry.type,
      body: bytes.subarray(offset, offset + entry.size),
    });
    offset += entry.size;
  }
  if (offset !== bytes.length) throw new Error('offline pack bundle: bytes left over');
  return files;
}

/** Whether these bytes are gzip (a host may have unpacked a bundle already, sending it as gzip). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Files in order, cut into runs of at most `limit` bytes (a larger file has a run to itself). */
export function bundleRuns<T extends { size: number }>(files: readonly T[], limit = BUNDLE_RAW_BYTES): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let size = 0;
  for (const file of files) {
    if (run.length > 0 && size + file.size > limit) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(file);
    size += file.size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
