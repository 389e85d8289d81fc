import { describe, expect, it } from 'vitest';
import { seedDoc } from '../../helpers.ts';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { extractOrganizations, groupOrganizations } from '../../../src/extract/organizations/index.ts';
import { expectValidSpans } from '../people/helpers.ts';


describe('organisations of the seed article', () => {
  const doc = seedDoc();
  const mentions = extractOrganizations(doc);

  it('every mention quotes the text it points at', () => expectValidSpans(doc, mentions));

  it('finds Roscosmos and NASA, possessives stripped', () => {
    expect(groupOrganizations(mentions).map((g) => [g.name, g.mentions.length])).toEqual([
      ['NASA', 5],
      ['Roscosmos', 4],
    ]);
    expect(mentions.every((m) => !/['’]/.test(m.text))).toBe(true);
  });

  it('finds no outlet quoted as a source, no description, no station', () => {
    const texts = mentions.map((m) => m.text);
    for (const wrong of ['ABC News', 'Phys.org', 'Science Times', 'NASA TV', 'ISS', 'Soyuz crew', 'American agency', 'International Space Station systems', 'U']) {
      expect(texts).not.toContain(wrong);
    }
  });
});
