/**
 * Child processes that draw the share pictures (draw-card.mjs) while the build renders its pages:
 * one fewer than the machine has cores (the build's own thread renders the pages), at least one
 * and at most 4. Processes, not worker threads: in a build of 40 lessons a picture took about
 * 110 ms in a worker thread against 37 ms alone, and a thousand-lesson build was about 10 s
 * quicker with processes, which share nothing with the build's busy heap. They hold the build
 * open only while they have work.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DrawJob } from './draw-card.mjs';

/** The drawing's file, from the project's root (the build's bundle does not carry it). */
const DRAW_FILE = join(process.cwd(), 'src', 'lib', 'share-card', 'draw-card.mjs');

interface Slot {
  child: ChildProcess;
  busy: number;
}

type Reply = { id: number; png?: Uint8Array; error?: string };

let slots: Slot[] | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (png: Buffer) => void; reject: (error: Error) => void; slot: Slot }
>();

function hold(slot: Slot, on: boolean): void {
  const channel = slot.child.channel as { ref(): void; unref(): void } | undefined;
  if (on) {
    slot.child.ref();
    channel?.ref();
  } else {
    slot.child.unref();
    channel?.unref();
  }
}

function failAll(slot: Slot, error: Error): void {
  for (const [id, job] of waiting) {
    if (job.slot !== slot) continue;
    waiting.delete(id);
    job.reject(error);
  }
}

function start(): Slot[] {
  const count = Math.max(1, Math.min(4, availableParallelism() - 1));
  return Array.from({ length: count }, () => {
    const child = fork(DRAW_FILE, [], {
      serialization: 'advanced',
      env: { ...process.env, PURSE_GUARD_PICTURE_PROCESS: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const slot: Slot = { child, busy: 0 };
    hold(slot, false);
    child.on('message', ({ id, png, error }: Reply) => {
      const job = waiting.get(id);
      if (!job) return;
      waiting.delete(id);
      slot.busy -= 1;
      if (slot.busy === 0) hold(slot, false);
      if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else job.reject(new Error(error ?? 'the picture could not be drawn'));
    });
    child.on('error', (error) => failAll(slot, error));
    child.on('exit', (code, signal) => {
      failAll(slot, new Error(`the picture process stopped (${signal ?? `exit ${code}`})`));
      slots = slots?.filter((each) => each !== slot);
      if (slots?.length === 0) slots = undefined;
    });
    return slot;
  });
}

/** Draws one picture in the least busy process. */
export function drawInWorker(job: DrawJob): Promise<Buffer> {
  slots ??= start();
  const slot = slots.reduce((least, each) => (each.busy < least.busy ? each : least));
  const id = (nextId += 1);
  slot.busy += 1;
  hold(slot, true);
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, slot });
    slot.child.send({ id, job });
  });
}
