/** The stages of the HTML extractor, one rule at a time, with the cases that must not fire. */
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { readHtml, looksTruncated } from '../../src/ingest/html/index.ts';
import { inlineTextOf, walkElements } from '../../src/ingest/html/dom.ts';
import { jsonLdBodyBlocks, pageLacksBody, wordCoverage } from '../../src/ingest/html/jsonld-body.ts';
import { listingOf } from '../../src/ingest/html/listing.ts';
import { capNesting, parseHtml } from '../../src/ingest/html/parse.ts';
import { isInlineCard } from '../../src/ingest/html/prune.ts';
import { climb, linePoints, scoreCandidates, topCandidate } from '../../src/ingest/html/score.ts';
import { semanticContainer } from '../../src/ingest/html/semantic.ts';
import { computeStats } from '../../src/ingest/html/stats.ts';
import { conditionalReason } from '../../src/ingest/html/tidy.ts';

const sentence = (i: number) => `Sentence ${i} of the story tells what happened, where, and to whom, in plain words.`;
const paras = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p>${sentence(from + i)}</p>`).join('');
const body = (html: string) => readHtml(html).blocks.filter((b) => b.kind !== 'title').map((b) => b.text.trim());

function byId(html: string, id: string): { el: Element; root: ReturnType<typeof parseHtml>['document'] } {
  const { document } = parseHtml(html);
  let el: Element | undefined;
  walkElements(document, (e) => {
    if (e.attribs.id === id) el = e;
  });
  return { el: el!, root: document };
}

describe('linePoints (Readability: 1, a point per comma, a point per 100 characters up to 3)', () => {
  it.each([
    [24, 5, 0], // too short to count, whatever its commas
    [25, 0, 1],
    [250, 2, 5],
    [900, 0, 4], // length points are capped at 3
  ])('%i chars, %i commas → %i', (chars, commas, points) => {
    expect(linePoints(chars, commas)).toBe(points);
  });
});

describe('climb', () => {
  it('three close candidates under one ancestor (a live blog) make the ancestor the article', () => {
    const entry = (i: number) => `<div class="entry">${paras(2, i * 2)}</div>`;
    const { root, el } = byId(`<body><div id="feed">${entry(0)}${entry(1)}${entry(2)}${entry(3)}</div><div>${paras(1, 50)}</div></body>`, 'feed');
    const stats = computeStats(root);
    const scores = scoreCandidates(root, stats, { useHints: true });
    expect(climb(topCandidate(scores)!, scores)).toBe(el);
  });

  it('a single strong block stays the article', () => {
    const { root, el } = byId(`<body><div><div id="story">${paras(8)}</div><div class="box">${paras(1, 40)}</div></div></body>`, 'story');
    const stats = computeStats(root);
    const scores = scoreCandidates(root, stats, { useHints: true });
    expect(climb(topCandidate(scores)!, scores)).toBe(el);
  });
});

describe('semanticContainer', () => {
  const pick = (html: string) => {
    const { document } = parseHtml(html);
    return semanticContainer(document, computeStats(document))?.id ?? null;
  };

  it.each([
    ['itemprop=articleBody first', `<article><div itemprop="articleBody">${paras(5)}</div></article>`, 'itemprop-articleBody'],
    ['microdata article type', `<div itemscope itemtype="https://schema.org/NewsArticle">${paras(5)}</div>`, 'itemtype-article'],
    ['the <article> with most of the prose', `<article>${paras(6)}</article><div>${paras(1, 20)}</div>`, 'article'],
    ['<main>', `<main>${paras(5)}</main>`, 'main'],
  ])('%s', (_, html, id) => {
    expect(pick(`<body>${html}</body>`)).toBe(id);
  });

  it.each([
    ['a teaser <article> beside the real text', `<article>${paras(1)}</article><div>${paras(6, 10)}</div>`],
    ['a container of links', `<main>${'<p><a href="/x">A linked headline that is long enough to count</a></p>'.repeat(5)}</main>`],
    ['no container at all', `<div>${paras(5)}</div>`],
  ])('none for %s', (_, html) => {
    expect(pick(`<body>${html}</body>`)).toBeNull();
  });
});

describe('conditionalReason (blocks inside the article)', () => {
  const reason = (html: string, weight = 0) => {
    const { el } = byId(`<body>${html}</body>`, 'x');
    return conditionalReason(el, computeStats(el).get(el)!, weight);
  };

  it.each([
    ['a box of links', '<div id="x"><a href="/1">First other story here</a> <a href="/2">Second other story</a> and a word</div>', 'links'],
    ['a list of links', '<ul id="x"><li><a href="/1">First other story here</a></li><li><a href="/2">Second other story</a></li></ul>', 'link-list'],
    ['a form', '<div id="x"><input><input><label>Name</label></div>', 'form-controls'],
    ['a few words around pictures', '<div id="x"><img src=a><img src=b> Photo</div>', 'pictures'],
    ['an embed with a caption', '<div id="x"><video></video> A short clip of the fire, seen from the quay</div>', 'embeds'],
  ])('drops %s', (_, html, expected) => {
    expect(reason(html)).toBe(expected);
  });

  it.each([
    ['a paragraph block with one link', `<div id="x"><p>${sentence(1)} See <a href="/r">the report</a>.</p><p>${sentence(2)}</p></div>`],
    ['a list of prose items', `<ul id="x"><li>${sentence(1)}</li><li>${sentence(2)}</li></ul>`],
    ['an embedded post (a quote with its author and date links)', '<div id="x"><blockquote><p>The ferry is on fire, we are all on deck and safe: <a href="https://t.co/x">pic</a></p>— A Passenger <a href="/s">March 3</a></blockquote></div>'],
    ['a picture with a long text', `<div id="x"><img src=a><img src=b><img src=c>${paras(3)}</div>`],
  ])('keeps %s', (_, html) => {
    expect(reason(html)).toBeNull();
  });
});

describe('isInlineCard', () => {
  const card = '<span id="x"><img src="p.jpg"><a href="/p">Jane Doe</a><a href="/1">Her latest story: the harbour budget vote</a> <a href="/2">Her latest story: ferry fares to rise</a></span>';
  it('a hover card in a line is removed; the name before it stays', () => {
    const html = `<body><article>${paras(4)}<p>Rep. <span class="person"><a href="/p">Jane Doe</a>${card}</span> said on Monday that the ferry was safe, officials said.</p></article></body>`;
    const text = body(html).join(' ');
    expect(text).toContain('Rep. Jane Doe said on Monday');
    expect(text).not.toContain('latest story');
  });

  it.each([
    ['a link', '<a id="x" href="/a"><img src=a>Some long link text for the story here and more</a>'],
    ['a span of prose with one link', `<span id="x">${sentence(1)} <a href="/a">one link</a> ${sentence(2)}</span>`],
  ])('not %s', (_, html) => {
    const { el } = byId(`<body><p>${html}</p></body>`, 'x');
    expect(isInlineCard(el, computeStats(el))).toBe(false);
  });
});

describe('listingOf (section fronts)', () => {
  const card = (i: number) => `<div><h3><a href="/s/${i}">Linked headline number ${i} of the front</a></h3><p>Teaser ${i}.</p></div>`;
  const roots = (html: string) => [parseHtml(`<body><div id="r">${html}</div></body>`).document.children[0] as Element];

  it('many linked headlines and no prose: a listing', () => {
    expect(listingOf(roots(Array.from({ length: 6 }, (_, i) => card(i)).join('')))).toEqual({ linkedHeadings: 6, proseParagraphs: 0 });
  });

  it.each([
    ['a round-up whose item headings are links, with prose', Array.from({ length: 5 }, (_, i) => `${card(i)}<p>${sentence(i)} ${sentence(i + 1)}</p><p>${sentence(i + 2)} ${sentence(i + 3)}</p>`).join('')],
    ['an article with three linked subheads', `${card(1)}${card(2)}${card(3)}${paras(3)}`],
  ])('not %s', (_, html) => {
    expect(listingOf(roots(html))).toBeNull();
  });

  it('a <main> of teaser <article>s is a listing, though one teaser scores best', () => {
    const teaser = (i: number) => `<article class="teaser"><h2><a href="/s/${i}">Linked headline number ${i} of the front</a></h2><p>A teaser of story ${i}, with a few words to say what it is about.</p></article>`;
    const draft = readHtml(`<body><main>${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</main></body>`);
    expect(draft.blocks.filter((b) => b.kind !== 'title')).toEqual([]);
    expect(draft.diagnostics.map((d) => d.code)).toContain('not-an-article');
  });

  it('readHtml takes no body from a listing, with a warning', () => {
    const draft = readHtml(`<body><main>${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</main></body>`);
    expect(draft.blocks.filter((b) => b.kind !== 'title')).toEqual([]);
    expect(draft.diagnostics.map((d) => d.code)).toContain('not-an-article');
  });
});

describe('JSON-LD articleBody stage', () => {
  const story = Array.from({ length: 8 }, (_, i) => sentence(i)).join(' ');
  const ld = (articleBody: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody })}</script>`;

  it('taken when the page markup lacks the text (rendered by script)', () => {
    const draft = readHtml(`<html><head>${ld(story)}</head><body><div id="app">Loading…</div></body></html>`);
    expect(draft.blocks.map((b) => b.text).join(' ')).toContain(sentence(7));
    expect(draft.diagnostics.map((d) => d.code)).toContain('json-ld-body');
  });

  it('the page text stands when it holds the JSON-LD body', () => {
    const draft = readHtml(`<html><head>${ld(story)}</head><body><article>${paras(8)}</article></body></html>`);
    expect(draft.blocks).toHaveLength(8);
    expect(draft.diagnostics.map((d) => d.code)).not.toContain('json-ld-body');
  });

  it.each([
    ['cut short by the CMS', `${story.slice(0, 450)}…`],
    ['cut short with an entity', `${story.slice(0, 450)}&hellip;`],
    ['too short', sentence(1)],
    ['absent', undefined],
  ])('implausible when %s', (_, value) => {
    expect(jsonLdBodyBlocks(value)).toBeNull();
  });

  it('markup in the body is parsed into blocks; lines become blocks', () => {
    expect(jsonLdBodyBlocks(`<p>${story}</p><p>${story}</p>`)?.length).toBe(2);
    expect(jsonLdBodyBlocks(`${story}\n\n${story}`)?.length).toBe(2);
  });

  it('wordCoverage counts words as a multiset', () => {
    expect(wordCoverage('a a b c', 'a b')).toBe(0.5);
    expect(wordCoverage('', 'x')).toBe(1);
    expect(pageLacksBody([{ kind: 'paragraph', text: 'a' }], [{ kind: 'paragraph', text: 'a b c' }])).toBe(true);
  });
});

