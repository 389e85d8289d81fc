/**
 * What is not the article: promo lines, credits and footers in text, and page furniture in HTML.
 *
 * Every line pattern is anchored to a whole line (`^…$`), is tested against one trimmed,
 * normalised line (straight quotes, single spaces), and carries an id (reported in the
 * `boilerplate-removed` diagnostic) and a note on its trap: the near-miss that must survive.
 * Negative cases live in test/ingest/boilerplate.test.ts; add one with every new pattern.
 */

export interface LinePattern {
  id: string;
  pattern: RegExp;
  /** The trap: what looks close but must be kept. */
  note: string;
}

/** Promo and boilerplate lines, dropped wherever they stand (except in the title). */
export const BOILERPLATE_LINES: readonly LinePattern[] = [
  {
    id: 'also-read',
    pattern: /^also read\s*[:\-–—|].*$/i,
    note: 'Needs the colon or dash: "Also read the report, officials said." is a sentence.',
  },
  {
    id: 'related-article',
    pattern: /^related (?:articles?|stor(?:y|ies)|coverage|content|news|reading|links?|posts?|videos?)\s*(?:[:\-–—|].*)?$/i,
    note: 'A label, alone or before a colon: "Related stories show a pattern." is a sentence.',
  },
  {
    id: 'related',
    pattern: /^related\s*:.*$/i,
    note: '"Related:" only with a colon; "Related work was delayed." stays.',
  },
  {
    id: 'read-more',
    pattern: /^(?:read more|more reading|continue reading)\s*(?:[:\-–—|»›>].*|\.{3}|…|\.)?$/i,
    note: 'Whole line only: "Read more about the leak in the report." and "to read more of" stay.',
  },
  {
    id: 'check-out-more',
    pattern: /^check out (?:more|the latest|our) (?:news|stories|articles|coverage)\b.{0,120}\bin\b.{0,80}$/i,
    note: 'Science Times footer "Check out more news and information on X in Science Times."',
  },
  {
    id: 'subscribe',
    pattern: /^subscribe (?:to|now|today|for|here)\b.{0,150}$/i,
    note: 'Starts with the verb: "Subscribers to the service said" stays.',
  },
  {
    id: 'newsletter-signup',
    pattern: /^(?:sign up|signup|register) (?:for|to)\b.{0,60}\b(?:newsletters?|updates|alerts|e-?mails?|briefing)\b.{0,120}$/i,
    note: 'Needs a newsletter word: "Sign up for the mission closed in May." stays.',
  },
  {
    id: 'share',
    pattern: /^share (?:this (?:article|story|post|page|video)|on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email))\b.{0,60}$/i,
    note: '"Share prices fell" and "Share of the market" stay.',
  },
  {
    id: 'follow-us',
    pattern: /^follow us (?:on|at)\b.{0,120}$/i,
    note: '"Follow us" only: "Follow the leak timeline below" stays.',
  },
  {
    id: 'click-here',
    pattern: /^click here\b.{0,150}$/i,
    note: 'Only at the start of a line; "you can click here to" mid-sentence stays.',
  },
  {
    id: 'advertisement',
    pattern: /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?)(?:\s*[-–—:]\s*(?:scroll|continue|story continues).{0,40})?$/i,
    note: 'Whole line: "Advertisement revenue fell" stays.',
  },
  {
    id: 'caption-credit',
    pattern: /^(?:\((?:photo|image|picture)s?\s+(?:by|credit|courtesy)\b[^)]{1,150}\)|(?:photo|image|picture|photograph|video)?\s*(?:credits?|courtesy)\s*:\s*.{1,150}|(?:photo|image|picture|photograph)s?\s*:\s*.{1,150})$/i,
    note: 'Short credit lines only: "Photos of the leak were shared by NASA." has no colon and stays.',
  },
  {
    id: 'copyright',
    pattern: /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\b.{0,150}$/i,
    note: 'Needs a year after the sign: "Copyright law protects" stays.',
  },
  {
    id: 'all-rights-reserved',
    pattern: /^.{0,100}\ball rights reserved\.?$/i,
    note: 'Must end the line: "all rights reserved by the treaty were waived" stays.',
  },
  {
    id: 'originally-appeared',
    pattern: /^this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published|ran)\b.{0,150}$/i,
    note: 'Starts the line: "The story first appeared in 2019, he said" stays.',
  },
];

