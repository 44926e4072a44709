/** Components rendered through Astro's container API, without a browser. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import HotlineCards from '../../src/components/HotlineCards.astro';
import RememberBox from '../../src/components/RememberBox.astro';
import RedFlags from '../../src/components/RedFlags.astro';
import SourceList from '../../src/components/SourceList.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import PrevNext from '../../src/components/PrevNext.astro';
import Notes from '../../src/components/Notes.astro';
import SearchForm from '../../src/components/SearchForm.astro';
import type { Hotline } from '../../src/lib/schema/catalogue';
import { bankHotline } from '../../src/lib/reader-bank';
import { loadContentData } from '../../src/lib/content-files';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const hotlines: Hotline[] = [
  {
    id: '96110',
    number: '96110',
    name: '反诈预警劝阻专线',
    when: '拿不准时打',
    kind: 'call',
    essential: true,
  },
  {
    id: '12381',
    number: '12381',
    name: '涉诈预警短信',
    when: '收到短信马上停手',
    kind: 'sms',
    essential: false,
  },
];

describe('HotlineCards', () => {
  it('makes a number to call a tel: link and an SMS-only number plain text', async () => {
    const html = await container.renderToString(HotlineCards, { props: { hotlines } });
    expect(html).toContain('href="tel:96110"');
    expect(html).not.toContain('tel:12381');
    expect(html).toContain('只发短信，不用回拨');
    expect(html).toContain('拿不准时打');
  });

  it('keeps a number that only sends texts out of the list of numbers to call', async () => {
    const html = await container.renderToString(HotlineCards, { props: { hotlines } });
    const list = /<ul class="hotlines__list"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    expect(list).toContain('96110');
    expect(list).not.toContain('12381');
    expect(html).toMatch(/class="hotlines__sms"[^>]*>[\s\S]*12381/);
  });

  it('shows the reader’s own bank in words, with the site’s number as an example', async () => {
    const site = { ...loadContentData().site, shortName: '农业银行', customerService: '95599' };
    const html = await container.renderToString(HotlineCards, { props: { hotlines: [bankHotline(site)] } });
    expect(html).toContain('您的开户银行');
    expect(html).toContain('银行卡背面');
    expect(html).toMatch(/例如农业银行的卡：\s*<a href="tel:95599">95599<\/a>/);
    expect(html).not.toContain('hotline-card__number');
  });
});

describe('RememberBox', () => {
  it('labels the sentence to remember, and lets its big type break only between words', async () => {
    const html = await container.renderToString(RememberBox, { props: { text: '公检法不会电话办案。' } });
    expect(html).toMatch(/<h2[^>]*>记住这句话<\/h2>/);
    expect(html).toContain('公检法<wbr>不会<wbr>电话<wbr>办案。');
  });
});

describe('RedFlags', () => {
  it('lists every warning sign, marked in words and not by colour alone', async () => {
    const html = await container.renderToString(RedFlags, {
      props: { items: ['安全账户', '不许告诉家人', '涉嫌洗钱'] },
    });
    expect(html.match(/<li/g)).toHaveLength(3);
    expect(html).toContain('听到这些话，就要警惕');
  });
});

describe('SourceList', () => {
  it('shows each source with its publisher and the dates, as YYYY-MM-DD', async () => {
    const html = await container.renderToString(SourceList, {
      props: {
        sources: [
          {
            title: '96110来电一定要接',
            publisher: '荔枝新闻',
            url: 'https://news.jstv.com/a',
            accessed: new Date('2026-11-20'),
          },
        ],
        reviewed: new Date('2026-11-26'),
      },
    });
    expect(html).toContain('href="https://news.jstv.com/a"');
    expect(html).toContain('荔枝新闻');
    expect(html).toContain('datetime="2026-11-20"');
    expect(html).toContain('本课核对日期');
    expect(html).toContain('2026-11-26');
  });
});

describe('Breadcrumbs and PrevNext', () => {
  it('marks the current page and links the rest', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: {
        items: [
          { label: '首页', href: '/' },
          { label: '电信网络诈骗', href: '/tracks/telecom/' },
          { label: '冒充公检法' },
        ],
      },
    });
    expect(html).toContain('href="/tracks/telecom/"');
    expect(html).toMatch(/aria-current="page"[^>]*>冒充公检法/);
  });

  it('links only the neighbours that exist', async () => {
    const html = await container.renderToString(PrevNext, {
      props: { previous: undefined, next: { id: 'fake-loans', data: { title: '虚假贷款' } } },
    });
    expect(html).toContain('href="/lessons/fake-loans/"');
    expect(html).toContain('rel="next"');
    expect(html).not.toContain('rel="prev"');
    const none = await container.renderToString(PrevNext, { props: {} });
    expect(none).not.toContain('<nav');
  });
});

describe('Notes', () => {
  it('on the slides, keeps presenter notes out of sight and out of the search index', async () => {
    const html = await container.renderToString(Notes, {
      slots: { default: '先问大家一个问题' },
      locals: { presenterNotes: true },
    });
    expect(html).toMatch(/<aside[^>]*hidden/);
    expect(html).toContain('data-pagefind-ignore');
    expect(html).toContain('先问大家一个问题');
  });

  it('elsewhere (the lesson page), leaves them out of the HTML altogether', async () => {
    const html = await container.renderToString(Notes, { slots: { default: '先问大家一个问题' } });
    expect(html).not.toContain('先问大家一个问题');
    expect(html).not.toContain('<aside');
  });
});

describe('SearchForm', () => {
  it('is a plain GET form to /search/ with the field q', async () => {
    const html = await container.renderToString(SearchForm, {
      props: { value: '安全账户" onfocus="alert(1)' },
    });
    expect(html).toMatch(/<form[^>]*action="\/search\/"[^>]*method="get"/);
    expect(html).toContain('name="q"');
    // A hostile value stays inside the attribute as text.
    expect(html).not.toContain('" onfocus="');
    expect(html).toMatch(/value="安全账户(&quot;|&#34;) onfocus=/);
  });
});
