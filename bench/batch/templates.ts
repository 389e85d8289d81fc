/**
 * Sentence templates for synthetic incident articles (original prose, fictional operators,
 * people and vessels). `{slot}` is filled from the article's cast; each family has a headline,
 * a lede, and pools of body sentences that a generated article samples from.
 */

export interface Family {
  kind: string;
  vehicles: string[];
  /** Noun for the vehicle ("ferry", "freight train"). */
  noun: string[];
  events: string[];
  headlines: string[];
  ledes: string[];
  body: string[];
}

export const FIRST_NAMES = ['Maren', 'Tobias', 'Ines', 'Kwame', 'Lucia', 'Oren', 'Priya', 'Anders', 'Fatima', 'Jonah', 'Elif', 'Mateo', 'Sunniva', 'Rafael', 'Hana', 'Declan'];
export const SURNAMES = ['Halvorsen', 'Okafor', 'Brandt', 'Moreau', 'Castellano', 'Lindqvist', 'Duarte', 'Nakamura', 'Whitcombe', 'Adeyemi', 'Sorensen', 'Kowalski', 'Ferreira', 'Aldana', 'Voss', 'Marchetti'];
export const ROLES = ['a spokesperson for {operator}', 'the fire chief', 'the harbour master', 'a senior investigator', 'the county sheriff', 'the airport duty manager', 'the regional transport minister', 'a union representative'];
export const OPERATORS = ['Northwind Lines', 'Caldera Rail', 'Bluecrest Air', 'Harbourside Ferries', 'Meridian Freight', 'Solace Coaches', 'Arcadia Orbital', 'Tidewater Shipping'];
export const AGENCIES = ['the National Transportation Safety Board', 'the Marine Accident Investigation Branch', 'the Rail Accident Investigation Branch', 'the coast guard', 'the state police', 'the Federal Aviation Administration', 'the fire department'];
export const PLACES = ['Port Ellery', 'Cobham Junction', 'Lake Varda', 'Redmoor', 'Saltash Bay', 'Kilbride', 'Fenwick County', 'Ostervik', 'Marlow Heights', 'Dunmere'];
export const CAUSES = ['a faulty fuel line', 'a cracked rail', 'strong crosswinds', 'an electrical short in the engine room', 'a failed hydraulic pump', 'driver fatigue', 'ice on the track', 'a software fault in the docking system', 'a worn brake assembly'];
export const CONSEQUENCES = ['the line was closed for two days', 'dozens of passengers were evacuated', 'two crew members were taken to hospital', 'the route was suspended pending inspection', 'fuel leaked into the harbour', 'three people were injured', 'flights were delayed for several hours', 'the operator grounded its fleet of the same type'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const COMMON = [
  'Officials said the {noun} had been inspected {months} months earlier and passed.',
  '"We heard a loud bang and then everything went quiet," said {person2}, who was nearby at the time.',
  '{person} told reporters that the investigation would take several months.',
  'The {noun} was carrying {count} people when the incident began.',
  'Investigators from {agency} arrived at the scene on {weekday} morning.',
  'According to {operator}, {consequence}.',
  'A preliminary report blamed {cause}, though {person} cautioned that it was too early to be sure.',
  'Residents of {place} said they saw smoke rising for most of the afternoon.',
  'The incident is the second involving the {noun} this year.',
  '{operator} said in a statement that it was cooperating fully with {agency}.',
  'Local television showed emergency vehicles lining the road near {place}.',
  'No one was seriously hurt, the authorities said on {weekday}.',
  'The weather at the time was clear, with light winds from the west.',
  'In a similar incident in {month} {yearBefore}, another {noun} operated by {operator} was damaged near {place2}.',
  '{person}, {role}, said crews worked through the night to make the site safe.',
  'Passengers were later taken to {place2} by bus.',
  'The cause of the incident has not yet been determined.',
  'Shares in {operator} fell slightly after the news.',
  'Witnesses described hearing a grinding noise before the {noun} stopped.',
  'The authorities asked the public to avoid the area around {place} until further notice.',
];

export const FAMILIES: Family[] = [
  {
    kind: 'ship',
    vehicles: ['MV Tarn Guardian', 'MV Solent Breeze', 'MV Nordkapp Star', 'MV Harwick Dawn', 'MV Isle of Brora'],
    noun: ['ferry', 'vessel', 'cargo ship'],
    events: ['caught fire', 'ran aground', 'collided with a fishing boat', 'lost power'],
    headlines: ['{vehicle} {event} off {place}', 'Passengers evacuated after {vehicle} {event}', 'Investigation opened after ferry {event} near {place}'],
    ledes: [
      'The {noun} {vehicle} {event} off {place} on {weekday}, {operator} said, forcing the crew to call for help.',
      '{vehicle}, a {noun} operated by {operator}, {event} near {place} early on {weekday}, the coast guard said.',
    ],
    body: [
      'Lifeboats from {place2} reached the {noun} within forty minutes.',
      'The master of the {vehicle} reported smoke in the engine room shortly after leaving port.',
      'The {vehicle} was towed back to {place} by two tugs on {weekday} evening.',
      ...COMMON,
    ],
  },
  {
    kind: 'rail',
    vehicles: ['train 2K47', 'the Coastway Express', 'freight train Q518', 'the Redmoor Sprinter', 'train 1S22'],
    noun: ['train', 'freight train', 'passenger train'],
    events: ['derailed', 'hit a tractor at a level crossing', 'struck a landslide', 'caught fire'],
    headlines: ['{vehicle} {event} near {place}', 'Line closed after {vehicle} {event}', 'Investigators examine how {vehicle} {event}'],
    ledes: [
      'A {noun} operated by {operator} {event} near {place} on {weekday}, officials said.',
      '{vehicle} {event} just outside {place} on {weekday} afternoon, {operator} confirmed.',
    ],
    body: [
      'Four carriages left the track and came to rest on an embankment.',
      'Engineers from {operator} began replacing a damaged section of track on {weekday}.',
      'The driver of the {vehicle} applied the emergency brake but could not stop in time.',
      ...COMMON,
    ],
  },
  {
    kind: 'aircraft',
    vehicles: ['Bluecrest Air Flight 318', 'Flight BC 902', 'Northwind Flight 77', 'Flight ML 4410'],
    noun: ['aircraft', 'jet', 'turboprop'],
    events: ['made a hard landing', 'returned after an engine shutdown', 'skidded off the runway', 'diverted after a smoke warning'],
    headlines: ['{vehicle} {event} at {place}', 'Passengers shaken as {vehicle} {event}', 'Airline reviews procedures after {vehicle} {event}'],
    ledes: [
      '{vehicle} {event} at {place} on {weekday}, the airline said, with {count} people on board.',
      'An {noun} operating {vehicle} {event} at {place} airport late on {weekday}.',
    ],
    body: [
      'The crew declared an emergency about twenty minutes after take-off.',
      'Fire crews met the {noun} on the runway as a precaution.',
      'The {noun} remained on the ground at {place} while engineers examined the landing gear.',
      ...COMMON,
    ],
  },
  {
    kind: 'road',
    vehicles: ['a Solace Coaches bus', 'a tanker truck', 'an electric bus', 'a school bus'],
    noun: ['bus', 'truck', 'coach'],
    events: ['overturned', 'caught fire', 'crashed into a barrier', 'left the road'],
    headlines: ['Bus {event} on highway near {place}', 'Several hurt after coach {event} near {place}', 'Road reopens after truck {event}'],
    ledes: [
      '{vehicle} {event} on the highway near {place} on {weekday}, police said.',
      'Several people were hurt when {vehicle} {event} outside {place} on {weekday} morning.',
    ],
    body: [
      'The driver was treated at the scene for minor injuries.',
      'Both lanes of the highway were closed for most of the day.',
      'Police said speed did not appear to be a factor.',
      ...COMMON,
    ],
  },
  {
    kind: 'space',
    vehicles: ['the Arcadia cargo capsule Meridian-4', 'the Halcyon-2 lander', 'the Progress-class freighter Kestrel-9'],
    noun: ['spacecraft', 'capsule', 'cargo ship'],
    events: ['leaked coolant', 'aborted its docking', 'lost attitude control', 'tipped over after landing'],
    headlines: ['{vehicle} {event}', 'Mission controllers study why {vehicle} {event}', 'Station crew safe after {vehicle} {event}'],
    ledes: [
      '{vehicle} {event} on {weekday}, {operator} said, adding that the station crew was never in danger.',
      'Controllers said {vehicle} {event} shortly after {weekday} midnight, Moscow time.',
    ],
    body: [
      'Telemetry showed pressure in the cooling loop falling over several hours.',
      'The crew closed the hatch to the {noun} as a precaution.',
      'Engineers will decide next week whether the {noun} can still return its cargo.',
      ...COMMON,
    ],
  },
];
