/**
 * What a lesson's share picture shows and where, as a list of things to draw: the title, the
 * sentence to remember, the warning signs, the steps, the numbers, a QR code to the lesson with
 * its address and the date the lesson was checked. 750 px wide: a phone shows it about half size,
 * so 36 px type reads as 18 px, without zooming. Pure: the text is measured by the function given
 * (the canvas in a build, a stand-in in unit tests).
 */
import { wrapLines } from './wrap-lines';

export const CARD_WIDTH = 750;
const PAD = 44;
const CONTENT = CARD_WIDTH - 2 * PAD;
export const CARD_COLOURS = {
  paper: '#ffffff',
  ink: '#111111',
  accent: '#9e1b1b',
  remember: '#fff3c4',
  muted: '#333333',
} as const;
type Colour = (typeof CARD_COLOURS)[keyof typeof CARD_COLOURS];

export interface ShareCardContent {
  siteName: string;
  title: string;
  remember: string;
  redFlags: readonly string[];
  actions: readonly string[];
  /** The numbers to call, large, each with its name under it. */
  numbers: readonly { number: string; name: string }[];
  /** Lines in words under the numbers: her own bank's, what a 12381 text means. */
  notes: readonly string[];
  /** The lesson's address, for the QR code and printed under it. */
  url: string;
  /** YYYY-MM-DD: when the lesson was last checked against its sources. */
  reviewed: string;
}

export interface CardLabels {
  lessonLabel: string;
  remember: string;
  redFlags: string;
  actions: string;
  hotlines: string;
  scan: string;
  reviewed: (date: string) => string;
}

export interface CardFont {
  size: number;
  bold: boolean;
}

export type DrawOp =
  | { kind: 'text'; text: string; x: number; y: number; font: CardFont; colour: Colour }
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: Colour;
      stroke?: Colour;
      line?: number;
      radius?: number;
    }
  | { kind: 'qr'; x: number; y: number; size: number };

export interface CardLayout {
  width: number;
  height: number;
  ops: DrawOp[];
}

/** Measures text in a font: the canvas's measureText in a build. */
export type MeasureIn = (text: string, font: CardFont) => number;

const LINE = 1.45;
const QR_SIZE = 220;

