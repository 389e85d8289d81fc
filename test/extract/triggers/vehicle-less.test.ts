/** Trigger types of incidents without a vehicle: quakes, shootings, bombings, robberies, piracy… */
import { describe, expect, it } from 'vitest';
import { extractTriggers } from '../../../src/extract/triggers/index.ts';
import { doc, expectSpansExact } from '../../helpers.ts';

const typed = (text: string) => {
  const d = doc(text);
  const ts = extractTriggers(d);
  expectSpansExact(d, ts);
  return ts.filter((t) => t.type).map((t) => [t.text, t.type]);
};

describe('vehicle-less incident triggers', () => {
  it.each([
    ['A strong earthquake struck the coastal province on Monday.', 'earthquake', 'earthquake'],
    ['The quake was felt across the valley.', 'quake', 'earthquake'],
    ['A gunman opened fire in the warehouse office.', 'gunman', 'shooting'],
    ['The clerk was shot dead outside his shop.', 'was shot dead', 'shooting'],
    ['Police said the shooting began just after noon.', 'shooting', 'shooting'],
    ['A petrol bomb was thrown into the post office.', 'petrol bomb', 'bombing'],
    ['The bombing damaged three houses.', 'bombing', 'bombing'],
    ['An airstrike hit the depot overnight.', 'airstrike', 'bombing'],
    ['Masked men carried out a heist at a watch shop.', 'heist', 'robbery'],
    ['Robbers escaped with cash from the kiosk.', 'Robbers', 'robbery'],
    ['Pirates tried to board the tanker at dawn.', 'Pirates', 'piracy'],
    ['A man was stabbed outside the cinema.', 'stabbed', 'stabbing'],
    ['He was charged with murdering his neighbour.', 'murdering', 'killing'],
    ['The hiker fell 200 metres from the ridge.', 'fell 200 metres', 'fall'],
    ['A climber plunged to his death on the glacier.', 'plunged to his death', 'fall'],
    ['A hit-and-run driver left the cyclist on the road.', 'hit-and-run', 'hit-and-run'],
    ['Two undersea cables were cut near the harbour.', 'cables were cut', 'cable cut'],
    ['Riots spread to five towns after the funeral.', 'Riots', 'riot'],
    ['Two hikers have fallen to their deaths in the range.', 'fallen to their deaths', 'fall'],
    ['A walker has fallen 1, 200ft to her death in the park.', 'fallen 1, 200ft to her death', 'fall'],
    ['The skier died after falling about 80 metres into a gully.', 'falling about 80 metres', 'fall'],
    ['Three gunmen made off with the takings of the casino.', 'made off with', 'robbery'],
    ['Users were cut off by a fault on the undersea cable near the coast.', 'fault on the undersea cable', 'cable cut'],
    ['The operator experienced some downtime this morning.', 'experienced some downtime', 'cable cut'],
    ['The jeweller on the square was stormed by three armed robbers.', 'stormed by three armed robbers', 'robbery'],
    ['Severed cables left the islands offline.', 'Severed cables', 'cable cut'],
    ['Thieves took watches worth a fortune.', 'Thieves', 'robbery'],
    ['The clinic was attacked by armed men.', 'attacked', 'attack'],
    ['An internet outage cut the islands off.', 'internet outage', 'cable cut'],
    ['A break in the undersea fibre slowed traffic.', 'break in the undersea fibre', 'cable cut'],
    ['The guide is presumed dead after the storm.', 'presumed dead', 'disappearance'],
    ['Two divers went missing off the reef.', 'went missing', 'disappearance'],
    ['She saw her partner fall from a ridge in the storm.', 'fall from a ridge', 'fall'],
    ['The skier watched his friend plunge to his death.', 'plunge to his death', 'fall'],
    ['Customers reported internet disruption across the region.', 'internet disruption', 'cable cut'],
    ['Two subsea links in the strait failed overnight.', 'links in the strait failed', 'cable cut'],
  ])('%s', (text, word, type) => {
    expect(typed(text)).toContainEqual([word, type]);
  });
});

describe('not vehicle-less incident triggers (negative cases)', () => {
  it.each([
    ['The bomb squad checked the parcel.', 'bombing'],
    ['A bomb technician examined the car.', 'bombing'],
    ['Riot police lined the avenue.', 'riot'],
    ['Share prices fell sharply on Tuesday.', 'fall'],
    ['Profits fell 12, 5 per cent after the merger.', 'fall'],
    ['Snow fell from the roof of the depot.', 'fall'],
    ['The crew finished the shooting script.', 'shooting'],
    ['Power outages were reported in the east.', 'cable cut'],
    ['He was killed in the crash.', 'killing'],
    ['The driver suffered a heart attack at the wheel.', 'attack'],
    ['An attack helicopter flew over the port.', 'attack'],
  ])('%s (no %s)', (text, type) => {
    expect(typed(text).filter(([, t]) => t === type)).toEqual([]);
  });
});
