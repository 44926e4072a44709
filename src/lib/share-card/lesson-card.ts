/** A lesson as its share picture shows it (card-layout.ts): the words, the numbers, the labels. */
import type { LessonData } from '../schema/lesson';
import { paperName, type Hotline } from '../schema/catalogue';
import { isoDay } from '../dates';
import { ui } from '../ui-strings';
import type { CardLabels, ShareCardContent } from './card-layout';

export const cardLabels: CardLabels = {
  lessonLabel: ui.shareCardLabel,
  remember: ui.rememberHeading,
  redFlags: ui.redFlagsHeading,
  actions: ui.actionsHeading,
  hotlines: ui.hotlinesHeading,
  scan: ui.shareCardScan,
  reviewed: (date) => `${ui.reviewedLabel}：${date}`,
};

export function lessonCard(
  data: Pick<LessonData, 'title' | 'remember' | 'redFlags' | 'actions' | 'reviewed'>,
  hotlines: readonly Hotline[],
  site: { siteName: string },
  url: string,
): ShareCardContent {
  return {
    siteName: site.siteName,
    title: data.title,
    remember: data.remember,
    redFlags: data.redFlags,
    actions: data.actions,
    numbers: hotlines
      .filter((hotline) => hotline.kind === 'call' && !hotline.readerBank)
      .map((hotline) => ({ number: hotline.number, name: paperName(hotline) })),
    notes: [
      ...hotlines.flatMap((hotline) => (hotline.readerBank ? [hotline.readerBank.paper] : [])),
      ...hotlines.filter((hotline) => hotline.kind === 'sms').map((hotline) => ui.smsOnPaper(hotline.number)),
    ],
    url,
    reviewed: isoDay(data.reviewed),
  };
}
