import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HANDOVER_TIMEOUT_MS,
  reloadUnlessHandingOver,
  type WorkerContainer,
} from '../../src/lib/offline/worker-handover';

/** A service worker container whose registration finds a newer worker (or not) when asked to update. */
function fakeContainer(
  found: { installing?: boolean; waiting?: boolean } | 'no registration' = {},
  update: () => Promise<unknown> = () => Promise.resolve(),
) {
  let updates = 0;
  const registration = {
    installing: null as object | null,
    waiting: null as object | null,
    update: async () => {
      updates += 1;
      await update();
      if (found === 'no registration') return;
      registration.installing = found.installing ? {} : null;
      registration.waiting = found.waiting ? {} : null;
    },
  };
  const container: WorkerContainer = {
    getRegistration: () => Promise.resolve(found === 'no registration' ? undefined : registration),
  };
  return { container, updates: () => updates };
}

let reloads = 0;
const reload = () => {
  reloads += 1;
};
beforeEach(() => {
  vi.useFakeTimers();
  reloads = 0;
});
afterEach(() => vi.useRealTimers());

describe('reloadUnlessHandingOver', () => {
  it('asks for the update and, with a newer worker installing or waiting, leaves the reload to its takeover', async () => {
    for (const found of [{ installing: true }, { waiting: true }]) {
      const fake = fakeContainer(found);
      reloadUnlessHandingOver(fake.container, reload);
      await vi.advanceTimersByTimeAsync(HANDOVER_TIMEOUT_MS - 1);
      expect(fake.updates()).toBe(1);
      expect(reloads).toBe(0);
      await vi.runAllTimersAsync();
      reloads = 0;
    }
  });

  it('reloads at once when no newer worker is coming, there is no registration, or no service worker', async () => {
    reloadUnlessHandingOver(fakeContainer().container, reload);
    await vi.advanceTimersByTimeAsync(0);
    expect(reloads).toBe(1);
    reloadUnlessHandingOver(fakeContainer('no registration').container, reload);
    await vi.advanceTimersByTimeAsync(0);
    expect(reloads).toBe(2);
    reloadUnlessHandingOver(undefined, reload);
    expect(reloads).toBe(3);
  });

  it('reloads at once when the update check fails (the new worker cannot be fetched)', async () => {
    const failing = fakeContainer({ waiting: true }, () => Promise.reject(new TypeError('Failed to fetch')));
    reloadUnlessHandingOver(failing.container, reload);
    await vi.advanceTimersByTimeAsync(0);
    expect(reloads).toBe(1);
  });

  it('never keeps the page waiting longer than the timeout: a worker that never takes over, an update that never answers', async () => {
    reloadUnlessHandingOver(fakeContainer({ waiting: true }).container, reload);
    await vi.advanceTimersByTimeAsync(HANDOVER_TIMEOUT_MS - 1);
    expect(reloads).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(reloads).toBe(1);

    reloadUnlessHandingOver(fakeContainer({}, () => new Promise(() => undefined)).container, reload, 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(reloads).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(reloads).toBe(2);
  });
});
