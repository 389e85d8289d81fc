/**
 * Vehicle vocabulary: designation families, ship prefixes, type nouns and makers.
 * Everything a vehicle rule knows lives here; the rules in src/extract/vehicles/ only
 * compile and apply it. Adding a family is one entry, never a new code path.
 *
 * Patterns are regular-expression *sources* (no flags); they are compiled once, longest
 * alternatives first, and always matched on word boundaries.
 */
import type { VehicleKind } from '../schema/index.ts';

export interface DesignationFamily {
  /** Family name as printed ("Progress", "Boeing 737"). */
  family: string;
  kind: VehicleKind;
  /** Regex source for the whole designation, e.g. "Progress MS-29". */
  pattern: string;
  /** Default operator when the text names none. */
  operator?: string;
  /** A bare family word that refers to a member of the family ("the Soyuz"). */
  familyWord?: string;
  /**
   * A bare model number ("787", "the 7E7") that names the family only where its maker is
   * named earlier in the same article ("Boeing … the final 717"); elsewhere it is a number.
   */
  bare?: { pattern: string; maker: string };
  note?: string;
}

/** Spacecraft, launchers, landers: named by family + serial or mission number. */
export const spacecraftFamilies: DesignationFamily[] = [
  { family: 'Progress', kind: 'spacecraft', pattern: String.raw`Progress\s+(?:MS|M)-?\s?\d{1,3}M?`, operator: 'Roscosmos', familyWord: 'Progress',
    note: '"progress" is a common noun: only the designation form counts, or the family word right after "the" with a capital P' },
  { family: 'Soyuz', kind: 'spacecraft', pattern: String.raw`Soyuz\s+(?:MS|TMA|TM|T)-?\s?\d{1,3}M?`, operator: 'Roscosmos', familyWord: 'Soyuz' },
  { family: 'Shenzhou', kind: 'spacecraft', pattern: String.raw`Shenzhou[- ]\d{1,2}`, operator: 'CMSA', familyWord: 'Shenzhou' },
  { family: 'Tianzhou', kind: 'spacecraft', pattern: String.raw`Tianzhou[- ]\d{1,2}`, operator: 'CMSA', familyWord: 'Tianzhou' },
  { family: 'Dragon', kind: 'spacecraft', pattern: String.raw`(?:Crew|Cargo)\s+Dragon(?:\s+(?:capsule|spacecraft))?|Dragon\s+CRS-\d{1,3}|CRS-\d{1,3}`, operator: 'SpaceX', familyWord: 'Dragon' },
  { family: 'Cygnus', kind: 'spacecraft', pattern: String.raw`Cygnus(?:\s+NG-\d{1,3})?|NG-\d{2}\s+Cygnus`, operator: 'Northrop Grumman', familyWord: 'Cygnus' },
  { family: 'Starliner', kind: 'spacecraft', pattern: String.raw`(?:CST-100\s+)?Starliner`, operator: 'Boeing', familyWord: 'Starliner' },
  { family: 'Orion', kind: 'spacecraft', pattern: String.raw`Orion\s+(?:capsule|spacecraft)`, operator: 'NASA' },
  { family: 'HTV', kind: 'spacecraft', pattern: String.raw`HTV-(?:X)?\d{1,2}`, operator: 'JAXA' },
  { family: 'Starship', kind: 'spacecraft', pattern: String.raw`Starship(?:\s+(?:Flight\s+\d{1,2}|S\d{2,3}|prototype))?`, operator: 'SpaceX', familyWord: 'Starship' },
  { family: 'Falcon', kind: 'spacecraft', pattern: String.raw`Falcon\s+(?:9|Heavy)(?:\s+rocket)?`, operator: 'SpaceX' },
  { family: 'New Shepard', kind: 'spacecraft', pattern: String.raw`New\s+Shepard(?:\s+NS-\d{1,2})?`, operator: 'Blue Origin' },
  { family: 'Ariane', kind: 'spacecraft', pattern: String.raw`Ariane\s+[56]`, operator: 'Arianespace' },
  { family: 'Vega', kind: 'spacecraft', pattern: String.raw`Vega(?:-C|\s+C)\b`, operator: 'Arianespace' },
  { family: 'SpaceShipTwo', kind: 'spacecraft', pattern: String.raw`SpaceShip(?:Two|Three)|VSS\s+[A-Z][a-z]+`, operator: 'Virgin Galactic' },
  { family: 'Chandrayaan', kind: 'spacecraft', pattern: String.raw`Chandrayaan-\d`, operator: 'ISRO' },
  { family: 'Luna', kind: 'spacecraft', pattern: String.raw`Luna[- ]\d{2}`, operator: 'Roscosmos' },
];

