/**
 * Author and publication date from the page's byline elements (class/id "byline", "author",
 * "entry-meta"…), read before those elements are removed as furniture. One element's text is cut
 * into segments ("By Jane Doe • Published Jan. 13, 2026 • Updated 4:25 PM"); an "Updated" segment
 * never gives the date; a bare first segment that reads as a name gives the author.
 */
import type { Document, Element } from 'domhandler';
import { BYLINE_ELEMENT_HINT, BYLINE_SEPARATOR, COMMENT_HINT, UPDATE_SEGMENT } from '../../lexicons/boilerplate.ts';
import { parseByline } from '../byline.ts';
import { normalizePublishedDate } from '../dates.ts';
import { hintOf, inlineTextOf, isElement, walkElements } from './dom.ts';

/** Longer texts are article parts or author bios, not bylines. */
const MAX_BYLINE_CHARS = 160;
/** "Jane Doe", "Pieter de Wit": 2–4 words, capitalised apart from particles. */
const NAME = /^\p{Lu}[\p{L}'’.\-]+(?:\s+(?:(?:de|van|von|der|da|del|la|le|bin|al)\s+)?\p{Lu}[\p{L}'’.\-]*){1,3}$/u;

export interface BylineMeta {
  author?: string;
  published?: string;
}

export function readBylineElements(document: Document): BylineMeta {
  const found: BylineMeta = {};
  walkElements(document, (el) => {
    const hint = hintOf(el);
    if (COMMENT_HINT.test(hint)) return false;
    if (!BYLINE_ELEMENT_HINT.test(hint)) return;
    const text = inlineTextOf(el);
    if (text === '' || text.length > MAX_BYLINE_CHARS) return;
    const meta = readBylineText(text, el);
    found.author ??= meta.author;
    found.published ??= meta.published;
    return !(found.author && found.published);
  });
  return found;
}

/** Author and date of one byline element's text. */
export function readBylineText(text: string, el?: Element): BylineMeta {
  const found: BylineMeta = {};
  const segments = text.split(BYLINE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  segments.forEach((segment, i) => {
    if (UPDATE_SEGMENT.test(segment)) return;
    const byline = parseByline(segment);
    found.author ??= byline?.author ?? (i === 0 ? nameOf(segment, el) : undefined);
    found.published ??= byline?.published ?? dateOf(segment);
  });
  return found;
}

/** A segment that is a name, or a name and a place ("Pieter de Wit, Hamburg"). */
function nameOf(segment: string, el?: Element): string | undefined {
  const name = segment.split(',')[0].replace(/^by\s+/i, '').trim();
  if (!NAME.test(name) || normalizePublishedDate(segment)) return undefined;
  // A bare name needs the element to say it is the author, not a date or meta row.
  return el && /author|byline/.test(hintOf(el) + ' ' + parentHint(el)) ? name : undefined;
}

function parentHint(el: Element): string {
  const p = el.parent;
  return p && isElement(p) ? hintOf(p) : '';
}

/** A segment that is a date, or starts with one ("13 March 2026, 10:02 GMT"). */
function dateOf(segment: string): string | undefined {
  const whole = normalizePublishedDate(segment);
  if (whole) return whole;
  const lead = /^(?:on\s+)?(.{6,40}?\d{4})\b/i.exec(segment);
  return (lead && normalizePublishedDate(lead[1])) || undefined;
}
