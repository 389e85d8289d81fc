import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { HTML_CLUTTER_ATTRS } from '../../src/lexicons/boilerplate.ts';
import { walkBlocks } from '../../src/ingest/html/blocks.ts';
import { inlineTextOf, walkElements } from '../../src/ingest/html/dom.ts';
import { markHeadline, readHtml } from '../../src/ingest/html/index.ts';
import { parseHtml } from '../../src/ingest/html/parse.ts';
import { clutterId, isHidden, removeFurniture, removeNonContent } from '../../src/ingest/html/prune.ts';

const para = (words: number, w = 'word') => `<p>${Array.from({ length: words }, () => w).join(' ')}, more.</p>`;

/** The first element of a parsed fragment. */
function first(html: string): Element {
  let found: Element | undefined;
  walkElements(parseHtml(html).document, (el) => {
    if (!found && !['html', 'head', 'body'].includes(el.name)) found = el;
  });
  return found!;
}

function bodyText(html: string, prune: (d: ReturnType<typeof parseHtml>['document']) => void): string {
  const { document } = parseHtml(html);
  prune(document);
  return inlineTextOf(document);
}

describe('clutterId', () => {
  it.each([
    ['class="social-share-bar"', 'share'],
    ['class="sharedaddy sd-sharing-enabled"', 'share'],
    ['id="newsletter-signup"', 'newsletter'],
    ['class="cookie-banner"', 'cookie'],
    ['class="related-posts"', 'related'],
    ['class="promo"', 'promo'],
    ['id="comments"', 'comments'],
    ['class="ad-slot"', 'advert'],
    ['class="advertisement"', 'advert'],
    ['class="breadcrumbs"', 'breadcrumb'],
    ['class="article-byline"', 'byline'],
    ['class="author"', 'byline'],
    ['class="entry-meta"', 'meta'],
    ['class="wp-caption-text"', 'caption'],
    ['class="post-tags"', 'tags'],
    ['class="taboola-feed"', 'recirculation'],
    ['class="sidebar"', 'sidebar'],
    ['class="photo-gallery"', 'gallery'],
  ])('%s → %s', (attrs, id) => {
    expect(clutterId(first(`<div ${attrs}></div>`))).toBe(id);
  });

  it.each([
    'class="timeshare-story"',
    'class="unrelated-note"',
    'class="commentary-body"',
    'class="header-image"',
    'class="read-time"',
    'class="download"',
    'class="article-body"',
    'class="entry-content"',
    'class="authority-quote"',
    'class="tagline"',
    'class="subscriber-content"',
    'class="promotion-story"',
    'class="blueprint"',
    'class="trail"',
  ])('keeps %s', (attrs) => {
    expect(clutterId(first(`<div ${attrs}></div>`))).toBeNull();
  });

  it('every vocabulary entry has a unique id and a note on its trap', () => {
    for (const entry of HTML_CLUTTER_ATTRS) {
      expect(entry.id).toMatch(/^[a-z-]+$/);
      expect(entry.note.length).toBeGreaterThan(10);
    }
    expect(new Set(HTML_CLUTTER_ATTRS.map((e) => e.id)).size).toBe(HTML_CLUTTER_ATTRS.length);
  });
});

describe('isHidden', () => {
  it.each([
    ['<div hidden>x</div>', true],
    ['<div aria-hidden="true">x</div>', true],
    ['<div style="color: red; display: none">x</div>', true],
    ['<span class="sr-only">x</span>', true],
    ['<div class="hidden-xs">x</div>', false], // hidden on small screens only
    ['<div style="display:block">x</div>', false],
    ['<div aria-hidden="false">x</div>', false],
  ])('%s → %s', (html, hidden) => {
    expect(isHidden(first(html))).toBe(hidden);
  });
});

describe('removeNonContent', () => {
  it('drops scripts, styles, form controls, captions and hidden elements', () => {
    const html = '<body><p>Keep<script>x()</script><style>p{}</style></p><button>Share</button><figure><img src=x><figcaption>Cap</figcaption></figure><div hidden>Hidden</div></body>';
    expect(bodyText(html, removeNonContent)).toBe('Keep');
  });
});

describe('removeFurniture', () => {
  const prune = (d: ReturnType<typeof parseHtml>['document']) => {
    removeNonContent(d);
    removeFurniture(d);
  };

  it('drops navigation, sidebars, footers and furniture by class/id', () => {
    const html = `<body><nav>Menu</nav><article><div class="share-bar">Share</div>${para(5)}</article><aside>Aside</aside><footer>Foot</footer><div id="comments">Comment</div></body>`;
    expect(bodyText(html, prune)).toBe('word word word word word, more.');
  });

  it('never removes the article or its ancestors, whatever their class', () => {
    const html = '<body class="author-jane"><div class="social-wrap"><article class="post category-social-media"><p>Keep me.</p></article></div></body>';
    expect(bodyText(html, prune)).toBe('Keep me.');
  });

  it('keeps an element that holds most of the page text, whatever its class', () => {
    const html = `<body><div class="post-tools-wrapper">${para(60)}</div><div class="share">Share</div></body>`;
    expect(bodyText(html, prune)).toContain('word word');
  });

  it('keeps an embedded post whatever its wrapper class says', () => {
    const html = `<body><article>${para(30)}<div class="article-widget"><blockquote class="post"><p>The ferry is safe, we are back in port.</p>— A Passenger</blockquote></div></article></body>`;
    expect(bodyText(html, prune)).toContain('we are back in port');
  });

  it('removes teaser cards inside a "related" box', () => {
    const html = `<body><article>${para(30)}</article><div class="related"><article><p>Teaser</p></article></div></body>`;
    expect(bodyText(html, prune)).not.toContain('Teaser');
  });
});