/** Aircraft types: maker + model. Bare numbers ("737") only with a suffix that makes them a type. */
export const aircraftFamilies: DesignationFamily[] = [
  { family: 'Boeing 7x7', kind: 'aircraft', pattern: String.raw`Boeing\s+7[0-8]7(?:-\d{1,3}[A-Z]{0,2})?(?:\s+(?:MAX|Max)(?:\s?\d{1,2})?)?(?:\s+["“]?Dreamliner["”]?)?|7[0-8]7(?:-\d00[A-Z]{0,2}|\s+(?:MAX|Max)(?:\s?\d{1,2})?|\s+["“]?Dreamliner["”]?)|Dreamliner`,
    bare: { pattern: String.raw`7[0-8]7(?:-\d{1,3}[A-Z]{0,2})?|7[Ee]7`, maker: 'Boeing' },
    note: 'a bare "737" is a number: it counts after "Boeing", with a -800/MAX/Dreamliner suffix (quoted or not: the 787 "Dreamliner"), or (bare) once Boeing is named; "Dreamliner" alone is the 787' },
  { family: 'Boeing other', kind: 'aircraft', pattern: String.raw`Boeing\s+(?:KC-46|C-17|P-8|E-\d)` },
  { family: 'Airbus A3xx', kind: 'aircraft', pattern: String.raw`(?:Airbus\s+)?A3[0-8]\d(?:-\d{3}(?:neo|ceo)?|neo|ceo)?(?:\s?(?:XLR|LR))?|Airbus\s+3[0-8]\d(?![\d,.])`,
    note: 'A300-A380, also written "Airbus 380"; "A3" paper sizes do not reach three digits' },
  { family: 'Airbus other', kind: 'aircraft', pattern: String.raw`Airbus\s+(?:Beluga(?:XL)?|A400M|H\d{3}|Helicopters\s+H\d{3})` },
  { family: 'ATR', kind: 'aircraft', pattern: String.raw`ATR[- ]?(?:42|72)(?:-\d{3})?` },
  { family: 'Embraer', kind: 'aircraft', pattern: String.raw`Embraer\s+(?:E|ERJ[- ]?|EMB[- ]?)?\d{3}(?:-E2)?|E1[79]5(?:-E2)?|ERJ-\d{3}` },
  { family: 'Bombardier', kind: 'aircraft', pattern: String.raw`(?:Bombardier\s+)?CRJ[- ]?\d{3,4}|Bombardier\s+(?:Global|Challenger)\s+\d{3,4}` },
  { family: 'Dash 8', kind: 'aircraft', pattern: String.raw`(?:De\s+Havilland\s+(?:Canada\s+)?)?(?:Dash[- ]8(?:-\d{3}|-Q\d{3})?|DHC-\d(?:\s+Twin\s+Otter)?)|Q400` },
  { family: 'Cessna', kind: 'aircraft', pattern: String.raw`Cessna\s+\d{3}[A-Z]?(?:\s+(?:Skyhawk|Caravan|Citation|Skylane|Centurion))?|Cessna\s+(?:Citation|Caravan)(?:\s+[A-Z0-9]+)?` },
  { family: 'Piper', kind: 'aircraft', pattern: String.raw`Piper\s+(?:PA-\d{2}|Cherokee|Archer|Seneca|Malibu|Navajo|Cub|Comanche|Aztec|Saratoga)` },
  { family: 'Beechcraft', kind: 'aircraft', pattern: String.raw`Beech(?:craft)?\s+(?:King\s+Air|Bonanza|Baron|\d{3,4})` },
  { family: 'Gulfstream', kind: 'aircraft', pattern: String.raw`Gulfstream\s+(?:G\d{3}|[IVX]+)` },
  { family: 'Learjet', kind: 'aircraft', pattern: String.raw`Learjet\s+\d{2}` },
  { family: 'McDonnell Douglas', kind: 'aircraft', pattern: String.raw`(?:McDonnell\s+Douglas\s+)?(?:MD|DC)-\d{1,2}(?:-\d{2})?` },
  { family: 'Sukhoi', kind: 'aircraft', pattern: String.raw`Sukhoi\s+(?:Superjet\s+100|Su-\d{2})` },
  { family: 'Comac', kind: 'aircraft', pattern: String.raw`Comac\s+(?:C9\d9|ARJ21)` },
  { family: 'Tupolev/Antonov/Ilyushin', kind: 'aircraft', pattern: String.raw`(?:Tupolev\s+)?Tu-\d{3}|(?:Antonov\s+)?An-\d{2,3}|(?:Ilyushin\s+)?Il-\d{2}` },
  { family: 'Helicopters', kind: 'aircraft', pattern: String.raw`Sikorsky\s+(?:S-\d{2}|UH-60|CH-53)|(?:UH-60\s+)?Black\s+Hawk|Bell\s+\d{3}|Robinson\s+R\d{2}|(?:AgustaWestland|Leonardo)\s+AW\d{3}|Eurocopter\s+[A-Z]{2}\s?\d{3}` },
  { family: 'Military aircraft', kind: 'aircraft', pattern: String.raw`(?:Lockheed\s+)?C-130[A-Z]?(?:\s+Hercules)?|F-(?:15|16|18|22|35)[A-Z]?|(?:MV|CV)-22(?:B)?\s+Osprey|V-22\s+Osprey|B-52|KC-135` },
];

