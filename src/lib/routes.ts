/** Every site-relative URL the site links to, in one place (the route contract in DESIGN.md). */
export const routes = {
  home: '/',
  help: '/help/',
  /** 我家的防骗约定: the family pact and the page for grown-up children. */
  family: '/family/',
  quiz: '/quiz/',
  /** 复习一下: the day's review questions, the schedule, turning reviews off. */
  review: '/review/',
  /** The fridge card: the sentences to remember of the lessons she has done, to print. */
  fridgeCard: '/review/card/',
  present: '/present/',
  accessibility: '/accessibility/',
  offline: '/offline/',
  offlinePacks: '/offline-packs.json',
  print: '/print/',
  printSet: (track: string) => `/print/${track}/`,
  handoutPdf: (slug: string) => `/handouts/${slug}.pdf`,
  posterPdf: (slug: string) => `/handouts/${slug}-poster.pdf`,
  /** Written by `npm run handouts`: which PDFs exist. */
  pdfList: '/handouts/pdfs.json',
  search: '/search/',
  searchTraditional: '/search/traditional.json',
  /** Pagefind's files that every search needs (written by the build after the pages). */
  pagefind: {
    script: '/pagefind/pagefind.js',
    entry: '/pagefind/pagefind-entry.json',
    wasm: '/pagefind/wasm.unknown.pagefind',
  },
  catalogue: '/lessons.json',
  track: (track: string) => `/tracks/${track}/`,
  lesson: (slug: string) => `/lessons/${slug}/`,
  lessonQr: (slug: string) => `/lessons/${slug}/qr.svg`,
  /** The lesson as a picture to send to a family's WeChat group (src/lib/share-card/). */
  sharePicture: (slug: string) => `/lessons/${slug}/share.png`,
  /** What a review of the lesson can ask (review-questions.ts). */
  lessonReview: (slug: string) => `/lessons/${slug}/review.json`,
  handout: (slug: string) => `/handouts/${slug}/`,
  poster: (slug: string) => `/handouts/${slug}/poster/`,
  slides: (slug: string) => `/present/${slug}/`,
  /** A lesson's speaker notes, to print. */
  speakerNotes: (slug: string) => `/present/${slug}/notes/`,
  /** An event's speaker notes and run sheet (?event=a,b&title=…). */
  eventNotes: '/present/notes/',
  worksheet: (slug: string) => `/handouts/${slug}/worksheet/`,
  answers: (slug: string) => `/handouts/${slug}/answers/`,
  card: (slug: string) => `/handouts/${slug}/card/`,
  generalCard: '/handouts/card/',
  /** A salon pack; its lessons, title and date go in the query (salon-pack.ts). */
  salonPackPage: '/print/set/',
  signIn: '/print/signin/',
  /** Scam-call drills: the list, one drill (a step or ending is #<id>), its role-play cards. */
  drills: '/drills/',
  drill: (slug: string) => `/drills/${slug}/`,
  drillCards: (slug: string) => `/drills/${slug}/cards/`,
  /** A drill's slides share the lessons' address, so an event can mix lessons and drills. */
  drillSlides: (slug: string) => `/present/${slug}/`,
  /** 真假辨一辨: real and fake messages to tell apart. */
  spot: '/spot/',
  /** 反诈预警: dated alerts of what is going round now (content/alerts/), the list and one alert. */
  alerts: '/alerts/',
  alert: (slug: string) => `/alerts/${slug}/`,
  /** The current alerts on one A4 notice for the branch's board. */
  alertsPrint: '/alerts/print/',
  /** The current alerts as an Atom feed and as JSON, for a bank's app or a community account. */
  alertsFeed: '/alerts.xml',
  alertsJson: '/alerts.json',
} as const;

/** An absolute URL on the public site, e.g. for a QR code. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