/**
 * Lines right under the headline that name the author or the publication time. Named groups:
 * `author` (copied into meta.author when there is none) and `date`.
 * Traps: "By the time the crew arrived, the leak had stopped." (lower-case word after By),
 * "By Tuesday, NASA" (weekday/month are not names), "Published by Elsevier" (no date).
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}'.\-]*|de|van|von|der|da|del|la|le|bin|al)`;
const NOT_A_NAME = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Yesterday)\b)`;
const PERSON = String.raw`${NOT_A_NAME}\p{Lu}[\p{L}'.\-]*(?:\s+${NAME}){0,4}`;
/** "Reuters", "Associated Press", "NBC News": capitalised words only. */
const ORG = String.raw`\p{Lu}[\p{L}\p{N}&'.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'.\-]*|of|the|and)){0,5}`;

export const BYLINE_SEGMENTS: readonly LinePattern[] = [
  {
    id: 'by-author',
    pattern: new RegExp(
      String.raw`^(?:By|BY|by)\s+(?<author>${PERSON}(?:\s*(?:&|and)\s*${PERSON})*)(?:\s*[,–—-]\s*${ORG})?$`,
      'u',
    ),
    note: 'Capitalised names only; "By the time…" and "By Tuesday, NASA said…" stay. "By A, B" reads B as the agency.',
  },
  {
    id: 'published-line',
    pattern: /^(?<keyword>(?:first |last )?(?:published|updated|posted|modified))(?:\s+(?:on|at))?\s*:?\s*(?<date>(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun).{0,100})$/i,
    note: 'Needs a date or time after the keyword: "Published by Elsevier in 2019" stays. Only a published/posted date is kept as metadata, never an updated one.',
  },
];

/** A segment after " | " that only names the agency ("By Jane Doe | Reuters"); valid after an author. */
export const BYLINE_AGENCY = new RegExp(String.raw`^${ORG}$`, 'u');

/** HTML elements that are never article text. */
export const HTML_CLUTTER_TAGS: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'svg',
  'canvas', 'button', 'select', 'input', 'textarea', 'dialog', 'object', 'embed',
];

/** Selectors for page furniture by role or state. */
export const HTML_CLUTTER_SELECTORS: readonly string[] = [
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]',
  '[role="dialog"]', '[role="alertdialog"]', '[role="contentinfo"]',
  // The site header; an <article>'s own <header> holds the headline and is kept.
  'header:not(article header)',
];

/**
 * Class/id vocabulary of furniture, tested against `class + " " + id` (lower-cased).
 * `(?:^|[^a-z])` stands for a word start so "share-bar" and "sharedaddy" match but "timeshare" does not.
 */
export const HTML_CLUTTER_ATTRS: readonly LinePattern[] = [
  { id: 'share', pattern: /(?:^|[^a-z])(?:share|sharing|sharedaddy)/, note: '"timeshare" stays.' },
  { id: 'social', pattern: /(?:^|[^a-z])social/, note: 'WordPress "category-social-media" on <article> is protected.' },
  { id: 'newsletter', pattern: /newsletter/, note: '' },
  { id: 'subscribe', pattern: /(?:^|[^a-z])subscri(?:be|ption)/, note: '' },
  { id: 'cookie', pattern: /cookie|consent|gdpr/, note: '' },
  { id: 'related', pattern: /(?:^|[^a-z])related/, note: '"unrelated" stays.' },
  { id: 'promo', pattern: /(?:^|[^a-z])promo/, note: '' },
  { id: 'comments', pattern: /(?:^|[^a-z])(?:comments?|disqus)(?:[^a-z]|$)/, note: '"commentary" is article text and stays.' },
  { id: 'advert', pattern: /advert|(?:^|[^a-z])(?:ads?|ad-slot|dfp|sponsor(?:ed)?)(?:[^a-z]|$)/, note: '"ad" only as a whole word: "header", "read" stay.' },
  { id: 'breadcrumb', pattern: /breadcrumb/, note: '' },
  { id: 'byline', pattern: /byline|(?:^|[^a-z])(?:author|dateline)(?:[^a-z]|$)/, note: 'Author boxes; the author comes from metadata instead.' },
  { id: 'recirculation', pattern: /(?:^|[^a-z])(?:recommended|more-stories|most-popular|trending|outbrain|taboola)/, note: '' },
];

/** Elements that are the article itself: never removed by the class/id vocabulary. */
export const HTML_PROTECTED = 'html, body, main, article, [itemprop="articleBody"]';