/**
 * Flights: "Alaska Airlines Flight 1282", "JAL Flight 516", "flight GE222".
 * The airline, when written before "Flight", becomes the operator.
 */
export const flightPattern = String.raw`(?<airline>(?:[A-Z][\w&'.-]*\s){0,3})?[Ff]light\s+(?<number>(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])?\s?\d{1,4})\b`;

/** Words that cannot be (part of) an airline name before "Flight". */
export const notAirlineWords = [
  'The', 'A', 'An', 'On', 'In', 'At', 'Of', 'And', 'But', 'For', 'Its', 'His', 'Her', 'Their', 'That', 'This',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Aboard', 'When', 'After', 'Before',
];

/**
 * Ship name prefixes. "MS" is also a spacecraft series ("Progress MS-29"): the prefix must be
 * followed by a space and a capitalised word, never a hyphen.
 */
export const shipPrefixes = [
  'MV', 'M/V', 'MS', 'M/S', 'MT', 'M/T', 'SS', 'RMS', 'USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'ROKS',
  'JS', 'RV', 'R/V', 'FV', 'F/V', 'SY', 'CCGS', 'KRI', 'BRP', 'TCG', 'RFA', 'HNLMS', 'FS', 'ITS', 'LNG',
];

/**
 * Type nouns: generic references ("the vessel") and the head nouns of "the tanker Sanchi".
 * `kinds` lists every kind the noun can refer to ("cargo ship" is also a spacecraft in orbit).
 */
export interface TypeNoun {
  noun: string;
  kinds: VehicleKind[];
  /** May precede a proper name ("the tanker Sanchi", "the lander Odysseus"). */
  namesFollow?: boolean;
  /** May follow a proper name ("the Ingenuity helicopter", "the Peregrine lander"). */
  namesPrecede?: boolean;
}

