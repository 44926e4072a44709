/** Shows the home page's review line when a lesson is due today (review-due.ts loads this). */
import { dueLessons, loadSchedule } from '@/lib/review/saved-schedule';
import { deviceStorage } from '@/lib/device-storage';
import { localDay } from '@/lib/dates';

const line = document.querySelector<HTMLElement>('[data-review-due]');
if (line) line.hidden = dueLessons(loadSchedule(deviceStorage()), localDay()).length === 0;
