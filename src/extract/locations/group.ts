/**
 * groupLocations: one group per place name, whatever the case or a leading "the"
 * ("The Bronx" / "the Bronx"); the space station's names already share one canonical name.
 */
import type { NamedMention } from '../types.ts';

export interface LocationGroup {
  name: string;
  mentions: NamedMention[];
}

const key = (name: string) => name.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').toLowerCase();

export function groupLocations(mentions: NamedMention[]): LocationGroup[] {
  const groups = new Map<string, NamedMention[]>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const k = key(m.name);
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  return [...groups.values()].map((ms) => ({ name: ms[0].name, mentions: ms })).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