describe('capNesting', () => {
  it('drops tags beyond the cap (and their end tags), keeps the text', () => {
    const { html, dropped } = capNesting(`${'<div>'.repeat(6)}text${'</div>'.repeat(6)}`, 4);
    expect(dropped).toBe(2);
    expect(html.match(/<div>/g)).toHaveLength(4);
    expect(html.match(/<\/div>/g)).toHaveLength(4);
    expect(html).toContain('text');
  });

  it.each([
    ['void and self-closing-peer tags are not levels', `${'<p>x<br><li>y'.repeat(50)}`],
    ['markup-like text in scripts is not counted', `<script>${'if (a<b) {} '.repeat(50)}</script><div>x</div>`],
    ['a normal page', `<html><body>${'<div><span>x</span></div>'.repeat(100)}</body></html>`],
  ])('leaves alone: %s', (_, source) => {
    expect(capNesting(source, 10)).toEqual({ html: source, dropped: 0 });
  });

  it('broken markup ("<a<a<a…" without ">") is read in one pass, not once per "<"', () => {
    const broken = '<a'.repeat(200_000);
    expect(capNesting(broken, 400).dropped).toBe(0);
    expect(readHtml(broken).blocks.length).toBeLessThanOrEqual(1);
  });
});

describe('looksTruncated', () => {
  it.each([
    ['<html><body><p>Text</p></body></html>', false],
    ['<p>A fragment without html or body tags</p>', false],
    ['<html><body><p>Cut in the mid', true],
    ['<html><body><p>Cut inside a tag</p><a hre', true],
  ])('%j → %s', (html, truncated) => {
    expect(looksTruncated(html)).toBe(truncated);
  });
});

