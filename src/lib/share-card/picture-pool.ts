/**
 * Worker threads that draw the share pictures (draw-card.mjs) while the build renders its pages:
 * as many as the machine has cores, at most 4. They hold the process open only while they have
 * work, so a build that has drawn everything ends as it did without them.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DrawJob } from './draw-card.mjs';

/** The worker's file, from the project's root (the build's bundle does not carry it). */
const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'share-card', 'draw-card.mjs');

interface Slot {
  worker: Worker;
  busy: number;
}

let slots: Slot[] | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (png: Buffer) => void; reject: (error: Error) => void; slot: Slot }
>();

function start(): Slot[] {
  const count = Math.max(1, Math.min(4, availableParallelism()));
  return Array.from({ length: count }, () => {
    const slot: Slot = { worker: new Worker(WORKER_FILE), busy: 0 };
    slot.worker.unref();
    slot.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = waiting.get(id);
      if (!job) return;
      waiting.delete(id);
      slot.busy -= 1;
      if (slot.busy === 0) slot.worker.unref();
      if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else job.reject(new Error(error ?? 'the picture could not be drawn'));
    });
    slot.worker.on('error', (error) => {
      for (const [id, job] of waiting) {
        if (job.slot !== slot) continue;
        waiting.delete(id);
        job.reject(error);
      }
    });
    return slot;
  });
}

/** Draws one picture in the least busy worker. */
export function drawInWorker(job: DrawJob): Promise<Buffer> {
  slots ??= start();
  const slot = slots.reduce((least, each) => (each.busy < least.busy ? each : least));
  const id = (nextId += 1);
  slot.busy += 1;
  slot.worker.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, slot });
    slot.worker.postMessage({ id, job });
  });
}
