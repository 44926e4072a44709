/**
 * The home page's one line, 今天复习 3 道题, shown only when a review is due on this device.
 * The check (review-due-line.ts) loads only where a schedule is saved: a first visit on a slow
 * phone pays a few bytes for it, not the schedule's reader. Without JavaScript the line stays hidden.
 */
import { REVIEW_STORAGE_KEY } from '@/lib/review/review-key';
import { deviceStorage } from '@/lib/device-storage';

let saved: string | null | undefined;
try {
  saved = deviceStorage()?.getItem(REVIEW_STORAGE_KEY);
} catch {
  saved = undefined;
}
if (saved) void import('./review-due-line').catch(() => undefined);
