import { describe, expect, it } from 'vitest';
import { sameVehicle, vehicleIdOf, vehicleIds, vehicleRelation } from '../../src/reconcile/vehicles.ts';

describe('vehicleIdOf: what a name says about identity', () => {
  const table: [string, string, string][] = [
    ['Progress MS-37', 'named', 'serial:progress|ms37'],
    ['Soyuz MS-22', 'named', 'serial:soyuz|ms22'],
    ['Train 50', 'named', 'serial:train|50'],
    ['Ribeira Air flight RB1452', 'named', 'serial:flight-rb|rb1452'],
    ['Flight 88', 'named', 'serial:flight|88'],
    ['LN-NLA', 'named', 'reg:lnnla'],
    ['MV Isle of Carra', 'named', 'name:isleofcarra'],
    ['Nordic Meridian', 'named', 'name:nordicmeridian'],
    ['Airbus A320neo', 'model', 'model:airbusa320neo'],
    ['Boeing 737-800', 'model', 'model:boeing737800'],
    ['Progress', 'model', 'model:progress'], // a family word alone
    ['crab boat', 'generic', 'generic:crabboat'],
    ['Amtrak passenger train', 'generic', 'generic:amtrakpassengertrain'],
  ];
  it.each(table)('%s → %s %s', (name, strength, key) => {
    expect(vehicleIdOf(name)).toMatchObject({ strength, key });
  });

  it('keeps only named aliases, each identity once', () => {
    const ids = vehicleIds([{ name: 'Progress MS-37', aliases: ['cargo ship', 'MS-37', 'Progress'] }]);
    expect(ids.map((v) => v.key)).toEqual(['serial:ms|37', 'serial:progress|ms37']);
  });
});

describe('sameVehicle', () => {
  const id = (n: string) => vehicleIdOf(n)!;
  it.each([
    ['Nordic Meridian', 'Nordic Meridien'], // one letter apart, long name
    ['MV Isle of Carra', 'Isle of Carra'],
    ['Progress MS-37', 'Progress MS 37'],
  ])('%s ≡ %s', (a, b) => expect(sameVehicle(id(a), id(b))).toBe(true));
  it.each([
    ['Isle of Carra', 'Isle of Tarsay'],
    ['Progress MS-37', 'Progress MS-38'],
    ['Sea Lark', 'Sea Hawk'], // short names: no typo tolerance
    ['Nordic Meridian', 'Nordic Meridian II'.replace(' II', ' Star')],
  ])('%s ≢ %s', (a, b) => expect(sameVehicle(id(a), id(b))).toBe(false));
});

describe('vehicleRelation', () => {
  const ids = (...names: string[]) => vehicleIds(names.map((name) => ({ name, kind: 'ship' as const, aliases: [] })));
  it('two serials of one family are a conflict', () => {
    expect(vehicleRelation(ids('Progress MS-37'), ids('Progress MS-38')).familyConflicts).toHaveLength(1);
  });
  const named = (name: string, mentions: number) => ({ name, kind: 'spacecraft' as const, aliases: [], evidence: Array(mentions).fill(0) });
  it('a serial named in passing does not make a report of it: the most-named member counts', () => {
    const ms38 = vehicleIds([named('Progress MS-38', 5), named('Progress MS-37', 1)]);
    expect(vehicleRelation(vehicleIds([named('Progress MS-37', 4)]), ms38).familyConflicts.map(([x, y]) => [x.label, y.label])).toEqual([['Progress MS-37', 'Progress MS-38']]);
  });
  it('the same most-named serial is no conflict even when one side names another in passing', () => {
    expect(vehicleRelation(vehicleIds([named('Progress MS-37', 3)]), vehicleIds([named('Progress MS-37', 4), named('Progress MS-38', 1)])).familyConflicts).toEqual([]);
  });
  it('each names one different ship: otherSole', () => {
    expect(vehicleRelation(ids('Isle of Carra'), ids('Isle of Tarsay')).otherSole?.map((v) => v.label)).toEqual(['Isle of Carra', 'Isle of Tarsay']);
  });
  it('no otherSole when one side names two ships', () => {
    expect(vehicleRelation(ids('Isle of Carra'), ids('Isle of Tarsay', 'Sea Lark')).otherSole).toBeNull();
  });
  it('models are shared, not named', () => {
    const rel = vehicleRelation(ids('Airbus A320neo'), ids('Airbus A320neo'));
    expect(rel.shared).toHaveLength(1);
    expect(rel.otherNamed).toBe(false);
  });
});
