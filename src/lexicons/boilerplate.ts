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

/** Capitalised names joined by commas, "and" or "&" ("Jane Roe, Tom Poe and Ann Lee"). */
const NAMES = String.raw`\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|&))*`;

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
    pattern: /^follow (?:us|[\p{L}\d .'&-]{1,40} on (?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads|bluesky)\b)(?: (?:on|at)\b)?.{0,120}$/iu,
    note: '"Follow us …", or "Follow <name> on <social network> …". "Follow the leak timeline below" stays.',
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
    pattern: /^(?:©|\(c\)|copyright)\s*(?:[©@]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\b.{0,150}$/i,
    note: 'Needs a year after the sign: "Copyright law protects" stays.',
  },
  {
    id: 'all-rights-reserved',
    pattern: /^.{0,100}\ball rights reserved\.?$/i,
    note: 'Must end the line: "all rights reserved by the treaty were waived" stays.',
  },
  {
    id: 'see-more',
    pattern: /^(?:see more|see also|also see|also|more|watch|listen|most read|don'?t miss|trending|recommended|more from [\p{L}\d .'&-]{1,40}|more on [\p{L}\d .'&-]{1,40})\s*:\s*.{1,200}$/iu,
    note: 'A label with a colon before a headline: "SEE MORE: …", "WATCH: …". "More than 40 ships: …" has no colon right after the label and stays.',
  },
  {
    id: 'recirculation-label',
    pattern: /^(?:don'?t miss|you may also like|you might also like|you may like|recommended(?: for you)?|more|more stories|trending(?: now)?|most (?:popular|read)|popular now|popular on [\p{L}\d .'&-]{1,40}|read next|up next|related)\s*(?:\.{3}|…|:)?$/iu,
    note: 'The label alone on its line, above a list of other stories. "Recommended speeds were exceeded" is a sentence and stays.',
  },
  {
    id: 'clicking-here',
    pattern: /^.{0,120}\bby clicking here[.!]?$/i,
    note: 'Promo lines that end "… BY CLICKING HERE". A sentence with "clicking here" in the middle stays.',
  },
  {
    id: 'click-here-tail',
    pattern: /^(?:.{0,200}[.!?]\s+)?click here\b[^.!?]{0,100}[.!?]?$/i,
    note: 'A short promo ending with a "Click here …" sentence (≤ 300 characters). A long paragraph is kept even if it ends so; "you can click here to" mid-sentence stays.',
  },
  {
    id: 'newsletter-promo',
    pattern: /^(?:.{0,200}[.!?]\s+)?(?:sign up|subscribe)\b[^.!?]{0,120}\bnewsletters?\b[^.!?]{0,80}[.!?]?$/i,
    note: 'A short promo ending with a sign-up sentence. "Readers were asked to sign up for the newsletter, he said." does not start a sentence with "Sign up" and stays.',
  },
  {
    id: 'comment-prompt',
    pattern: /^(?:tell us what you think|what do you think|leave a (?:comment|reply)|add a comment|post a comment|join the (?:discussion|conversation)|have your say|comments?|\d+\s+comments?|(?:show|view|load) comments)\W*$/i,
    note: 'Whole line only: "Comments from the crew were recorded" stays.',
  },
  {
    id: 'shortcode',
    pattern: /^\[[a-z][\w-]*(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s\]]+))+\s*\].{0,200}$/i,
    note: 'CMS shortcodes left in the text ([button link="…"]…[/button]). Needs an attribute: "[Updated] The ferry…" and "[1] Source" stay.',
  },
  {
    id: 'bracketed-related',
    pattern: /^\[(?:related|see also|read more|more|also read)\s*:.{1,200}\]$/i,
    note: 'A promo in brackets: "[Related: …]". "[Updated] …" has no label-colon and stays.',
  },
  {
    id: 'gallery-counter',
    pattern: /^(?:image|photo|picture|slide)\s+\d+\s*(?:of|\/)\s*\d+$/i,
    note: 'Gallery counters ("Image 1 of 5"). "Image 1 of the leak shows…" is a sentence and stays.',
  },
  {
    id: 'reading-time',
    pattern: /^(?:(?:reading time|read time|tempo de leitura|tiempo de lectura|tempo di lettura|temps de lecture|lesezeit)\s*:?\s*\d+\s*\p{L}*\.?|\d+\s*(?:min(?:ute)?s?|minutos?|minuti)\.?\s+(?:read|de leitura|de lectura|di lettura))$/iu,
    note: 'Reading-time labels, in the languages of our pages. "It takes 5 minutes to read the report" stays.',
  },
  {
    id: 'update-time',
    pattern: /^(?:last )?updated(?: at| on)?:?\s+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[a-z]{2,5})?|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?)?)\.?$/i,
    note: 'An editor\'s note that gives only the time or date of an update ("Updated at 1:23 p.m."). "Updated 2023 figures show…" is a sentence and stays.',
  },
  {
    id: 'share-prompt',
    pattern: /^(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post|piece)\?.{0,80}$/i,
    note: '"Like this story? Share it…". "Like this story, the last one…" has no question mark and stays.',
  },
  {
    id: 'syndication-via',
    pattern: /^via\s+[\w-]+(?:\.[\w-]+)+\.?$/i,
    note: '"Via <site>.<tld>" syndication credits. "Via Rail said…" is a sentence and stays.',
  },
  {
    id: 'contributor-credit',
    pattern: new RegExp(String.raw`^(?:.{0,80}\b[Cc]ontributed (?:reporting|to this (?:report|story|article))\b.{0,60}|(?:[Aa]dditional |[Ww]ith )?[Rr]eporting by ${NAMES}(?:;\s*(?:[Ee]diting|[Ww]riting) by ${NAMES})*\.?)$`, 'u'),
    note: 'Credits of other reporters at the end; the names must be capitalised. "Reporting by the crew was late" and "He contributed to the report on the crash" stay.',
  },
  {
    id: 'contact-line',
    pattern: /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|threads|bsky)\.(?:com|net|app)\/(?:in\/)?[\w.-]+\/?|@\w{2,30})$/i,
    note: 'A line that is only an e-mail address, a social profile or a handle (a reporter\'s contact). A bare link to a product or a document may be the article\'s own list and stays; so does a sentence with an address in it.',
  },
  {
    id: 'photo-credit-line',
    pattern: /^\p{Lu}[\p{L}.'’ -]{1,40}(?:\s*[\/|]\s*\p{Lu}[\p{L}.'’ &-]{1,40}){2,3}$/u,
    note: 'Photographer/Agency/Agency under a picture, three or four capitalised parts split by "/" or "|". Two parts ("Paris / London") stay; so does any sentence.',
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
/** "Reuters", "Associated Press", "NBC News", "WKLM 9 News": capitalised words and numbers only. */
const ORG = String.raw`\p{Lu}[\p{L}\p{N}&'.\-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'.\-]*|of|the|and)){0,5}`;

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

