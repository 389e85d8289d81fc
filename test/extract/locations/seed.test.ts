import { describe, expect, it } from 'vitest';
import { seedDoc } from '../../helpers.ts';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { extractLocations, groupLocations } from '../../../src/extract/locations/index.ts';
import { expectValidSpans } from '../people/helpers.ts';


describe('locations of the seed article', () => {
  const doc = seedDoc();
  const mentions = extractLocations(doc);

  it('every mention quotes the text it points at', () => expectValidSpans(doc, mentions));

  it('finds the station, the cities, the module, the cosmodrome and its country', () => {
    expect(groupLocations(mentions).map((g) => g.name)).toEqual([
      'International Space Station',
      'Russia',
      'Houston',
      'Moscow',
      'Rassvet module',
      'Baikonur Cosmodrome',
      'Kazakhstan',
    ]);
  });

  it('reads "Baikonur Cosmodrome in Kazakhstan" as two places', () => {
    const s = mentions.filter((m) => m.sentence === mentions.find((x) => x.text === 'Kazakhstan')!.sentence);
    expect(s.map((m) => [m.text, m.ruleId])).toEqual([
      ['Moscow', 'location.gazetteer'],
      ['Baikonur Cosmodrome', 'location.facility-suffix'],
      ['Kazakhstan', 'location.gazetteer'],
    ]);
  });

  it('names every alias of the station canonically', () => {
    const station = mentions.filter((m) => m.name === 'International Space Station').map((m) => m.text);
    expect(station).toEqual(['International Space Station', 'orbiting outpost', 'International Space Station', 'space station', 'International Space Station', 'ISS', 'International Space Station']);
  });

  it('takes nothing from promo lines', () => {
    const names = mentions.map((m) => m.name);
    for (const wrong of ['Saudi Arabia', 'Giant Turtle City Worth', 'Pangaea', 'Hawaii', 'China']) expect(names).not.toContain(wrong);
  });
});