describe('inline text of the result', () => {
  it('is never glued across blocks', () => {
    const html = `<body><article>${paras(6)}<div>The block ends here, at the end.</div><div>Start of another block of text</div></article></body>`;
    expect(body(html).join('\n')).toContain('end.\nStart');
    expect(inlineTextOf(parseHtml('<p>a</p>').document)).toBe('a');
  });
});

describe('computeStats', () => {
  it('counts characters, links, own lines, prose and commas bottom-up', () => {
    const { el, root } = byId('<body><div id="x">Intro line of the block, long enough.<p>A paragraph, with <a href="/a">a link</a> in it, long enough.</p><ul><li><a href="/b">Only a link here</a></li></ul></div></body>', 'x');
    const s = computeStats(root).get(el)!;
    expect(s).toMatchObject({ links: 2, paragraphs: 1, listItems: 1, commas: 3, ownCommas: 1 });
    expect(s.ownChars).toBe('Introlineoftheblock,longenough.'.length); // nested blocks are not its own lines
    expect(s.linkChars).toBe('alink'.length + 'Onlyalinkhere'.length);
    // prose: lines of 25+ characters, minus their links (the list item is one short link: none)
    expect(s.prose).toBe('Introlineoftheblock,longenough.'.length + 'Aparagraph,withalinkinit,longenough.'.length - 'alink'.length);
  });
});

describe('withSiblings', () => {
  it('joins a sibling made like the top block that holds prose too deep to be scored', () => {
    const deep = (n: number) => `<div class="part"><div><div><div><div><div><div>${paras(3, n)}</div></div></div></div></div></div></div>`;
    const html = `<body><div id="wrap"><div class="part">${paras(6)}</div>${deep(20)}<div class="share">${'<a href="/s">Share</a>'.repeat(3)}</div></div></body>`;
    const text = body(html).join(' ');
    expect(text).toContain(sentence(20));
    expect(text).toContain(sentence(5));
    expect(text).not.toContain('Share');
  });
});
