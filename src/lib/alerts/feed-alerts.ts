/** The current alerts with their numbers as dialled, for the feed and /alerts.json. */
import { getAlerts, getHotlines } from '../lessons';
import type { FeedAlert } from './alert-feed';

export async function feedAlerts(): Promise<FeedAlert[]> {
  return Promise.all(
    (await getAlerts()).map(async ({ id, data }) => ({
      id,
      data,
      numbers: (await getHotlines(data.hotlines)).map((hotline) => hotline.number),
    })),
  );
}
