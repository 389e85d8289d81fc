/**
 * From the top candidate to the article: its siblings that score well enough, or that are plain
 * paragraphs of text with few links, join it (an article split over sibling blocks, with an image
 * or an ad slot between them).
 */
import type { Element } from 'domhandler';
import { inlineTextOf, isElement } from './dom.ts';
import type { Scores } from './score.ts';
import { linkDensity, type NodeStats, type StatsMap } from './stats.ts';

const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
const LONG_PARAGRAPH = 80;
const MIN_SIBLING_PROSE = 100;

export function withSiblings(top: Element, scores: Scores, stats: StatsMap): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
  const picked: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top || joinsTop(sibling, top, topScore, threshold, scores, stats)) picked.push(sibling);
  }
  return picked;
}

/**
 * A sibling made like the top candidate (same class) that holds lines of text with few links: a
 * section of the same article whose text sits too deep to have been scored.
 */
function isProseBlock(s: NodeStats): boolean {
  return s.prose >= MIN_SIBLING_PROSE && linkDensity(s) < 0.25;
}

function joinsTop(sibling: Element, top: Element, topScore: number, threshold: number, scores: Scores, stats: StatsMap): boolean {
  const sameClass = top.attribs.class && sibling.attribs.class === top.attribs.class;
  const score = scores.get(sibling);
  if (score !== undefined && score + (sameClass ? topScore * SIBLING_SHARE : 0) >= threshold) return true;
  if (sameClass && isProseBlock(stats.get(sibling)!)) return true;
  if (sibling.name !== 'p') return false;
  const s = stats.get(sibling)!;
  const density = linkDensity(s);
  if (s.chars > LONG_PARAGRAPH) return density < 0.25;
  return s.chars > 0 && density === 0 && /\.(?: |$)/.test(inlineTextOf(sibling));
}
