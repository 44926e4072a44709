import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  cardFontFiles,
  filesFor,
  missingCharacters,
  parseFontFaces,
} from '../../src/lib/share-card/card-fonts';
import {
  CARD_WIDTH,
  layoutShareCard,
  type CardFont,
  type ShareCardContent,
} from '../../src/lib/share-card/card-layout';
import { cardLabels, lessonCard } from '../../src/lib/share-card/lesson-card';
import { checkSharePicture } from '../../src/lib/share-card/picture-check';
import { encodeIndexedPng } from '../../src/lib/share-card/png-encode.mjs';
import { renderShareCard } from '../../src/lib/share-card/render-card';
import { wrapLines } from '../../src/lib/share-card/wrap-lines';
import type { Hotline } from '../../src/lib/schema/catalogue';

/** A stand-in for the canvas: a Chinese character is one em, anything else half. */
const ems = (text: string) => [...text].reduce((sum, c) => sum + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);
const measure = (text: string, font: CardFont) => ems(text) * font.size;

describe('lines of a picture', () => {
  it('fit the width, break between phrases, and never start with a closing mark', () => {
    const text = '对方说您的银行卡涉嫌洗钱，要您把钱转到“安全账户”，还不许告诉家人。';
    const lines = wrapLines(text, 9, ems);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(ems(line)).toBeLessThanOrEqual(9);
      expect(line).not.toMatch(/^[，。、：；！？”]/);
    }
    expect(lines.some((line) => line.includes('“安全账户”'))).toBe(true);
  });

  it('breaks a phrase wider than the line (an address) inside it, and keeps every character', () => {
    const url = 'https://fangpian.example.cn/lessons/impersonating-police/';
    const lines = wrapLines(url, 12, ems);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(ems(line)).toBeLessThanOrEqual(12);
  });
});

const card: ShareCardContent = {
  siteName: '守护钱袋子',
  title: '冒充公检法的电话',
  remember: '公检法不会电话办案，更没有“安全账户”。',
  redFlags: ['您的银行卡涉嫌洗钱，马上要冻结', '这是秘密侦查，不许告诉家人，也不许挂断电话'],
  actions: ['挂断电话，一分钱也不转', '拿不准，自己拨打 96110 问反诈民警'],
  numbers: [
    { number: '110', name: '报警电话' },
    { number: '96110', name: '反诈专线' },
  ],
  notes: ['收到 12381 的短信：马上停手，不用回拨。'],
  url: 'https://fangpian.example.cn/lessons/impersonating-police/',
  reviewed: '2026-12-01',
};

describe('the share picture’s layout', () => {
  const layout = layoutShareCard(card, cardLabels, measure);
  const texts = layout.ops.flatMap((op) => (op.kind === 'text' ? [op] : []));

  it('shows every part of the lesson, in order: title, sentence, signs, steps, numbers, QR code, date', () => {
    const all = texts.map((op) => op.text).join('');
    let from = 0;
    for (const part of [
      card.title,
      card.remember,
      ...card.redFlags,
      ...card.actions,
      '96110',
      card.notes[0]!,
      '2026-12-01',
    ]) {
      const at = all.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at;
    }
    const qr = layout.ops.find((op) => op.kind === 'qr');
    expect(qr).toMatchObject({ size: 220 });
  });

  it('keeps every line inside the picture, in type that reads at half size on a phone', () => {
    expect(layout.width).toBe(CARD_WIDTH);
    for (const op of texts) {
      expect(op.x + measure(op.text, op.font), op.text).toBeLessThanOrEqual(CARD_WIDTH - 44 + 0.01);
      expect(op.y).toBeLessThan(layout.height);
      expect(op.font.size).toBeGreaterThanOrEqual(28);
    }
    const body = texts.filter((op) => card.redFlags.some((flag) => flag.startsWith(op.text.slice(0, 4))));
    expect(body.every((op) => op.font.size >= 36)).toBe(true);
  });
});

