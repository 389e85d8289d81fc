/**
 * Cleaning inside the chosen article (Readability's "clean conditionally", one rule per function):
 * blocks that are mostly links, pictures, form controls or embeds, or that say "furniture" in
 * their class/id and hold little text, are dropped. Blocks rich in commas (real prose) are kept.
 */
import type { Element } from 'domhandler';
import { removeNode, walkElements } from './dom.ts';
import { removeLinkRuns } from './link-runs.ts';
import { classWeight } from './score.ts';
import { computeStats, isQuote, linkDensity, type NodeStats, type StatsMap } from './stats.ts';

/** Containers judged by their content; paragraphs and headings are judged elsewhere. */
const JUDGED_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'table', 'ul', 'ol', 'dl', 'form', 'fieldset', 'header', 'figure', 'aside', 'center']);
/** Prose has commas: a block with this many is kept whatever else it holds. */
const PROSE_COMMAS = 10;
/** …and so is a block with this much prose, making up this share of its text. */
const PROSE_CHARS = 200;
const PROSE_SHARE = 0.7;
/** A list whose text is mostly links is a list of other stories (lists of prose links stay). */
const LINK_LIST_DENSITY = 0.5;

export interface TidyOptions {
  useHints: boolean;
}

/** Returns the reasons of the removals, for the diagnostics. */
export function tidyArticle(roots: readonly Element[], options: TidyOptions): string[] {
  const reasons: string[] = [];
  for (const root of roots) {
    const stats = computeStats(root);
    walkElements(root, (el) => {
      const reason = dropReason(el, stats, options);
      if (!reason) return;
      reasons.push(reason);
      removeNode(el);
      return false;
    });
    const links = removeLinkRuns(root, stats);
    if (links > 0) reasons.push(`link-runs:${links}`);
  }
  return reasons;
}

export function dropReason(el: Element, stats: StatsMap, options: TidyOptions): string | null {
  const s = stats.get(el)!;
  if (/^h[2-6]$/.test(el.name)) return options.useHints && classWeight(el) < 0 ? 'heading-with-furniture-class' : null;
  if (!JUDGED_TAGS.has(el.name)) return null;
  const weight = options.useHints ? classWeight(el) : 0;
  if (weight < 0 && s.chars < 200) return 'furniture-class';
  if (s.commas >= PROSE_COMMAS || isProse(s)) return null;
  return conditionalReason(el, s, weight);
}

/** Readability's tests for a block with few commas. */
export function conditionalReason(el: Element, s: NodeStats, weight: number): string | null {
  const list = isList(el, s);
  const inFigure = el.name === 'figure' || hasFigureAncestor(el);
  if (s.images > 1 && s.paragraphs / s.images < 0.5 && !inFigure) return 'pictures';
  if (!list && s.listItems - 100 > s.paragraphs) return 'list-items';
  if (s.controls > Math.floor(s.paragraphs / 3)) return 'form-controls';
  const headingDensity = s.chars > 0 ? s.headingChars / s.chars : 0;
  if (!list && headingDensity < 0.9 && s.chars < 25 && (s.images === 0 || s.images > 2) && !inFigure) return 'too-little-text';
  // A quoted post (an embedded tweet) links its author and date: judged like a well-named block.
  const linkLimit = weight >= 25 || isQuote(s) ? 0.5 : 0.2;
  if (!list && linkDensity(s) > linkLimit) return 'links';
  if (list && weight < 25 && linkDensity(s) > LINK_LIST_DENSITY) return 'link-list';
  if ((s.embeds === 1 && s.chars < 75) || s.embeds > 1) return 'embeds';
  return null;
}

/** A block that is mostly lines of text outside links: pictures or embeds around them do not matter. */
export function isProse(s: NodeStats): boolean {
  return s.prose >= PROSE_CHARS && s.prose >= s.chars * PROSE_SHARE;
}


/** A list, or a block whose text is almost all in lists. */
function isList(el: Element, s: NodeStats): boolean {
  if (el.name === 'ul' || el.name === 'ol' || el.name === 'dl') return true;
  return s.chars > 0 && s.listChars / s.chars > 0.9;
}

function hasFigureAncestor(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if ((p as Element).name === 'figure') return true;
  return false;
}