// ---------------------------------------------------------------------------------------------
// HTML: the vocabulary of the main-content extractor (src/ingest/html/).
// ---------------------------------------------------------------------------------------------

/** Elements that flow inside a line of text; every other element breaks the block. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'nobr', 'big', 'acronym',
]);

/**
 * Elements that are never article text, removed before anything else. Trap: `form` is not here:
 * ASP.NET pages wrap the whole page (the article included) in one <form>; forms are judged by
 * their content instead (FORM_CONTROL_TAGS).
 */
export const NON_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'applet',
  'button', 'select', 'input', 'textarea', 'option', 'dialog', 'head', 'title', 'meta', 'link',
  'math', 'figcaption',
]);

/** Media elements: kept in the tree (they are counted: a block of pictures is not text) but never read. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'audio', 'source', 'track', 'map', 'area']);

/**
 * Page furniture by tag: site navigation, sidebars, page footers. Removed unless they hold the
 * article (a few themes put the whole post in an <aside> or a <footer>; see `holdsArticle`).
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu']);

/** Roles of furniture (`role` attribute). */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'menu', 'menubar', 'search', 'toolbar', 'tooltip',
]);

/**
 * Class/id tokens of hidden text. Trap: Bootstrap's `hidden-xs`/`hidden-sm` hide on small screens
 * only (the text shows on a desktop), so only whole tokens count.
 */
export const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|invisible|sr-only|visually-?hidden|screen-reader-text|screenreader|offscreen|a11y-only)(?:\s|$)/;

/** Inline style that hides an element. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Parsed-away containers of scripts' markup: their text is never shown as such. */
export const TEMPLATE_TYPES = /^text\/(?:template|x-template|html|x-handlebars)/i;

/**
 * Class/id vocabulary of furniture, tested against `class + " " + id` (lower-cased).
 * `(?:^|[^a-z])` stands for a word start so "share-bar" and "sharedaddy" match but "timeshare" does
 * not. An element that matches is removed unless it holds the article (see `holdsArticle`).
 */