export const typeNouns: TypeNoun[] = [
  // spacecraft
  { noun: 'spacecraft', kinds: ['spacecraft'], namesPrecede: true },
  { noun: 'space capsule', kinds: ['spacecraft'] },
  { noun: 'crew capsule', kinds: ['spacecraft'] },
  { noun: 'capsule', kinds: ['spacecraft'], namesPrecede: true },
  { noun: 'crew ship', kinds: ['spacecraft'] },
  { noun: 'supply ship', kinds: ['spacecraft', 'ship'] },
  { noun: 'supply spacecraft', kinds: ['spacecraft'] },
  { noun: 'cargo spacecraft', kinds: ['spacecraft'] },
  { noun: 'cargo craft', kinds: ['spacecraft'] },
  { noun: 'cargo ship', kinds: ['ship', 'spacecraft'], namesFollow: true },
  { noun: 'freighter', kinds: ['ship', 'spacecraft'], namesFollow: true },
  { noun: 'space freighter', kinds: ['spacecraft'] },
  { noun: 'craft', kinds: ['spacecraft', 'ship', 'aircraft'] },
  { noun: 'lander', kinds: ['spacecraft'], namesFollow: true, namesPrecede: true },
  { noun: 'lunar lander', kinds: ['spacecraft'], namesPrecede: true },
  { noun: 'rover', kinds: ['spacecraft'], namesFollow: true, namesPrecede: true },
  { noun: 'probe', kinds: ['spacecraft'], namesPrecede: true },
  { noun: 'rocket', kinds: ['spacecraft'], namesPrecede: true },
  { noun: 'booster', kinds: ['spacecraft'] },
  { noun: 'space plane', kinds: ['spacecraft'] },
  { noun: 'spaceplane', kinds: ['spacecraft'] },
  { noun: 'Mars helicopter', kinds: ['spacecraft'] },
  // aircraft
  { noun: 'plane', kinds: ['aircraft'] },
  { noun: 'airplane', kinds: ['aircraft'] },
  { noun: 'aeroplane', kinds: ['aircraft'] },
  { noun: 'aircraft', kinds: ['aircraft'] },
  { noun: 'airliner', kinds: ['aircraft'] },
  { noun: 'jetliner', kinds: ['aircraft'] },
  { noun: 'jet', kinds: ['aircraft'] },
  { noun: 'passenger jet', kinds: ['aircraft'] },
  { noun: 'turboprop', kinds: ['aircraft'] },
  { noun: 'helicopter', kinds: ['aircraft', 'spacecraft'], namesPrecede: true },
  { noun: 'seaplane', kinds: ['aircraft'] },
  { noun: 'cargo plane', kinds: ['aircraft'] },
  { noun: 'superjumbo', kinds: ['aircraft'] },
  { noun: 'jumbo jet', kinds: ['aircraft'] },
  // ships
  { noun: 'ship', kinds: ['ship'] },
  { noun: 'vessel', kinds: ['ship'], namesFollow: true },
  { noun: 'boat', kinds: ['ship'] },
  { noun: 'tanker', kinds: ['ship', 'road vehicle'], namesFollow: true },
  { noun: 'oil tanker', kinds: ['ship'], namesFollow: true },
  { noun: 'chemical tanker', kinds: ['ship'], namesFollow: true },
  { noun: 'container ship', kinds: ['ship'], namesFollow: true },
  { noun: 'containership', kinds: ['ship'], namesFollow: true },
  { noun: 'bulk carrier', kinds: ['ship'], namesFollow: true },
  { noun: 'car carrier', kinds: ['ship'], namesFollow: true },
  { noun: 'ferry', kinds: ['ship'], namesFollow: true },
  { noun: 'cruise ship', kinds: ['ship'], namesFollow: true },
  { noun: 'liner', kinds: ['ship'] },
  { noun: 'trawler', kinds: ['ship'], namesFollow: true },
  { noun: 'fishing boat', kinds: ['ship'] },
  { noun: 'fishing vessel', kinds: ['ship'] },
  { noun: 'destroyer', kinds: ['ship'], namesFollow: true },
  { noun: 'frigate', kinds: ['ship'], namesFollow: true },
  { noun: 'warship', kinds: ['ship'], namesFollow: true },
  { noun: 'cruiser', kinds: ['ship'], namesFollow: true },
  { noun: 'submarine', kinds: ['ship'], namesFollow: true },
  { noun: 'aircraft carrier', kinds: ['ship'], namesFollow: true },
  { noun: 'patrol boat', kinds: ['ship'] },
  { noun: 'tugboat', kinds: ['ship'] },
  { noun: 'tug', kinds: ['ship'] },
  { noun: 'barge', kinds: ['ship'] },
  { noun: 'yacht', kinds: ['ship'], namesFollow: true },
  { noun: 'dredger', kinds: ['ship'], namesFollow: true },
  { noun: 'icebreaker', kinds: ['ship'], namesFollow: true },
  { noun: 'research vessel', kinds: ['ship'], namesFollow: true },
  { noun: 'merchant ship', kinds: ['ship'] },
  { noun: 'freight ship', kinds: ['ship'] },
  // trains
  { noun: 'train', kinds: ['train'] },
  { noun: 'passenger train', kinds: ['train'] },
  { noun: 'commuter train', kinds: ['train'] },
  { noun: 'freight train', kinds: ['train'] },
  { noun: 'cargo train', kinds: ['train'] },
  { noun: 'high-speed train', kinds: ['train'] },
  { noun: 'locomotive', kinds: ['train'] },
  { noun: 'tram', kinds: ['train'] },
  { noun: 'streetcar', kinds: ['train'] },
  { noun: 'subway train', kinds: ['train'] },
  { noun: 'metro train', kinds: ['train'] },
  // road vehicles
  { noun: 'bus', kinds: ['road vehicle'] },
  { noun: 'school bus', kinds: ['road vehicle'] },
  { noun: 'tour bus', kinds: ['road vehicle'] },
  { noun: 'coach', kinds: ['road vehicle'] },
  { noun: 'minibus', kinds: ['road vehicle'] },
  { noun: 'truck', kinds: ['road vehicle'] },
  { noun: 'lorry', kinds: ['road vehicle'] },
  { noun: 'tanker truck', kinds: ['road vehicle'] },
  { noun: 'fuel tanker', kinds: ['road vehicle', 'ship'] },
  { noun: 'tractor-trailer', kinds: ['road vehicle'] },
  { noun: 'semi-truck', kinds: ['road vehicle'] },
  { noun: 'fire truck', kinds: ['road vehicle'] },
  { noun: 'fire engine', kinds: ['road vehicle'] },
  { noun: 'ambulance', kinds: ['road vehicle'] },
  { noun: 'SUV', kinds: ['road vehicle'] },
  { noun: 'van', kinds: ['road vehicle'] },
  { noun: 'car', kinds: ['road vehicle'] },
  { noun: 'pickup truck', kinds: ['road vehicle'] },
  { noun: 'pickup', kinds: ['road vehicle'] },
  { noun: 'sedan', kinds: ['road vehicle'] },
  { noun: 'motorcycle', kinds: ['road vehicle'] },
  { noun: 'backhoe', kinds: ['road vehicle'] },
  { noun: 'bulldozer', kinds: ['road vehicle'] },
  { noun: 'taxi', kinds: ['road vehicle'] },
];

