/**
 * groupOrganizations: one group per organisation, whatever the spelling: possessives stripped
 * ("NASA's" → NASA), acronym and expansion merged ("NTSB" ↔ "National Transportation Safety
 * Board", also when only compromise found the acronym), and a short name merged into the one
 * longer name of the article that ends with it ("Coast Guard" → "US Coast Guard").
 */
import type { NamedMention } from '../types.ts';
import { norm } from './lexicon.ts';

export interface OrganizationGroup {
  name: string;
  mentions: NamedMention[];
}

const CONNECTORS = /^(?:of|and|for|the|on|&|de|du|des)$/i;

/** Initials of the capitalised words ("National Transportation Safety Board" → "NTSB"). */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !CONNECTORS.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** Key that merges spellings: no possessive, no acronym dots, no "Co."/"Inc.", case-folded. */
const key = (name: string) =>
  norm(name)
    .replace(/,?\s+(?:Co|Inc|Corp|Corporation|Ltd|LLC|plc|Company)\.?$/i, '')
    .toLowerCase();

/** The words without connectors, sorted: "National Transportation and Safety Board" = "National Transportation Safety Board". */
const wordSet = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => !CONNECTORS.test(w))
    .map((w) => w.toLowerCase())
    .sort()
    .join(' ');

export function groupOrganizations(mentions: NamedMention[]): OrganizationGroup[] {
  const byKey = new Map<string, NamedMention[]>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const k = key(m.name);
    byKey.set(k, [...(byKey.get(k) ?? []), m]);
  }
  const names = [...byKey.keys()];
  const target = new Map<string, string>();
  for (const k of names) {
    const ms = byKey.get(k)!;
    const raw = norm(ms[0].name);
    // an acronym joins the one multi-word name whose initials spell it
    const acronymOf = /^[A-Z&]{2,8}$/.test(raw) ? names.filter((o) => o !== k && o.includes(' ') && initials(norm(byKey.get(o)![0].name)) === raw) : [];
    // a short name joins the one longer name ending with it
    const longer = names.filter((o) => o !== k && o.endsWith(' ' + k));
    // the same words with a connector more or less
    const sameWords = names.filter((o) => o < k && o.includes(' ') && wordSet(o) === wordSet(k));
    const into =
      acronymOf.length === 1 ? acronymOf[0] : k.includes(' ') && longer.length === 1 ? longer[0] : sameWords.length ? sameWords[0] : undefined;
    if (into) target.set(k, into);
  }
  const groups = new Map<string, NamedMention[]>();
  for (const k of names) {
    let t = k;
    for (let hops = 0; target.has(t) && hops < 4; hops++) t = target.get(t)!;
    groups.set(t, [...(groups.get(t) ?? []), ...byKey.get(k)!]);
  }
  return [...groups.entries()]
    .map(([k, ms]) => ({ name: norm(byKey.get(k)![0].name), mentions: ms.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
