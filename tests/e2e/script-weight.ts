/**
 * What a slow phone's first visit downloads in scripts: the network of the budget (about 400 kbps
 * and 400 ms, reported to the page as such), and each script the page fetches, by address, gzipped.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export async function onSlowNetwork(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
}

/** The scripts the page fetches from now on (gzip bytes by address); `total()` adds them up. */
export function collectScripts(page: Page) {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(response.url(), gzipSync(await response.body()).length);
  });
  return { total: () => [...scripts.values()].reduce((a, b) => a + b, 0) };
}
