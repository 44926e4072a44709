import { z } from 'astro/zod';
import { httpsUrl, isoDate, kebabId, listOf, shortText, sourceSchema } from './common';
import { readerBankSchema, type ReaderBankWords } from './reader-bank';

/** One track (content/tracks.yaml). */
export const trackSchema = z.object({
  /** Short kebab-case id, used in URLs: /tracks/<id>/. */
  id: kebabId,
  /** The name readers see, e.g. 电信网络诈骗. */
  title: shortText(12, 'title'),
  /** One sentence: what this track protects you from. */
  description: shortText(60, 'description'),
  /** Position on the home page, smallest first. */
  order: z.number().int().min(0),
  /**
   * The plain headings the track's page lists its lessons under, in this order (lessons say
   * which in `group`), so a track of twenty lessons reads as four short lists.
   */
  groups: z
    .array(z.object({ id: kebabId, title: shortText(16, 'group title') }))
    .optional()
    .refine((groups) => !groups || new Set(groups.map((g) => g.id)).size === groups.length, {
      message: 'a group id is used twice',
    }),
});

const phoneNumber = z.string().regex(/^\d{3,11}$/, 'must be digits only, as dialled (e.g. "96110")');

/** The longest name printed under a number on paper. */
export const PAPER_NAME_MAX = 8;

/** One phone number the site shows (content/hotlines.yaml). */
export const hotlineSchema = z
  .object({
    /** Id that lessons list in `hotlines`; by convention the number itself. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The number as dialled. */
    number: phoneNumber,
    /** What the line is, e.g. 反诈预警劝阻专线. */
    name: shortText(20, 'name'),
    /** When to call (or what it means when it calls or texts you). */
    when: shortText(60, 'when'),
    /** "call": dial it; "sms": a number that only sends warnings, nothing to dial. */
    kind: z.enum(['call', 'sms']).default('call'),
    /** A label of a few characters for the numbers bar at the top of every page (e.g. 反诈); only the numbers to call at once have one. */
    bar: shortText(4, 'bar').optional(),
    /** Listed where a page has nothing else to offer: no search results, a page not found. */
    essential: z.boolean().default(false),
    /**
     * The name printed under the number on paper (handouts, posters, wallet cards), where a long
     * name would push the next number to a row of its own; required when `name` is longer.
     */
    paper: shortText(PAPER_NAME_MAX, 'paper').optional(),
    /** Where the number and its purpose were checked. */
    source: z.object({ title: z.string().min(1), url: httpsUrl }).optional(),
  })
  .refine((hotline) => hotline.paper !== undefined || [...hotline.name].length <= PAPER_NAME_MAX, {
    path: ['paper'],
    error: `the name is longer than ${PAPER_NAME_MAX} characters: give a shorter \`paper\` name for printed sheets`,
  });

/** What a printed sheet calls a number: its paper name, else its name. */
export const paperName = (hotline: Hotline): string => hotline.paper ?? hotline.name;

/** Branch details printed on handouts; staff override them in the print centre. */
export const branchSchema = z.object({
  /** The branch's name. */
  name: z.string().trim().min(1),
  /** Street address; leave out rather than guess. */
  address: z.string().trim().optional(),
  /** The branch's phone number as dialled. */
  phone: phoneNumber.optional(),
});

/** The organisation behind the site (content/site.yaml). Another bank changes this file only. */
export const siteSchema = z.object({
  /** The site's name. */
  siteName: shortText(12, 'siteName'),
  /** The organisation's full name. */
  organisation: z.string().trim().min(1),
  /** What readers call it, e.g. 工商银行. */
  shortName: z.string().trim().min(1),
  /** The customer-service number; it becomes the hotline with id "bank". */
  customerService: phoneNumber,
  /** The organisation's official website. */
  website: httpsUrl,
  /** Default branch details for handouts. */
  branch: branchSchema,
});

export type Track = z.output<typeof trackSchema>;
/**
 * A number as pages show it. `readerBank` is set on the hotline "bank" when a step means the
 * reader's own bank: pages then say whose number and how to find it, the number only as an example.
 */
export type Hotline = z.output<typeof hotlineSchema> & { readerBank?: ReaderBankWords };
export type SiteInfo = z.output<typeof siteSchema>;
export type Branch = z.output<typeof branchSchema>;