/** Road-vehicle makers: "<Maker> <Model>" or "<Maker> <type noun>" ("a Mercedes SUV"). */
export const roadMakers = [
  'Tesla', 'Ford', 'Toyota', 'Honda', 'Nissan', 'Chevrolet', 'Chevy', 'GMC', 'Dodge', 'Ram', 'Jeep', 'Chrysler',
  'Mercedes', 'Mercedes-Benz', 'BMW', 'Audi', 'Volkswagen', 'VW', 'Volvo', 'Hyundai', 'Kia', 'Subaru', 'Mazda',
  'Lexus', 'Porsche', 'Land Rover', 'Range Rover', 'Peugeot', 'Renault', 'Fiat', 'Scania', 'MAN', 'Iveco',
  'Freightliner', 'Peterbilt', 'Kenworth', 'Mack', 'Navistar', 'International', 'Greyhound', 'Caterpillar',
];

/**
 * Car brands whose "<Brand> <Capitalised word>" is a model ("Ford Taurus", "Saturn Sky").
 * Left out on purpose: brands that are everyday words or names (Mercury, Lincoln, Seat, Smart,
 * Mini, Jaguar), and truck makers and fleet operators (Mack, International, Greyhound).
 */
export const carBrands = [
  'Tesla', 'Ford', 'Toyota', 'Honda', 'Nissan', 'Chevrolet', 'Chevy', 'Dodge', 'Jeep', 'Chrysler', 'Mercedes',
  'Mercedes-Benz', 'BMW', 'Audi', 'Volkswagen', 'VW', 'Volvo', 'Hyundai', 'Kia', 'Subaru', 'Mazda', 'Lexus', 'Porsche',
  'Peugeot', 'Renault', 'Fiat', 'Saturn', 'Pontiac', 'Buick', 'Cadillac', 'Opel', 'Vauxhall', 'Holden', 'Hummer',
  'Saab', 'Citroen', 'Citroën', 'Skoda', 'Mitsubishi', 'Suzuki', 'Isuzu', 'Daewoo',
];

/**
 * Capitalised words after a road maker that are not a model: the company, its people and
 * places ("Ford Motor Company", "Ford CEO", "Chrysler Group", "Toyota City").
 */