describe('a lesson on its picture', () => {
  const hotline = (number: string, extra: Partial<Hotline> = {}) =>
    ({ id: number, number, name: `${number} 的名字`, kind: 'call', ...extra }) as Hotline;

  it('shows numbers to call large, her bank and what a 12381 text means in words', () => {
    const made = lessonCard(
      { ...card, redFlags: [...card.redFlags], actions: [...card.actions], reviewed: new Date('2026-12-01') },
      [
        hotline('110', { paper: '报警电话' }),
        hotline('12381', { kind: 'sms' }),
        hotline('95588', { readerBank: { paper: '开户银行：打银行卡背面的客服电话' } } as Partial<Hotline>),
      ],
      { siteName: '守护钱袋子' },
      card.url,
    );
    expect(made.numbers).toEqual([{ number: '110', name: '报警电话' }]);
    expect(made.notes).toEqual([
      '开户银行：打银行卡背面的客服电话',
      '收到 12381 的短信：马上停手，不用回拨。',
    ]);
    expect(made.reviewed).toBe('2026-12-01');
  });
});

describe('the picture’s fonts', () => {
  const css = `@font-face { font-family: 'Noto Sans SC'; src: url(./files/a-400-normal.woff2) format('woff2'), url(./files/a-400-normal.woff) format('woff'); unicode-range: U+4e00-4e09,U+ff0c; }`;

  it('knows which file holds which characters, and which characters no file holds', () => {
    const faces = parseFontFaces(css, 400);
    expect(faces).toEqual([
      {
        file: 'a-400-normal.woff',
        weight: 400,
        ranges: [
          [0x4e00, 0x4e09],
          [0xff0c, 0xff0c],
        ],
      },
    ]);
    expect(filesFor('一，', faces)).toHaveLength(1);
    expect(filesFor('好', faces)).toHaveLength(0);
    expect(missingCharacters('一 好', faces)).toEqual(['好']);
  });

  it('hold every character of the real package’s Chinese in both weights', () => {
    const { faces } = cardFontFiles();
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set([400, 700]));
    expect(
      missingCharacters(`${card.title}${card.remember}${card.redFlags.join('')}：（）“”`, faces),
    ).toEqual([]);
  });
});

describe('the picture as a file', () => {
  it('an indexed PNG that reads back as the same pixels', async () => {
    const width = 40;
    const height = 30;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      const ink = i % 7 === 0;
      rgba.set(ink ? [158, 27, 27, 255] : [255, 255, 255, 255], i * 4);
    }
    const png = PNG.sync.read(await encodeIndexedPng(rgba, width, height));
    expect([png.width, png.height]).toEqual([width, height]);
    expect(Buffer.from(png.data)).toEqual(Buffer.from(rgba));
  });

  it('more than 256 colours are rounded until they fit, each channel by a few levels at most', async () => {
    const width = 64;
    const height = 64;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i += 1)
      rgba.set([i % 256, (i * 7) % 256, (i * 13) % 256, 255], i * 4);
    const png = PNG.sync.read(await encodeIndexedPng(rgba, width, height));
    for (let i = 0; i < rgba.length; i += 1)
      expect(Math.abs((png.data[i] ?? 0) - (rgba[i] ?? 0))).toBeLessThanOrEqual(8);
  });

  it('is drawn 750 px wide, and stops the build, naming it, at a character no font has or a wrong size', async () => {
    const picture = await renderShareCard(card, cardLabels, 'test picture');
    expect(picture.width).toBe(750);
    expect(PNG.sync.read(picture.png).height).toBe(picture.height);
    expect(() => checkSharePicture('test picture', picture)).not.toThrow();
    await expect(
      renderShareCard({ ...card, title: '冒充\u{10FFFD}' }, cardLabels, 'odd: share picture'),
    ).rejects.toThrow(/odd: share picture: no font has/);
    expect(() => checkSharePicture('x', { png: new Uint8Array(500 * 1024), width: 750 })).toThrow(
      /x is 500 KB/,
    );
    expect(() => checkSharePicture('x', { png: new Uint8Array(10), width: 600 })).toThrow(/x is 600 px wide/);
  });
});
