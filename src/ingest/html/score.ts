/**
 * Readability's idea, on precomputed statistics: every line of text of 25 characters or more gives
 * points (1, one per comma, one per 100 characters up to 3) to the block that holds it and, less
 * and less, to its ancestors; a container's score is then cut by its link density and shifted by
 * what its tag and class/id say. The best-scored container holds the article.
 */
import type { Element, ParentNode } from 'domhandler';
import { NEGATIVE_HINT, PARAGRAPH_TAGS, POSITIVE_HINT } from '../../lexicons/boilerplate.ts';
import { hintOf, isElement, isInline, walkElements } from './dom.ts';
import { linkDensity, MIN_LINE_CHARS, type StatsMap } from './stats.ts';

/** How many ancestors above a line's block share its points. */
const ANCESTOR_LEVELS = 5;
const CLASS_WEIGHT = 25;

export interface ScoreOptions {
  /** Read class/id hints (off in the last, relaxed attempt). */
  useHints: boolean;
}

export type Scores = Map<Element, number>;

/** Points of one block's own lines, or 0 when they are too short to count. */
export function linePoints(ownChars: number, ownCommas: number): number {
  if (ownChars < MIN_LINE_CHARS) return 0;
  return 1 + ownCommas + Math.min(Math.floor(ownChars / 100), 3);
}

export function scoreCandidates(root: ParentNode, stats: StatsMap, options: ScoreOptions): Scores {
  const raw = new Map<Element, number>();
  walkElements(root, (el) => {
    if (isInline(el)) return; // its lines belong to the block around it
    if (el.name === 'h1') return; // the headline, not the article's text
    const s = stats.get(el)!;
    const points = linePoints(s.ownChars, s.ownCommas);
    if (points === 0) return;
    // A <p>'s points go to the element that holds it; lines loose in a <div> go to the <div>.
    let node: Element | null = PARAGRAPH_TAGS.has(el.name) ? parentElement(el) : el;
    for (let level = 0; node && level < ANCESTOR_LEVELS; level++, node = parentElement(node)) {
      if (!raw.has(node)) raw.set(node, initialScore(node, options));
      raw.set(node, raw.get(node)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  });
  const scores: Scores = new Map();
  for (const [el, score] of raw) scores.set(el, score * (1 - linkDensity(stats.get(el)!)));
  return scores;
}

function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && isElement(p) ? p : null;
}

/** What the tag and the class/id say before any text is counted. */
export function initialScore(el: Element, options: ScoreOptions): number {
  return tagScore(el.name) + (options.useHints ? classWeight(el) : 0);
}

function tagScore(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (tag === 'address' || tag === 'ol' || tag === 'ul' || tag === 'dl' || tag === 'dd' || tag === 'dt' || tag === 'li' || tag === 'form') return -3;
  if (/^h[1-6]$/.test(tag) || tag === 'th') return -5;
  return 0;
}

/** +25 for a content-like class/id, −25 for a furniture-like one (both can apply). */
export function classWeight(el: Element): number {
  const hint = hintOf(el);
  if (hint.trim() === '') return 0;
  let weight = 0;
  if (NEGATIVE_HINT.test(hint)) weight -= CLASS_WEIGHT;
  if (POSITIVE_HINT.test(hint)) weight += CLASS_WEIGHT;
  return weight;
}

/** The best-scored element, the first in document order on a tie. */
export function topCandidate(scores: Scores): Element | undefined {
  let best: Element | undefined;
  let bestScore = -Infinity;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** How many of the best candidates must share an ancestor for it to replace the top one. */
const SHARED_ANCESTOR_VOTES = 3;
/** Candidates scoring at least this share of the top one vote for their ancestors. */
const CLOSE_SCORE = 0.75;
const TOP_CANDIDATES = 5;

/**
 * Readability's corrections to the top candidate: when three of the best candidates score close to
 * it and share an ancestor (entries of a live blog, sections of a long read), that ancestor holds
 * the article; then climb to a parent that scores better, and past only children.
 */
export function climb(top: Element, scores: Scores, scope?: Element): Element {
  let node = sharedAncestor(top, scores) ?? top;
  const topScore = scores.get(node) ?? 0;
  let last = topScore;
  const above = (el: Element) => {
    const parent = parentElement(el);
    const outside = !parent || parent.name === 'body' || (scope !== undefined && el === scope);
    return outside ? null : parent;
  };
  for (let parent = above(node); parent; parent = above(parent)) {
    const score = scores.get(parent);
    if (score === undefined) continue;
    if (score < topScore / 3) break;
    if (score > last) {
      node = parent;
      break;
    }
    last = score;
  }
  for (let parent = above(node); parent && elementChildren(parent).length === 1; parent = above(parent)) node = parent;
  return node;
}

function sharedAncestor(top: Element, scores: Scores): Element | undefined {
  const topScore = scores.get(top) ?? 0;
  const close = [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_CANDIDATES)
    .filter(([el, score]) => el !== top && topScore > 0 && score / topScore >= CLOSE_SCORE)
    .map(([el]) => el);
  if (close.length < SHARED_ANCESTOR_VOTES) return undefined;
  for (let parent = parentElement(top); parent && parent.name !== 'body'; parent = parentElement(parent)) {
    const votes = close.filter((el) => isInside(el, parent)).length;
    if (votes >= SHARED_ANCESTOR_VOTES) return parent;
  }
  return undefined;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function elementChildren(el: Element): Element[] {
  return el.children.filter(isElement);
}
