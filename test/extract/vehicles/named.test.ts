import { describe, expect, it } from 'vitest';
import { extractVehicles } from '../../../src/extract/vehicles/index.ts';
import { doc, expectSpansExact } from '../../helpers.ts';

const named = (text: string) => {
  const d = doc(text);
  const vs = extractVehicles(d);
  expectSpansExact(d, vs);
  return vs.filter((v) => !v.generic).map((v) => [v.name, v.vehicleKind, v.operator ?? null]);
};

describe('named vehicles', () => {
  it.each([
    ['The Progress MS-21 cargo ship lost coolant.', ['Progress MS-21', 'spacecraft', 'Roscosmos']],
    ['A leak on Soyuz MS 22 was seen.', ['Soyuz MS-22', 'spacecraft', 'Roscosmos']],
    ['Shenzhou-15 landed safely.', ['Shenzhou-15', 'spacecraft', 'CMSA']],
    ['The Cygnus NG-19 freighter arrived.', ['Cygnus NG-19', 'spacecraft', 'Northrop Grumman']],
    ['Alaska Airlines Flight 1282 returned to Portland.', ['Alaska Airlines Flight 1282', 'aircraft', 'Alaska Airlines']],
    ['JAL Flight 516 burned on the runway.', ['JAL Flight 516', 'aircraft', 'JAL']],
    ['Passengers on flight GE222 were killed.', ['Flight GE222', 'aircraft', null]],
    ['The Boeing 737 Max 9 was grounded.', ['Boeing 737 Max 9', 'aircraft', null]],
    ['An Airbus A320neo diverted.', ['Airbus A320neo', 'aircraft', null]],
    ['The ATR 72-600 crashed into the river.', ['ATR 72-600', 'aircraft', null]],
    ['a Dash-8 of the coast guard', ['Dash-8', 'aircraft', null]],
    ['MV Dali lost power.', ['MV Dali', 'ship', null]],
    ['The destroyer USS Carney fired.', ['USS Carney', 'ship', null]],
    ['The tanker Sanchi burned for a week.', ['Sanchi', 'ship', null]],
    ['The container ship Ever Given ran aground.', ['Ever Given', 'ship', null]],
    ['The Ingenuity helicopter broke a blade.', ['Ingenuity', 'aircraft', null]],
    ['Amtrak train 188 derailed.', ['Amtrak train 188', 'train', 'Amtrak']],
    ['NJ Transit train #1614 crashed into the terminal.', ['NJ Transit train 1614', 'train', 'NJ Transit']],
    ['Amtrak 89 hit a backhoe.', ['Amtrak train 89', 'train', 'Amtrak']],
    ['A Tesla Model Y caught fire.', ['Tesla Model Y', 'road vehicle', null]],
  ])('%s', (text, expected) => {
    expect(named(text)).toContainEqual(expected);
  });
});

describe('not named vehicles (negative cases)', () => {
  it.each([
    ['He made progress on the repairs.'],
    ['The company sold 737 seats on the route.'],
    ['The Russian cargo ship docked.'],
    ['The ship Saturday docked at the port.'],
    ['Train 12 staff to handle the new system.'],
    ['Ford said the recall was voluntary.'],
    ['The NASA capsule splashed down.'],
    ['She boarded a flight to Lisbon.'],
    ['The MS-DOS computer crashed.'],
    ['Tickets cost $320 each.'],
  ])('%s', (text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('names with joiners and generic phrases with clauses', () => {
  it('keeps "of" inside a ship name', () => {
    expect(named('The MV Isle of Carra lost power.')).toContainEqual(['MV Isle of Carra', 'ship', null]);
  });
  it('does not read "a mile behind the bus" as a vehicle phrase', () => {
    const d = doc('A car was a mile behind the bus when it rolled.');
    expect(extractVehicles(d).map((v) => v.text)).not.toContain('mile behind the bus');
  });
});

describe('aircraft and car models as business news writes them', () => {
  it.each([
    ['The carrier ordered ten Boeing 777s and six A350s.', [['Boeing 777', 'aircraft', null], ['A350', 'aircraft', null]]],
    ["Qantas will retire one of its A380's next year.", [['A380', 'aircraft', null]]],
    ['Boeing delivered the final 717 to a US airline, ending the long-range 777 rivalry.', [['Boeing 717', 'aircraft', null], ['Boeing 777', 'aircraft', null]]],
    ['Boeing renamed the 7E7 as the Dreamliner.', [['Boeing 7E7', 'aircraft', null], ['Dreamliner', 'aircraft', null]]],
    ['Sales of the Ford Focus fell, and the Focus will be redesigned.', [['Ford Focus', 'road vehicle', null], ['Ford Focus', 'road vehicle', null]]],
    ['Dealers stopped selling the Nissan Juke, Qashqai and Micra.', [['Nissan Juke', 'road vehicle', null], ['Nissan Qashqai', 'road vehicle', null], ['Nissan Micra', 'road vehicle', null]]],
    ['The Honda Civic Type R is a hatchback.', [['Honda Civic', 'road vehicle', null]]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    ['The airline hired 737 pilots last year.'], // no maker named: a number
    ['Boeing cut 737 jobs and spent $787 million.'], // quantities after the maker
    ['Ford Motor Company said sales fell.'],
    ['Harrison Ford Tuesday praised the film.'],
    ['The Ford CEO met Toyota Chairman Akio Toyoda.'],
  ])('no model: %s', (text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('a bare model number takes the fuller designation said before it', () => {
  it('"a Boeing 737-800 … The 737 crew" is the 737-800', () => {
    expect(named('The jet, a Boeing 737-800, stopped. The 737 crew rejected the takeoff.')).toEqual([
      ['Boeing 737-800', 'aircraft', null],
      ['Boeing 737-800', 'aircraft', null],
    ]);
  });
});

describe('aircraft by maker (vehicle.aircraft-maker)', () => {
  it.each([
    ['The airline flies a Fokker 100 to the islands.', [['Fokker 100', 'aircraft', null]]],
    ['The squadron retired its Hawker HS-748 fleet.', [['Hawker HS-748', 'aircraft', null]]],
    ['A Dornier TurboStar landed short.', [['Dornier TurboStar', 'aircraft', null]]],
    ['The Airbus 380 will wear the new livery.', [['Airbus 380', 'aircraft', null]]], // the A380, spelled as a number
    ['Boeing 787 "Dreamliner" makes its first flight.', [['Boeing 787 "Dreamliner"', 'aircraft', null]]], // one name, quotes and all
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    ['Boeing and Lockheed Martin bid for the tanker.'], // "Lockheed Martin" is a maker
    ['Boeing Commercial Airplanes cut jobs.'], // the company
    ['Airbus 2009 deliveries rose.'], // a year
    ['Douglas Aircraft built the plant.'], // the company (capital A)
    ['International car company DaimlerChrysler cut jobs.'], // a business, not a car
  ])('no named aircraft or car: %s', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('reads maker + aircraft noun as a reference to that maker\'s aircraft', () => {
    const d = doc('The airline ordered six A330s. The Airbus jets arrive in May, after two Boeing jets left.');
    const vs = extractVehicles(d);
    const refs = vs.filter((v) => v.ruleId === 'vehicle.aircraft-maker');
    expect(refs.map((v) => [v.text, v.generic, v.family])).toEqual([['Airbus jets', true, 'Airbus'], ['Boeing jets', true, 'Boeing']]);
    expect(vs[refs[0].refersTo!].name).toBe('A330'); // Airbus family: the A330
    expect(refs[1].refersTo).toBeUndefined(); // no Boeing named
  });
});
