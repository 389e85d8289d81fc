import { describe, expect, it } from 'vitest';
import { stripSiteSuffix } from '../../src/ingest/title.ts';

describe('stripSiteSuffix', () => {
  it.each([
    ['Soyuz capsule leaks coolant | Space Daily', undefined, { title: 'Soyuz capsule leaks coolant', site: 'Space Daily' }],
    ['SpaceX launches 40 satellites - BBC News', undefined, { title: 'SpaceX launches 40 satellites', site: 'BBC News' }],
    ['Soyuz capsule leak explained — The Verge', undefined, { title: 'Soyuz capsule leak explained', site: 'The Verge' }],
    ['Leak | Science Times', 'Science Times', { title: 'Leak', site: 'Science Times' }],
    ['Science Times | Uncrewed Russian spacecraft leaks', 'Science Times', { title: 'Uncrewed Russian spacecraft leaks', site: 'Science Times' }],
  ])('%j (site %s)', (raw, site, expected) => {
    expect(stripSiteSuffix(raw, site)).toEqual(expected);
  });

  it.each([
    ['Russia - Ukraine talks resume', undefined],
    ['Soyuz MS-22 leaks coolant', undefined],
    ['Why the leak matters - and what comes next for the station crew', undefined],
    ['Leak | a lowercase tail that is long', undefined],
  ])('keeps %j', (raw, site) => {
    expect(stripSiteSuffix(raw, site)).toEqual({ title: raw });
  });

  it('strict mode strips only the known site name', () => {
    expect(stripSiteSuffix('Soyuz capsule leaks coolant - BBC News', undefined, true)).toEqual({ title: 'Soyuz capsule leaks coolant - BBC News' });
    expect(stripSiteSuffix('Soyuz capsule leaks coolant - BBC News', 'BBC News', true)).toEqual({ title: 'Soyuz capsule leaks coolant', site: 'BBC News' });
  });
});
