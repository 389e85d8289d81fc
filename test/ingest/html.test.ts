import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { HTML_CLUTTER_ATTRS } from '../../src/lexicons/boilerplate.ts';
import { markHeadline, readHtml } from '../../src/ingest/html.ts';
import { walkBlocks } from '../../src/ingest/html-blocks.ts';
import { clutterAttrId, removeClutter } from '../../src/ingest/html-clean.ts';
import { chooseMainContainer } from '../../src/ingest/html-main.ts';

const para = (words: number, w = 'word') => `<p>${Array.from({ length: words }, () => w).join(' ')}.</p>`;

describe('clutterAttrId', () => {
  const idOf = (attrs: string) => {
    const $ = load(`<div ${attrs}></div>`);
    return clutterAttrId($, $('div')[0]);
  };

  it.each([
    ['class="social-share-bar"', 'share'],
    ['class="sharedaddy sd-sharing-enabled"', 'share'],
    ['id="newsletter-signup"', 'newsletter'],
    ['class="cookie-banner"', 'cookie'],
    ['class="related-posts"', 'related'],
    ['class="promo-box"', 'promo'],
    ['id="comments"', 'comments'],
    ['class="ad-slot"', 'advert'],
    ['class="advertisement"', 'advert'],
    ['class="breadcrumbs"', 'breadcrumb'],
    ['class="article-byline"', 'byline'],
    ['class="author"', 'byline'],
    ['class="taboola-feed"', 'recirculation'],
  ])('%s → %s', (attrs, id) => {
    expect(idOf(attrs)).toBe(id);
  });

  it.each([
    'class="timeshare-story"',
    'class="unrelated-note"',
    'class="commentary-body"',
    'class="header-image"',
    'class="read-time"',
    'class="download"',
    'class="article-body"',
    'class="authority-quote"',
  ])('keeps %s', (attrs) => {
    expect(idOf(attrs)).toBeNull();
  });

  it('every vocabulary entry has an id', () => {
    for (const entry of HTML_CLUTTER_ATTRS) expect(entry.id).toMatch(/^[a-z-]+$/);
  });
});

describe('removeClutter', () => {
  it('drops clutter tags, the site header, and furniture by class/id', () => {
    const $ = load(
      '<body><header class="site">Site</header><nav>Menu</nav><article><header><h1>Headline</h1></header>' +
        '<div class="share-bar">Share</div><p>Text.</p><script>x()</script><form>Search</form></article>' +
        '<aside>Aside</aside><footer>Foot</footer><div id="comments">Comment</div></body>',
    );
    removeClutter($);
    expect($('body').text()).toBe('HeadlineText.');
  });

  it('never removes the article or its ancestors, whatever their class', () => {
    const $ = load('<body class="author-jane"><div class="social-wrap"><article class="post category-social-media"><p>Keep me.</p></article></div></body>');
    removeClutter($);
    expect($('body').text()).toBe('Keep me.');
  });

  it('removes teaser cards inside a "related" box', () => {
    const $ = load(`<body><article>${para(30)}</article><div class="related"><article><p>Teaser</p></article></div></body>`);
    removeClutter($);
    expect($('body').text()).not.toContain('Teaser');
  });
});

describe('chooseMainContainer', () => {
  it.each([
    ['itemprop=articleBody first', `<article><h1>H</h1><div itemprop="articleBody" id="pick">${para(20)}</div></article>`],
    ['the article', `<div>${para(3)}</div><article id="pick">${para(20)}</article>`],
    ['the larger of two articles', `<article>${para(5)}</article><article id="pick">${para(20)}</article>`],
    ['main', `<main id="pick">${para(20)}</main>`],
    ['densest paragraph parent', `<div><div id="pick">${para(20)}${para(20)}</div><div>${para(5)}</div></div>`],
    ['a small article teaser loses to the real text', `<article>${para(3)}</article><div id="pick">${para(30)}${para(30)}</div>`],
  ])('%s', (_, body) => {
    const $ = load(`<body>${body}</body>`);
    expect(chooseMainContainer($).attr('id')).toBe('pick');
  });

  it('falls back to <body> when there is no paragraph', () => {
    const $ = load('<body><div>Only a div</div></body>');
    expect(chooseMainContainer($).is('body')).toBe(true);
  });
});

describe('walkBlocks', () => {
  const blocksOf = (html: string) => {
    const $ = load(`<body>${html}</body>`);
    return walkBlocks($('body')).map((b) => [b.kind, b.text.replace(/\s+/g, ' ').trim()]);
  };

  it.each([
    ['headings and paragraphs', '<h2>Sub</h2><p>Text <b>bold</b> and <a href="#">link</a>.</p>', [['heading', 'Sub'], ['paragraph', 'Text bold and link.']]],
    ['list items', '<ul><li>One</li><li>Two <em>too</em></li></ul>', [['list-item', 'One'], ['list-item', 'Two too']]],
    ['div text is a paragraph', '<div>Loose text<div>Inner</div>tail</div>', [['paragraph', 'Loose text'], ['paragraph', 'Inner'], ['paragraph', 'tail']]],
    ['table cells are not glued', '<table><tr><td>Soyuz</td><td>MS-22</td></tr></table>', [['paragraph', 'Soyuz'], ['paragraph', 'MS-22']]],
    ['adjacent blocks are not glued', '<div>end.</div><div>Start</div>', [['paragraph', 'end.'], ['paragraph', 'Start']]],
    ['figcaption dropped', '<figure><img src="x"><figcaption>Caption</figcaption></figure><p>Body</p>', [['paragraph', 'Body']]],
    ['entities decoded', '<p>Caf&eacute; &amp; &ldquo;quotes&rdquo; &#8212; ok</p>', [['paragraph', 'Café & “quotes” — ok']]],
    ['comments ignored', '<p>A<!-- hidden -->B</p>', [['paragraph', 'AB']]],
  ])('%s', (_, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('<br> is a line break inside the block; heading levels are kept', () => {
    const $ = load('<body><h1>Title</h1><p>Line one<br>Line two</p></body>');
    expect(walkBlocks($('body'))).toEqual([
      { kind: 'heading', text: 'Title', level: 1 },
      { kind: 'paragraph', text: 'Line one\nLine two' },
    ]);
  });
});

describe('markHeadline', () => {
  it.each([
    ['an h1 before the text becomes the title', [{ kind: 'heading', text: 'H', level: 1 }, { kind: 'paragraph', text: 'P' }], null, ['title', 'paragraph']],
    ['an h1 after text stays a heading', [{ kind: 'paragraph', text: 'P' }, { kind: 'heading', text: 'H', level: 1 }], null, ['paragraph', 'heading']],
    ['an h2 is never the title', [{ kind: 'heading', text: 'H', level: 2 }, { kind: 'paragraph', text: 'P' }], null, ['heading', 'paragraph']],
    ['the page h1 outside the container is put first', [{ kind: 'paragraph', text: 'P' }], 'Outside', ['title', 'paragraph']],
  ] as const)('%s', (_, blocks, outside, kinds) => {
    expect(markHeadline([...blocks], outside).map((b) => b.kind)).toEqual(kinds);
  });
});

describe('readHtml', () => {
  it('headline outside articleBody becomes the title block', () => {
    const draft = readHtml(`<body><div class="hero"><h1>Soyuz leaks</h1></div><div itemprop="articleBody">${para(10)}</div></body>`);
    expect(draft.blocks[0]).toEqual({ kind: 'title', text: 'Soyuz leaks' });
  });
});
