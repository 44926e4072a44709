/** /lessons.json: the catalogue other tools read (format in DESIGN.md). */
import { isoDay } from './dates';
import { routes } from './routes';
import type { LessonData } from './schema/lesson';
import type { Hotline } from './schema/catalogue';
import type { ReaderBank } from './schema/reader-bank';
import type { DrillData } from './schema/drill';

export interface CatalogueLesson {
  slug: string;
  title: string;
  track: string;
  summary: string;
  remember: string;
  url: string;
  handout: string;
  poster: string;
  slides: string;
  /** The share picture for a family's WeChat group (PNG, 750 px wide, with a QR code to `url`). */
  picture: string;
  /** What a review of the lesson asks (复习一下). */
  review: string;
  /** The numbers to call; the site's own customer-service number stands for "bank". */
  hotlines: string[];
  /** Which bank "bank" means in this lesson's steps (the reader's card issuer, the ATM's bank …). */
  bank?: ReaderBank;
  /** The current alerts about this lesson's pattern (反诈预警), newest first. */
  alerts: string[];
  quiz: { question: string; options: string[]; answer: number; explanation: string }[];
  sources: { title: string; url: string }[];
  reviewed: string;
}

/** A scam-call drill, for an app that links to it. */
export interface CatalogueDrill {
  slug: string;
  title: string;
  summary: string;
  url: string;
  slides: string;
  cards: string;
  /** The lessons it rehearses (slugs). */
  lessons: string[];
}

export interface Catalogue {
  site: string;
  lessons: CatalogueLesson[];
  drills: CatalogueDrill[];
  /** 真假辨一辨. */
  spot: string;
  /** 反诈预警: the page, the Atom feed and the JSON of the current alerts. */
  alerts: { page: string; feed: string; json: string };
}

export function buildCatalogue(
  site: URL | string,
  lessons: readonly { id: string; data: LessonData }[],
  hotlines: readonly Hotline[],
  drills: readonly (Pick<DrillData, 'title' | 'summary' | 'lessons'> & { id: string })[] = [],
  alerts: readonly { id: string; data: { lessons: readonly string[] } }[] = [],
): Catalogue {
  const numberOf = (id: string) => {
    const hotline = hotlines.find((h) => h.id === id);
    if (!hotline) throw new Error(`lessons.json: unknown hotline id "${id}"`);
    return hotline.number;
  };
  return {
    site: new URL(site).href.replace(/\/$/, ''),
    lessons: lessons.map(({ id, data }) => ({
      slug: id,
      title: data.title,
      track: data.track,
      summary: data.summary,
      remember: data.remember,
      url: routes.lesson(id),
      handout: routes.handout(id),
      poster: routes.poster(id),
      slides: routes.slides(id),
      picture: routes.sharePicture(id),
      review: routes.lessonReview(id),
      hotlines: data.hotlines.map(numberOf),
      ...(data.bank ? { bank: data.bank } : {}),
      alerts: alerts
        .filter((alert) => alert.data.lessons.includes(id))
        .map((alert) => routes.alert(alert.id)),
      quiz: data.quiz.map(({ question, options, answer, explanation }) => ({
        question,
        options,
        answer,
        explanation,
      })),
      sources: data.sources.map(({ title, url }) => ({ title, url })),
      reviewed: isoDay(data.reviewed),
    })),
    drills: drills.map((drill) => ({
      slug: drill.id,
      title: drill.title,
      summary: drill.summary,
      url: routes.drill(drill.id),
      slides: routes.drillSlides(drill.id),
      cards: routes.drillCards(drill.id),
      lessons: [...drill.lessons],
    })),
    spot: routes.spot,
    alerts: { page: routes.alerts, feed: routes.alertsFeed, json: routes.alertsJson },
  };
}