describe('readHtml: finding the article', () => {
  const bodyOf = (html: string) => readHtml(html).blocks.filter((b) => b.kind !== 'title').map((b) => b.text.trim());

  it('picks the text-rich container over navigation and teasers', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, with enough words to count as real text, and commas, too.</p>`).join('');
    const html = `<body><div class="menu"><a href="/">Home</a> <a href="/a">World</a></div><div class="story">${story}</div><div class="teasers"><p><a href="/x">Another story with a long enough title here</a></p></div></body>`;
    const body = bodyOf(html);
    expect(body).toHaveLength(6);
    expect(body[0]).toMatch(/^Paragraph 0/);
  });

  it('joins sibling blocks of the article split around an ad slot', () => {
    const part = (n: number) => Array.from({ length: 4 }, (_, i) => `<p>Part ${n}, paragraph ${i}: a sentence long enough to count, with a comma.</p>`).join('');
    const html = `<body><div id="main"><div class="text">${part(1)}</div><div class="ad-slot">Advertisement</div><div class="text">${part(2)}</div></div></body>`;
    const body = bodyOf(html);
    expect(body.filter((t) => t.startsWith('Part 2'))).toHaveLength(4);
    expect(body.join(' ')).not.toContain('Advertisement');
  });

  it('drops link lists inside the article', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Sentence ${i} of the article body, long enough, with commas, to score.</p>`).join('');
    const links = '<ul><li><a href="/1">First related story title</a></li><li><a href="/2">Second related story title</a></li></ul>';
    expect(bodyOf(`<body><article>${story}${links}</article></body>`).join(' ')).not.toContain('related story');
  });

  it('falls back to a relaxed attempt when the strict one finds too little', () => {
    // The whole article sits in an element whose class says "sidebar": the strict attempt drops it.
    const story = Array.from({ length: 8 }, (_, i) => `<p>Line ${i} of a post in an oddly named wrapper, long enough, with commas.</p>`).join('');
    const draft = readHtml(`<body><div class="sidebar-layout">${story}</div><div>Small print.</div></body>`);
    expect(draft.blocks.filter((b) => b.text.startsWith('Line'))).toHaveLength(8);
  });

  it('reads a 50,000-deep page without overflowing the stack', () => {
    const depth = 50_000;
    const html = `<body>${'<div>'.repeat(depth)}<p>Deep text, finally, here.</p>${'</div>'.repeat(depth)}</body>`;
    const draft = readHtml(html);
    expect(draft.blocks.map((b) => b.text).join(' ')).toContain('Deep text, finally, here.');
    expect(draft.diagnostics.map((d) => d.code)).toContain('deep-nesting');
  });
});

describe('walkBlocks', () => {
  const blocksOf = (html: string) => {
    const { document } = parseHtml(`<body>${html}</body>`);
    return walkBlocks([document]).map((b) => [b.kind, b.text.replace(/[ ]+/g, ' ').trim()]);
  };

  it.each([
    ['headings and paragraphs', '<h2>Sub</h2><p>Text <b>bold</b> and <a href="#">link</a>.</p>', [['heading', 'Sub'], ['paragraph', 'Text bold and link.']]],
    ['list items', '<ul><li>One</li><li>Two <em>too</em></li></ul>', [['list-item', 'One'], ['list-item', 'Two too']]],
    ['div text is a paragraph', '<div>Loose text<div>Inner</div>tail</div>', [['paragraph', 'Loose text'], ['paragraph', 'Inner'], ['paragraph', 'tail']]],
    ['a table row of plain cells is one line', '<table><tr><td>Soyuz</td><td>MS-22</td></tr></table>', [['paragraph', 'Soyuz | MS-22']]],
    ['a layout table cell holding blocks is walked as blocks', '<table><tr><td><p>One.</p><p>Two.</p></td></tr></table>', [['paragraph', 'One.'], ['paragraph', 'Two.']]],
    ['adjacent blocks are not glued', '<div>end.</div><div>Start</div>', [['paragraph', 'end.'], ['paragraph', 'Start']]],
    ['pictures are not text', '<figure><img src="x" alt="Alt text"></figure><p>Body</p>', [['paragraph', 'Body']]],
    ['entities decoded', '<p>Caf&eacute; &amp; &ldquo;quotes&rdquo; &#8212; ok</p>', [['paragraph', 'Café & “quotes” — ok']]],
    ['comments ignored', '<p>A<!-- hidden -->B</p>', [['paragraph', 'AB']]],
  ])('%s', (_, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('<br> is a line break inside the block; heading levels are kept', () => {
    const { document } = parseHtml('<body><h1>Title</h1><p>Line one<br>Line two</p></body>');
    expect(walkBlocks([document])).toEqual([
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
    ['the page h1 outside the article is put first', [{ kind: 'paragraph', text: 'P' }], 'Outside', ['title', 'paragraph']],
  ] as const)('%s', (_, blocks, outside, kinds) => {
    expect(markHeadline(blocks.map((b) => ({ ...b })), outside).map((b) => b.kind)).toEqual(kinds);
  });

  it('readHtml: the headline outside articleBody becomes the title block', () => {
    const draft = readHtml(`<body><div class="hero"><h1>Soyuz leaks</h1></div><div itemprop="articleBody">${para(30)}${para(30)}</div></body>`);
    expect(draft.blocks[0]).toEqual({ kind: 'title', text: 'Soyuz leaks' });
  });
});