export const HTML_CLUTTER_ATTRS: readonly LinePattern[] = [
  { id: 'share', pattern: /(?:^|[^a-z])(?:share|sharing|sharedaddy|addtoany|addthis)/, note: '"timeshare" stays.' },
  { id: 'social', pattern: /(?:^|[^a-z])social(?![a-z-]*embed)/, note: 'WordPress "category-social-media" on the <article> is kept: it holds the article. "social-media-embed" wraps a post the article quotes: kept.' },
  { id: 'newsletter', pattern: /newsletter|(?:^|[^a-z])(?:signup|sign-up|optin|opt-in)/, note: 'Sign-up boxes. An article about a newsletter keeps its text: the box is the element, not the word in the prose.' },
  { id: 'subscribe', pattern: /(?:^|[^a-z])subscribe(?!r)/, note: 'Not "subscriber": `subscriber-content` wraps paywalled article text.' },
  { id: 'cookie', pattern: /cookie|consent|gdpr/, note: "Consent banners. \"cookie\" is matched anywhere: a recipe site's article wrapper named \"cookie-recipe\" is kept only by the prose-share rule." },
  { id: 'related', pattern: /(?:^|[^a-z])(?:related|more-on|more-from|also-read|see-also|readmore|read-more|read-next|up-next|whats-next)/, note: '"unrelated" stays.' },
  { id: 'promo', pattern: /(?:^|[^a-z])(?:promo|teaser|cta)(?:[^a-z]|$)/, note: '"promotion" is an article category; only the whole word.' },
  { id: 'comments', pattern: /(?:^|[^a-z])(?:comments?|comment-|disqus|respond|reply|replies)(?:[^a-z]|$)/, note: '"commentary" is article text and stays.' },
  { id: 'advert', pattern: /advert|(?:^|[^a-z])(?:ads?|ad-?slot|ad-?unit|ad-?wrap(?:per)?|ad-?container|adsense|dfp|gpt|sponsor(?:ed)?|dianomi|native-ad)(?:[^a-z]|$)/, note: '"ad" only as a whole word: "header", "read", "load" stay.' },
  { id: 'breadcrumb', pattern: /breadcrumb/, note: 'Section trails above the headline ("News › World").' },
  { id: 'byline', pattern: /byline|(?:^|[^a-z])(?:authors?|author-(?:info|box|bio|name|details)|dateline|bio|contributor)(?:[^a-z]|$)/, note: 'Author boxes; the author comes from metadata. "authority" stays.' },
  { id: 'meta', pattern: /(?:^|[^a-z])(?:entry|post|article|story)-?(?:meta|info|details|date|time|tools|actions|footer|utilities)(?:[^a-z]|$)|(?:^|[^a-z])(?:timestamp|published|pubdate|dateline)/, note: 'Date and tool rows of a post; "post-content" and "entry-content" stay.' },
  { id: 'caption', pattern: /caption(?!less)|(?:^|[^a-z])credits?(?:[^a-z]|$)|(?:photo|image|img|pic)-?credit/, note: 'Captions are not body text: "caption" anywhere ("newsCaption", "imageCaption"); "credit" only as a word or after photo/image ("credit-card" and "creditworthiness" stay).' },
  { id: 'tags', pattern: /(?:^|[^a-z])(?:tags?|tag-?list|tag-?cloud|keywords|topics|categories|post-categories)(?:[^a-z]|$)/, note: 'Not "tagline" (a deck) nor "stage".' },
  { id: 'recirculation', pattern: /(?:^|[^a-z])(?:recommended|recommendations|more-stories|most-popular|most-read|popular|trending|outbrain|taboola|zergnet|recirc)/, note: 'Recommendation widgets and "most read" boxes. "popular-science" as a section class would match: kept by the prose-share rule when it holds the article.' },
  { id: 'sidebar', pattern: /(?:^|[^a-z])(?:sidebar|side-bar|rail|widget|sidebox)(?:[^a-z]|$)/, note: '"trail" and "guardrail" stay (whole word).' },
  { id: 'navigation', pattern: /(?:^|[^a-z])(?:nav|navbar|navigation|menu|pagination|pager|skip-?link|jump-?link|toc)(?:[^a-z]|$)/, note: '"canvas" stays.' },
  { id: 'popup', pattern: /(?:^|[^a-z])(?:popup|pop-up|modal|overlay|tooltip|lightbox|hovercard|flyout)(?:[^a-z]|$)/, note: 'Modals, overlays, tooltips. "overlay" also names image overlays, which hold no text anyway.' },
  { id: 'print-tools', pattern: /(?:^|[^a-z])(?:print|toolbar|tools|font-?size|bookmark|save-?article)(?:[^a-z]|$)/, note: '"blueprint" stays.' },
  { id: 'gallery', pattern: /(?:^|[^a-z])(?:gallery|slideshow|carousel|slider)(?:[^a-z]|$)/, note: 'Image galleries hold captions and counters, not article text.' },
  { id: 'login', pattern: /(?:^|[^a-z])(?:login|log-in|signin|sign-in|paywall|regwall|meter)(?:[^a-z]|$)/, note: 'Sign-in and paywall prompts; "meter" only as a whole word ("parameter", "kilometer" stay).' },
  { id: 'footer', pattern: /(?:^|[^a-z])(?:footer|site-footer|masthead|site-header|top-bar|topbar)(?:[^a-z]|$)/, note: "Page footers and mastheads by class; an article's own footer (tags, share row) goes too. \"footnote\" stays." },
];