/** A hotline id that content/hotlines.yaml (or the site's bank) has. */
function knownHotlineId(hotlineIds: readonly string[]) {
  return z.string().refine((id) => hotlineIds.includes(id), {
    error: (issue) => `unknown hotline "${String(issue.input)}" (content/hotlines.yaml)`,
  });
}

/** The "我可能被骗了" guide (content/help.yaml): short steps in order. */
export function createHelpGuideSchema(hotlineIds: readonly string[]) {
  return z.object({
    /** The page title. */
    title: shortText(30, 'title'),
    /** One or two calming sentences before the steps. */
    lead: shortText(60, 'lead'),
    /** What to do, in order. */
    steps: listOf(
      z.object({
        /** A short imperative, e.g. 拨打 110 报警. */
        title: shortText(12, 'title'),
        /** Two sentences at most. */
        body: shortText(80, 'body'),
        /** Which bank the step means when it lists "bank" (see lesson frontmatter `bank`); the card's issuer unless said. */
        bank: readerBankSchema.default('issuer'),
        /** Hotline ids to show with this step. */
        hotlines: z.array(knownHotlineId(hotlineIds)),
      }),
      3,
      8,
      'steps',
    ),
    /** The one sentence on the general wallet card, at most 24 characters. */
    cardSentence: shortText(24, 'cardSentence'),
    /** How people ask for this page when it has already happened (for search; never shown). */
    aliases: listOf(shortText(30, 'alias'), 6, undefined, 'aliases'),
    /** Questions people often ask, each answered by a lesson (slug); shown when a search finds nothing. */
    commonQuestions: z
      .array(z.object({ question: shortText(24, 'question'), lesson: kebabId }))
      .min(1)
      .max(8),
    /** Where the advice comes from. */
    sources: listOf(sourceSchema, 1, undefined, 'sources'),
    /** When it was last checked. */
    reviewed: isoDate,
  });
}

export type HelpGuide = z.output<ReturnType<typeof createHelpGuideSchema>>;

/** The pages of the site, besides lessons, that the family guide may point to. */
export const FAMILY_GUIDE_PAGES = ['/help/', '/drills/'] as const;

/**
 * /family/ (content/family.yaml): the pact a family fills in at the table, one A4 page in large
 * type, and a page of advice for the grown-up children; the lessons named link to it.
 */
export function createFamilyPactSchema(hotlineIds: readonly string[]) {
  const hotlineId = knownHotlineId(hotlineIds);
  return z.object({
    /** The page title. */
    title: shortText(16, 'title'),
    /** What the page is for, in a sentence or two. */
    lead: shortText(80, 'lead'),
    pact: z.object({
      /** Under the title on the paper: who fills it in and where it goes. */
      intro: shortText(40, 'intro'),
      /** The line for the person to call before any transfer (their name and number go beside it). */
      callFirst: shortText(24, 'callFirst'),
      /** The line for the code word's hint, and what it is for. */
      codeWord: shortText(24, 'codeWord'),
      codeWordNote: shortText(60, 'codeWordNote'),
      /** What the family agrees to, each a short sentence. */
      rules: listOf(shortText(30, 'rule'), 2, 5, 'rules'),
      /** Sentences to say to hang up, each short enough to say at once. */
      hangUp: listOf(shortText(14, 'sentence'), 2, 4, 'hangUp'),
      /** The numbers on the pact, by hotline id (three: ask, report, her bank). */
      hotlines: listOf(hotlineId, 2, 3, 'hotlines'),
      /** The line for everyone's names and the date. */
      signed: shortText(16, 'signed'),
    }),
    /** The grown-up children's page: a few headed lists, each perhaps pointing to a lesson. */
    guide: listOf(
      z.object({
        heading: shortText(14, 'heading'),
        points: listOf(shortText(60, 'point'), 2, 6, 'points'),
        /** Where to read more: a lesson (slug), the help guide or the drills. */
        more: z.union([kebabId, z.enum(FAMILY_GUIDE_PAGES)]).optional(),
      }),
      2,
      4,
      'guide',
    ),
    /** The lessons (slugs) whose pages link to /family/. */
    lessons: listOf(kebabId, 1, undefined, 'lessons'),
    sources: listOf(sourceSchema, 1, undefined, 'sources'),
    reviewed: isoDate,
  });
}

export type FamilyPact = z.output<ReturnType<typeof createFamilyPactSchema>>;