export function layoutShareCard(card: ShareCardContent, labels: CardLabels, measure: MeasureIn): CardLayout {
  const ops: DrawOp[] = [];
  let y = PAD;

  /** Sets wrapped text at x, from y down; returns the y under it. */
  const text = (
    value: string,
    x: number,
    width: number,
    font: CardFont,
    colour: Colour,
    lineHeight = LINE,
  ) => {
    const step = Math.round(font.size * lineHeight);
    for (const line of wrapLines(value, width, (t) => measure(t, font))) {
      // Text is drawn on its alphabetic baseline: about 0.8 em under the line box's top for CJK.
      ops.push({
        kind: 'text',
        text: line,
        x,
        y: y + Math.round((step - font.size) / 2 + font.size * 0.88),
        font,
        colour,
      });
      y += step;
    }
    return y;
  };
  const rule = () => {
    ops.push({ kind: 'rect', x: PAD, y, width: CONTENT, height: 3, fill: CARD_COLOURS.muted });
    y += 3;
  };
  const heading = (value: string) => {
    y += 36;
    text(value, PAD, CONTENT, { size: 40, bold: true }, CARD_COLOURS.accent, 1.3);
    y += 10;
  };
  const list = (items: readonly string[], mark: (index: number) => string) => {
    const font = { size: 36, bold: false };
    const markWidth = 52;
    items.forEach((item, index) => {
      if (index > 0) y += 12;
      const top = y;
      text(mark(index), PAD, markWidth, { size: 36, bold: true }, CARD_COLOURS.ink);
      y = top;
      text(item, PAD + markWidth, CONTENT - markWidth, font, CARD_COLOURS.ink);
    });
  };

  text(
    `${card.siteName} · ${labels.lessonLabel}`,
    PAD,
    CONTENT,
    { size: 28, bold: false },
    CARD_COLOURS.muted,
  );
  y += 10;
  rule();
  y += 24;
  text(card.title, PAD, CONTENT, { size: 60, bold: true }, CARD_COLOURS.accent, 1.25);

  // The sentence to remember, in a yellow box with a red border.
  y += 24;
  const boxTop = y;
  const boxPad = 26;
  const box: DrawOp = {
    kind: 'rect',
    x: PAD,
    y: boxTop,
    width: CONTENT,
    height: 0,
    fill: CARD_COLOURS.remember,
    stroke: CARD_COLOURS.accent,
    line: 5,
    radius: 14,
  };
  ops.push(box);
  y += boxPad;
  text(
    labels.remember,
    PAD + boxPad,
    CONTENT - 2 * boxPad,
    { size: 30, bold: true },
    CARD_COLOURS.accent,
    1.3,
  );
  y += 4;
  text(card.remember, PAD + boxPad, CONTENT - 2 * boxPad, { size: 46, bold: true }, CARD_COLOURS.ink, 1.35);
  y += boxPad;
  box.height = y - boxTop;

  heading(labels.redFlags);
  list(card.redFlags, () => '●');
  heading(labels.actions);
  list(card.actions, (index) => `${index + 1}.`);

  heading(labels.hotlines);
  const numberFont = { size: 68, bold: true };
  const nameFont = { size: 30, bold: false };
  let x = PAD;
  const rowHeight = Math.round(68 * 1.15) + Math.round(30 * LINE) + 8;
  for (const { number, name } of card.numbers) {
    const width = Math.max(measure(number, numberFont), measure(name, nameFont));
    if (x > PAD && x + width > PAD + CONTENT) {
      x = PAD;
      y += rowHeight;
    }
    ops.push({ kind: 'text', text: number, x, y: y + 62, font: numberFont, colour: CARD_COLOURS.ink });
    ops.push({
      kind: 'text',
      text: name,
      x,
      y: y + Math.round(68 * 1.15) + 32,
      font: nameFont,
      colour: CARD_COLOURS.ink,
    });
    x += width + 48;
  }
  if (card.numbers.length > 0) y += rowHeight;
  for (const note of card.notes) {
    y += 6;
    text(note, PAD, CONTENT, { size: 32, bold: true }, CARD_COLOURS.ink);
  }

  // The QR code to the lesson, what it is, its address and the date checked.
  y += 32;
  rule();
  y += 28;
  const footTop = y;
  ops.push({ kind: 'qr', x: PAD, y: footTop, size: QR_SIZE });
  const side = PAD + QR_SIZE + 28;
  const sideWidth = PAD + CONTENT - side;
  text(labels.scan, side, sideWidth, { size: 34, bold: true }, CARD_COLOURS.ink, 1.3);
  y += 6;
  text(card.url, side, sideWidth, { size: 28, bold: false }, CARD_COLOURS.muted, 1.35);
  y += 6;
  text(labels.reviewed(card.reviewed), side, sideWidth, { size: 28, bold: false }, CARD_COLOURS.muted, 1.35);
  y = Math.max(y, footTop + QR_SIZE) + PAD;

  return { width: CARD_WIDTH, height: y, ops };
}

/** Every character the picture shows: which font files it needs, and none missing. */
export function cardText(card: ShareCardContent, labels: CardLabels): string {
  return [
    card.siteName,
    labels.lessonLabel,
    card.title,
    labels.remember,
    card.remember,
    labels.redFlags,
    ...card.redFlags,
    labels.actions,
    ...card.actions,
    labels.hotlines,
    ...card.numbers.flatMap(({ number, name }) => [number, name]),
    ...card.notes,
    labels.scan,
    card.url,
    labels.reviewed(card.reviewed),
    '●·0123456789.',
  ].join('');
}