/**
 * Readability's class/id weights (Mozilla, Apache-2.0 idea, our lists): a candidate container
 * whose class/id says "content" gains, one that says "sidebar" loses. Trap: "social-media-embed"
 * and "media-embed" wrap a post or tweet the article quotes: not furniture.
 */
export const POSITIVE_HINT = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;
export const NEGATIVE_HINT = /(?:^|[^a-z])(?:ad|ads|hid|hidden)(?:[^a-z]|$)|banner|combx|comment|com-|contact|foot|gdpr|masthead|media(?![a-z-]*embed)|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|caption|social(?![a-z-]*embed)|nav|menu|popular|recommend/;

/** Block elements whose text is one paragraph of the article (scored to their parent). */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  'p', 'pre', 'td', 'th', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'address', 'caption',
]);

/** Form controls: a block holding more of them than paragraphs is a form, not text. */
export const FORM_CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea', 'button']);

/** Elements that mark the article itself. */
export const ARTICLE_SELECTOR_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

/**
 * Class/id of the elements that hold the byline or the publication line ("By Jane Doe • Published
 * Jan. 13, 2026"): read for the author and the date before they are removed as furniture.
 * Trap: comment authors and dates (`comment-author`, `comment-meta`) are not the article's;
 * elements inside a comments block are skipped (COMMENT_HINT).
 */
export const BYLINE_ELEMENT_HINT = /byline|(?:^|[^a-z])(?:author|authors|author-name|article-meta|entry-meta|post-meta|story-meta|meta|dateline|posted-on|published|pubdate|timestamp)(?:[^a-z]|$)/;
export const COMMENT_HINT = /(?:^|[^a-z])(?:comments?|comment-[a-z]+|disqus|replies|reply)(?:[^a-z]|$)/;
/** Segment separators inside a byline element: "By A • Published …", "A — 10 May 2026 — Updated …". */
export const BYLINE_SEPARATOR = /\s+[|•·—–]\s+|\s*\n\s*/;
/** A byline segment that dates a change, never the publication. */
export const UPDATE_SEGMENT = /^(?:last\s+)?(?:updated|modified|edited|revised|changed)\b/i;

/** schema.org microdata types of an article (`itemtype="https://schema.org/NewsArticle"`). */
export const ARTICLE_ITEMTYPE = /schema\.org\/(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|TechArticle|Report|ScholarlyArticle)\b/i;

/**
 * Semantic containers of the article, most specific first: schema.org's articleBody (which leaves
 * out the headline and byline), an element typed as an article by microdata, the page's <article>,
 * <main>, role="main". Trap: teaser cards and comments are <article>s too, so the <article> with
 * the most prose is the one meant, and only when it holds most of the page's prose.
 */
export const SEMANTIC_CONTAINERS: ReadonlyArray<{ id: string; minProseShare: number; test: (tag: string, attribs: Record<string, string>) => boolean }> = [
  // Typed by the page's author as the article's text or the article: trusted with a fifth of the prose.
  { id: 'itemprop-articleBody', minProseShare: 0.2, test: (_, a) => a.itemprop?.toLowerCase() === 'articlebody' },
  { id: 'itemtype-article', minProseShare: 0.2, test: (_, a) => a.itemtype !== undefined && ARTICLE_ITEMTYPE.test(a.itemtype) },
  // Generic containers: only when they hold most of the page's prose.
  { id: 'article', minProseShare: 0.5, test: (tag) => tag === 'article' },
  { id: 'main', minProseShare: 0.5, test: (tag) => tag === 'main' },
  { id: 'role-main', minProseShare: 0.5, test: (_, a) => a.role?.toLowerCase() === 'main' },
];

/**
 * Words of a line that is only a date, in the languages of the pages we read (English, Portuguese,
 * Spanish, Italian, French, German): "segunda-feira, 22 de janeiro de 2018 às 0:13" is a dateline
 * like "Monday, January 22, 2018 at 0:13". Used only to mark such lines, never to read the date.
 * Trap: "de", "a", "am" are also ordinary words: a line counts only when every word is a date
 * word, and it has a year and a month.
 */
export const DATE_LINE_MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
]);
export const DATE_LINE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'sábado', 'domingo',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  // connectors and time words
  'de', 'del', 'di', 'do', 'da', 'às', 'as', 'a', 'las', 'los', 'le', 'el', 'la', 'à', 'um', 'am', 'pm', 'at', 'on', 'the', 'of',
  'h', 'hs', 'hrs', 'horas', 'heures', 'ore', 'uhr', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'brt', 'est', 'edt', 'pst', 'pdt', 'ist',
]);
