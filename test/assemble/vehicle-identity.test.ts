import { describe, expect, it } from 'vitest';
import { canonical, classesOf, descriptiveName, groupSameVehicle, isSubsequence, nameInside, type Entity } from '../../src/assemble/vehicle-identity.ts';
import type { VehicleMention } from '../../src/extract/types.ts';

let at = 0;
function mention(name: string, kind: VehicleMention['vehicleKind'], ruleId: string, generic = false): VehicleMention {
  at += 10;
  return { kind: 'vehicle', start: at, end: at + name.length, text: name, ruleId, sentence: 0, name, vehicleKind: kind, generic };
}
const named = (name: string, kind: VehicleMention['vehicleKind'] = 'ship', ruleId = 'vehicle.ship-prefix'): Entity => {
  const m = mention(name, kind, ruleId);
  return { key: name, named: m, mentions: [m], stated: true };
};
const generic = (name: string, kind: VehicleMention['vehicleKind']): Entity => {
  const m = mention(name, kind, 'vehicle.generic', true);
  return { key: name, mentions: [m], stated: true };
};
const groups = (es: Entity[]) => groupSameVehicle(es).map((g) => g.map((e) => e.named?.name ?? descriptiveName(e.mentions[0])));

describe('one vehicle, many names', () => {
  it.each([
    [['USS Kestrel Collides', 'USS Kestrel'], 'a headline word glued to the name'],
    [['USS Mary B. Kestrel', 'USS Kestrel'], 'a short form of the name'],
    [['Flight 312', 'Skyways Airlines Flight 312'], 'flight number with and without the airline'],
  ])('%j are one (%s)', (names) => {
    const kind = names[0].includes('Flight') ? 'aircraft' : 'ship';
    expect(groups(names.map((n) => named(n, kind, kind === 'aircraft' ? 'vehicle.flight' : 'vehicle.ship-prefix')))).toEqual([names]);
  });

  it('an aircraft model joins the one flight of the incident, not one of two', () => {
    expect(groups([named('Flight 312', 'aircraft', 'vehicle.flight'), named('Airbus A321', 'aircraft', 'vehicle.designation')])).toEqual([['Flight 312', 'Airbus A321']]);
    const two = [named('Flight 312', 'aircraft', 'vehicle.flight'), named('Flight 77', 'aircraft', 'vehicle.flight'), named('Airbus A321', 'aircraft', 'vehicle.designation')];
    expect(groups(two)).toHaveLength(3);
  });

  it('a description joins the named vehicle of its kind and class', () => {
    expect(groups([named('Northline commuter train', 'train', 'vehicle.operator-train'), generic('the derailed train', 'train'), generic('a commuter train', 'train')])).toEqual([
      ['Northline commuter train', 'train', 'commuter train'],
    ]);
  });

  it('keeps a freight train apart from a passenger train', () => {
    expect(groups([generic('a passenger train', 'train'), generic('a freight train', 'train')])).toHaveLength(2);
    expect(groups([named('Northline passenger train', 'train', 'vehicle.operator-train'), generic('a freight train', 'train')])).toHaveLength(2);
  });

  it('keeps two named vehicles apart, and kinds apart', () => {
    expect(groups([named('MV Alder'), named('MV Birch')])).toHaveLength(2);
    expect(groups([named('Flight 312', 'aircraft', 'vehicle.flight'), generic('a fuel truck', 'road vehicle')])).toHaveLength(2);
  });

  it('drops a rail car of the incident\'s train', () => {
    expect(groups([generic('a commuter train', 'train'), generic('the lead car', 'road vehicle')])).toEqual([['commuter train']]);
    expect(groups([generic('a car', 'road vehicle')])).toEqual([['car']]);
  });
});

describe('helpers', () => {
  it('isSubsequence keeps order', () => {
    expect(isSubsequence(['uss', 'kestrel'], ['uss', 'mary', 'kestrel'])).toBe(true);
    expect(isSubsequence(['kestrel', 'uss'], ['uss', 'kestrel'])).toBe(false);
  });
  it('a bare family word is never inside a designation', () => {
    expect(nameInside(mention('Progress', 'spacecraft', 'vehicle.family-word'), mention('Progress MS-30', 'spacecraft', 'vehicle.designation'))).toBe(false);
  });
  it('descriptiveName strips empty and participle modifiers, not place names', () => {
    expect(['the horrific train', 'the crash-landing jet', 'The New York train', 'the derailed'].map((name) => descriptiveName({ name }))).toEqual([
      'train', 'jet', 'New York train', 'derailed',
    ]);
  });
  it('class families', () => {
    expect([...classesOf('a commuter train')]).toEqual([0]);
    expect([...classesOf('a freight train')]).toEqual([1]);
    expect([...classesOf('the train')]).toEqual([]);
  });
});

describe('canonical name of a group', () => {
  it('prefers a description with a proper word over a part of the train', () => {
    const g = groupSameVehicle([generic('the locomotive', 'train'), generic('the locomotive', 'train'), generic('an Amtrak passenger train', 'train')]);
    expect(g).toHaveLength(1);
    expect(descriptiveName(canonical(g[0]).mentions[0])).toBe('Amtrak passenger train');
  });
});
