import { describe, expect, it } from 'vitest';
import { assembleIncidents } from '../../src/assemble/index.ts';
import { descriptiveName } from '../../src/assemble/vehicles.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { doc } from '../helpers.ts';

function incidents(text: string, published = '2026-08-22') {
  const d = doc(text, published);
  return assembleIncidents(d, extractMentions(d)).map((i) => [i.mention, i.vehicles.map((v) => v.name)]);
}

describe('vehicle participation', () => {
  it('binds a vehicle to the first incident whose statement names it', () => {
    const text = [
      'The destroyer USS Orca collided with the tanker Alder Star on Monday.',
      'Like the USS Kestrel, which was in a collision with a freighter on June 16th, the USS Orca is based in Norfolk.',
      'Damage to the Kestrel and the USS Orca has cut the fleet.',
    ].join('\n');
    expect(incidents(text)).toEqual([
      ['main', ['USS Orca', 'Alder Star']],
      ['background', ['USS Kestrel']],
    ]);
  });

  it('leaves out a vehicle merely mentioned in the incident\'s sentences', () => {
    const text = 'The ferry MV Tarsay caught fire on Monday. The MV Brora carried the passengers home.';
    expect(incidents(text)).toEqual([['main', ['MV Tarsay']]]);
  });
});

describe('descriptiveName', () => {
  it.each([
    ['the entire cargo ship', 'cargo ship'],
    ['a backhoe', 'backhoe'],
  ])('%s → %s', (name, expected) => {
    expect(descriptiveName({ name } as never)).toBe(expected);
  });
});