export const notRoadModels = [
  'Motor', 'Motors', 'Motor Company', 'Company', 'Co', 'Corp', 'Corporation', 'Group', 'Inc', 'Holdings', 'Credit',
  'Financial', 'Foundation', 'Fund', 'Holding', 'Chairman', 'CEO', 'President', 'Chief', 'Executive', 'Vice', 'Director', 'Field',
  'Center', 'Centre', 'Hospital', 'Museum', 'Stadium', 'Arena', 'Plant', 'Factory', 'Dealers', 'Dealer', 'Europe',
  'America', 'North', 'Australia', 'Canada', 'Japan', 'China', 'UK', 'US', 'Germany', 'India', 'City', 'Racing',
  'Team', 'Division', 'Unit', 'Brand', 'Board', 'Union', 'Workers', 'The', 'And', 'Or', 'To', 'In', 'On', 'At', 'For',
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
];

/** Road model names that follow a maker ("Model Y", "F-150", "Camry"). Generic shapes are in the rule. */
export const roadModelPattern = String.raw`Model\s+[3SXY]|Cybertruck|F-\d{3}|E-Class|C-Class|S-Class|Sprinter|Transit|Camry|Corolla|Prius|Civic|Accord|Explorer|Escape|Mustang|Silverado|Tahoe|Suburban|Wrangler|Cherokee|Grand\s+Cherokee|Outback|CR-V|RAV4|Golf|Passat|Jetta|XC\d{2}|X[1-7]|Q[3-8]|Leaf|Altima`;

/** Rail operators whose name + "train" or + number names a train ("Amtrak train 66", "Amtrak 66"). */
export const railOperators = [
  'Amtrak', 'Metro-North', 'LIRR', 'Long Island Rail Road', 'NJ Transit', 'SEPTA', 'Metrolink', 'Caltrain', 'BNSF',
  'Union Pacific', 'CSX', 'Norfolk Southern', 'Canadian National', 'CN', 'CP', 'VIA Rail', 'Deutsche Bahn', 'DB',
  'SNCF', 'Renfe', 'Trenitalia', 'ÖBB', 'SBB', 'Network Rail', 'Avanti West Coast', 'Southern', 'Southeastern',
  'ScotRail', 'Eurostar', 'JR East', 'JR West', 'JR Central', 'Korail', 'Indian Railways', 'PKP', 'Hellenic Train',
  'Brightline', 'MARTA', 'BART', 'CTA', 'MBTA',
];

/** Named train services ("the Acela", "a Northeast Regional train"). */
export const trainServices = [
  'Acela', 'Northeast Regional', 'Empire Builder', 'Coast Starlight', 'Southwest Chief', 'Cascades', 'Thalys',
  'TGV', 'ICE', 'Shinkansen', 'Frecciarossa', 'Intercity', 'InterCity', 'Eurostar', 'Sapsan', 'AVE',
];

/** Demonyms and other capitalised modifiers that are never a vessel's name ("the Russian cargo ship"). */
export const notVehicleNames = [
  'Russian', 'American', 'Chinese', 'Japanese', 'British', 'French', 'German', 'Italian', 'Spanish', 'Greek',
  'Turkish', 'Indian', 'Iranian', 'Israeli', 'Korean', 'South', 'North', 'Norwegian', 'Danish', 'Dutch', 'Swedish',
  'Finnish', 'Polish', 'Ukrainian', 'Canadian', 'Mexican', 'Brazilian', 'Australian', 'Panamanian', 'Liberian',
  'Maltese', 'Singaporean', 'Philippine', 'Filipino', 'Indonesian', 'Malaysian', 'Egyptian', 'Saudi', 'Emirati',
  'European', 'Asian', 'African', 'Portuguese', 'Irish', 'Scottish', 'Welsh', 'Belgian', 'Swiss', 'Austrian',
  'Navy', 'Coast', 'Guard', 'US', 'U.S.', 'UK', 'Royal', 'The', 'A', 'An', 'This', 'That', 'Its', 'Their',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Uncrewed', 'Unmanned', 'Crewed', 'Manned', 'Robotic',
];


/**
 * Aircraft makers: "<maker> <designation>" ("Fokker 100", "Saab 340"), "<maker> <model name>"
 * ("Lockheed TriStar"), "<maker> <aircraft noun>" ("an Airbus superjumbo", "Boeing jets": a
 * reference resolved to a named aircraft of that maker). The whole category, not the makers one
 * story names. Traps: "Bell" and "Robinson" are surnames and "Piper" a first name: each needs a
 * designation, a model or a lowercase aircraft noun right after it ("Bell helicopter"); "Douglas
 * Aircraft" (capital A) is the company.
 */
