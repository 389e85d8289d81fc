/** Short sentences in aviation, maritime and rail phrasing, end to end. Written for these tests. */
import { describe, expect, it } from 'vitest';
import { extractLocations, groupLocations } from '../../../src/extract/locations/index.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const names = (text: string) => {
  const doc = docOf(text);
  const found = extractLocations(doc);
  expectValidSpans(doc, found);
  return groupLocations(found).map((g) => g.name);
};

describe('locations in aviation, maritime and rail phrasing', () => {
  const rows: [string, string[]][] = [
    ['The Boeing 737 returned to Denver International Airport after the engine cover fell off.', ['Denver International Airport']],
    ['The jet crashed short of the runway at Magong airport on Penghu island, Taiwan.', ['Magong airport', 'Taiwan']],
    ['The ferry lost power in the Strait of Dover and was towed to the Port of Calais.', ['Strait of Dover', 'Port of Calais']],
    ['The container ship collided with the destroyer 56 nautical miles southwest of Yokosuka, Japan.', ['Yokosuka', 'Japan']],
    ['The Metro-North train derailed north of the Spuyten Duyvil station in The Bronx.', ['Spuyten Duyvil station', 'The Bronx']],
    ['Amtrak service between Philadelphia and New York was suspended.', ['Philadelphia', 'New York']],
  ];
  it.each(rows)('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