export const aircraftMakers = [
  'Boeing', 'Airbus', 'Embraer', 'Bombardier', 'ATR', 'Cessna', 'Piper', 'Beechcraft', 'Gulfstream', 'Learjet',
  'McDonnell Douglas', 'Douglas', 'Lockheed', 'Lockheed Martin', 'Sukhoi', 'Comac', 'Tupolev', 'Antonov', 'Ilyushin',
  'Yakovlev', 'Beriev', 'Sikorsky', 'Fokker', 'Dassault', 'De Havilland', 'de Havilland', 'Pilatus', 'Saab', 'Bell',
  'Robinson', 'Eurocopter', 'AgustaWestland', 'Leonardo', 'Dornier', 'Convair', 'Vickers', 'Hawker', 'Grumman',
  'Northrop Grumman', 'Britten-Norman', 'Mitsubishi', 'Kawasaki', 'Cirrus', 'Mooney', 'Textron', 'Daher', 'Socata',
];

/** Capitalised words after an aircraft maker that are the company or its parts, not a model. */
export const notAircraftModels = [
  'Aerospace', 'Industrie', 'Industries', 'Commercial', 'Airplanes', 'Aircraft', 'Aviation', 'Defense', 'Defence',
  'Helicopters', 'Space', 'Military', 'Business', 'Jets', 'Capital', 'Global', 'Services', 'Systems', 'Executive',
  'Airbus', 'Boeing',
];

// ── Vehicle identity in an incident (read by src/assemble/vehicle-identity.ts) ──

/**
 * Lower-case adjectives that say nothing about which vehicle it is: "the entire cargo ship",
 * "the horrific train", "the derailed train". Stripped from descriptive names.
 * Trap: matched case-sensitively, so "the New York train" keeps its "New".
 */
export const emptyVehicleModifiers = [
  'entire', 'whole', 'same', 'other', 'damaged', 'stricken', 'crippled', 'ill-fated', 'doomed', 'first', 'second',
  'new', 'old', 'small', 'large', 'huge', 'giant', 'massive', 'deadly', 'fatal', 'horrific', 'tragic', 'wrecked',
  'derailed', 'crashed', 'crashing', 'burning', 'burned-out', 'charred', 'mangled', 'overturned', 'capsized', 'sunken',
  'stranded', 'grounded', 'disabled', 'so-called', 'speeding', 'packed', 'crowded', 'errant',
];

/**
 * Modifiers that tell one vehicle of a kind from another, in families: "a freight train" is
 * not the passenger train of the story, but "a commuter train" may be the passenger train.
 * Two descriptions whose families differ never name the same vehicle.
 */
export const vehicleClasses: string[][] = [
  ['passenger', 'commuter', 'express', 'high-speed', 'sleeper', 'tour', 'charter', 'school', 'cruise', 'suburban', 'intercity'],
  ['freight', 'cargo', 'goods', 'container', 'tanker', 'garbage', 'loaded', 'empty', 'supply', 'delivery', 'utility', 'grain', 'coal'],
  ['fire', 'police', 'rescue', 'patrol', 'military', 'ambulance'],
  ['fishing'],
  ['mother', 'carrier'],
  ['private', 'civilian'],
];

/**
 * Nouns for a part of a train rather than a vehicle of its own: "the lead car", "the
 * locomotive", "seven cars". Dropped as separate vehicles when the incident has a train.
 * Trap: "a car" alone is an automobile; it is a rail car only with an ordinal or position word.
 */
export const trainPartNouns = ['locomotive', 'carriage', 'coach', 'wagon', 'engine'];
export const railCarModifiers = ['lead', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'rear', 'front', 'rearmost', 'middle', 'seven', 'eight', 'five', 'six', 'four', 'three', 'two'];

/**
 * Words before a vehicle that make it a responder, not a party to the incident: "stabilized
 * with the assistance from the destroyer USS Dewey", "towed by two tugs".
 * Trap: "the tug that struck the pier" is a party: these cues must come right before the name.
 */
export const responderCues = [
  String.raw`(?:assistance|help|support)\s+(?:from|of)`, String.raw`assisted\s+by`, String.raw`towed\s+(?:by|away\s+by)`,
  String.raw`escorted\s+by`, String.raw`rescued\s+by`, String.raw`picked\s+up\s+by`, String.raw`airlifted\s+by`,
  String.raw`(?:sent|dispatched|deployed)`, String.raw`responded\s+with`,
];
