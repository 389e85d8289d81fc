/**
 * Word lists for organisation extraction: known agencies, operators, investigators and
 * manufacturers (with their acronyms), the news outlets that are sources rather than actors, and
 * the words that end an organisation name ("… Safety Board", "… Airlines").
 *
 * Keep it general: bodies any incident desk meets again and again. A body one article mentions is
 * found by the suffix and acronym-expansion rules, not by adding it here.
 *
 * Traps, read before adding:
 * - Names are matched case-sensitively and on word boundaries: "ESA" is not "esa", "Boeing" is not
 *   "boeing".
 * - Acronyms that are common words or other things are left out: CSA (Canadian Space Agency, but
 *   also a dozen other bodies), ABS (American Bureau of Shipping, but also anti-lock brakes),
 *   ATR (also the aircraft family, see the vehicle lexicon), ANA only in capitals.
 * - A manufacturer right before a model number is a vehicle family, not an actor: "Boeing 737",
 *   "Airbus A320". The lexicon rule skips a match followed by a designation.
 * - "ISS" is a place and a vehicle, never an organisation (compromise tags it Organization).
 * - "Progress", "Soyuz", "Dragon", "Starliner" are vehicles, never organisations.
 * - "NASA TV" is an outlet, not the agency: outlets are checked before the agency inside them.
 */

export type OrgKind =
  | 'space agency'
  | 'space company'
  | 'safety board'
  | 'regulator'
  | 'coast guard'
  | 'armed force'
  | 'airline'
  | 'manufacturer'
  | 'rail operator'
  | 'shipping'
  | 'classification society'
  | 'international body'
  | 'law enforcement'
  | 'fire service'
  | 'utility';

export interface OrgEntry {
  /** Canonical name, used as `NamedMention.name` and as the group name. */
  name: string;
  /** Other full spellings. */
  aliases?: readonly string[];
  /** Acronyms, matched in capitals only. */
  acronyms?: readonly string[];
  kind: OrgKind;
}

export const organizations: readonly OrgEntry[] = [
  // space agencies and companies
  { name: 'NASA', aliases: ['National Aeronautics and Space Administration'], kind: 'space agency' },
  { name: 'Roscosmos', aliases: ['Russian Federal Space Agency'], kind: 'space agency' },
  { name: 'European Space Agency', acronyms: ['ESA'], kind: 'space agency' },
  { name: 'Japan Aerospace Exploration Agency', acronyms: ['JAXA'], kind: 'space agency' },
  { name: 'China National Space Administration', acronyms: ['CNSA'], kind: 'space agency' },
  { name: 'China Manned Space Agency', acronyms: ['CMSA'], kind: 'space agency' },
  { name: 'Indian Space Research Organisation', aliases: ['Indian Space Research Organization'], acronyms: ['ISRO'], kind: 'space agency' },
  { name: 'Canadian Space Agency', kind: 'space agency' },
  { name: 'SpaceX', kind: 'space company' },
  { name: 'Blue Origin', kind: 'space company' },
  { name: 'Rocket Lab', kind: 'space company' },
  { name: 'United Launch Alliance', acronyms: ['ULA'], kind: 'space company' },
  { name: 'Energia', aliases: ['RSC Energia'], kind: 'space company' },
  { name: 'Arianespace', kind: 'space company' },
  // accident investigators
  { name: 'National Transportation Safety Board', acronyms: ['NTSB'], kind: 'safety board' },
  { name: 'Transportation Safety Board of Canada', acronyms: ['TSB'], kind: 'safety board' },
  { name: 'Air Accidents Investigation Branch', acronyms: ['AAIB'], kind: 'safety board' },
  { name: 'Marine Accident Investigation Branch', acronyms: ['MAIB'], kind: 'safety board' },
  { name: 'Rail Accident Investigation Branch', acronyms: ['RAIB'], kind: 'safety board' },
  { name: 'Bureau of Enquiry and Analysis for Civil Aviation Safety', aliases: ["Bureau d'Enquêtes et d'Analyses"], acronyms: ['BEA'], kind: 'safety board' },
  { name: 'Australian Transport Safety Bureau', acronyms: ['ATSB'], kind: 'safety board' },
  { name: 'Japan Transport Safety Board', acronyms: ['JTSB'], kind: 'safety board' },
  { name: 'Interstate Aviation Committee', acronyms: ['MAK', 'IAC'], kind: 'safety board' },
  { name: 'Dutch Safety Board', kind: 'safety board' },
  // regulators
  { name: 'Federal Aviation Administration', acronyms: ['FAA'], kind: 'regulator' },
  { name: 'European Union Aviation Safety Agency', aliases: ['European Aviation Safety Agency'], acronyms: ['EASA'], kind: 'regulator' },
  { name: 'Civil Aviation Authority', acronyms: ['CAA'], kind: 'regulator' },
  { name: 'Federal Railroad Administration', acronyms: ['FRA'], kind: 'regulator' },
  { name: 'Federal Transit Administration', acronyms: ['FTA'], kind: 'regulator' },
  { name: 'Federal Motor Carrier Safety Administration', acronyms: ['FMCSA'], kind: 'regulator' },
  { name: 'National Highway Traffic Safety Administration', acronyms: ['NHTSA'], kind: 'regulator' },
  { name: 'Pipeline and Hazardous Materials Safety Administration', acronyms: ['PHMSA'], kind: 'regulator' },
  { name: 'Department of Transportation', aliases: ['Transportation Department'], acronyms: ['DOT'], kind: 'regulator' },
  { name: 'Maritime and Coastguard Agency', kind: 'regulator' },
  { name: 'Federal Bureau of Investigation', acronyms: ['FBI'], kind: 'law enforcement' },
  // New York City's fire and police departments, first responders in many incident stories
  { name: 'FDNY', aliases: ['New York City Fire Department', 'Fire Department of New York'], kind: 'fire service' },
  { name: 'NYPD', aliases: ['New York Police Department', 'New York City Police Department'], kind: 'law enforcement' },
  // international bodies
  { name: 'International Maritime Organization', acronyms: ['IMO'], kind: 'international body' },
  { name: 'International Civil Aviation Organization', acronyms: ['ICAO'], kind: 'international body' },
  { name: 'International Air Transport Association', acronyms: ['IATA'], kind: 'international body' },
  // coast guards and navies
  { name: 'US Coast Guard', aliases: ['U.S. Coast Guard', 'United States Coast Guard'], acronyms: ['USCG'], kind: 'coast guard' },
  { name: 'Japan Coast Guard', kind: 'coast guard' },
  { name: 'HM Coastguard', aliases: ['Her Majesty\'s Coastguard', 'UK Coastguard'], kind: 'coast guard' },
  { name: 'Coast Guard', aliases: ['Coastguard'], kind: 'coast guard' },
  { name: 'US Navy', aliases: ['U.S. Navy', 'United States Navy'], kind: 'armed force' },
  { name: 'Royal Navy', kind: 'armed force' },
  { name: 'Royal Australian Navy', kind: 'armed force' },
  { name: 'Japan Maritime Self-Defense Force', kind: 'armed force' },
  { name: 'US Air Force', aliases: ['U.S. Air Force', 'United States Air Force'], kind: 'armed force' },
  { name: 'Royal Air Force', acronyms: ['RAF'], kind: 'armed force' },
  // manufacturers
  { name: 'Boeing', kind: 'manufacturer' },
  { name: 'Airbus', kind: 'manufacturer' },
  { name: 'Embraer', kind: 'manufacturer' },
  { name: 'Bombardier', kind: 'manufacturer' },
  { name: 'Lockheed Martin', kind: 'manufacturer' },
  { name: 'Northrop Grumman', kind: 'manufacturer' },
  { name: 'Pratt & Whitney', kind: 'manufacturer' },
  { name: 'Rolls-Royce', kind: 'manufacturer' },
  { name: 'General Electric', aliases: ['GE Aerospace'], kind: 'manufacturer' },
  { name: 'CFM International', kind: 'manufacturer' },
  { name: 'Spirit AeroSystems', kind: 'manufacturer' },
  { name: 'Siemens', kind: 'manufacturer' },
  { name: 'Alstom', kind: 'manufacturer' },
  { name: 'Hyundai Heavy Industries', kind: 'manufacturer' },
  { name: 'Mitsubishi Heavy Industries', kind: 'manufacturer' },
  // airlines (the largest and most reported; others are found by the "… Airlines" suffix rule)
  { name: 'American Airlines', kind: 'airline' },
  { name: 'Delta Air Lines', kind: 'airline' },
  { name: 'United Airlines', kind: 'airline' },
  { name: 'Southwest Airlines', kind: 'airline' },
  { name: 'JetBlue', aliases: ['JetBlue Airways'], kind: 'airline' },
  { name: 'Lufthansa', kind: 'airline' },
  { name: 'British Airways', kind: 'airline' },
  { name: 'Air France', kind: 'airline' },
  { name: 'KLM', kind: 'airline' },
  { name: 'Emirates', kind: 'airline' },
  { name: 'Qatar Airways', kind: 'airline' },
  { name: 'Singapore Airlines', kind: 'airline' },
  { name: 'Cathay Pacific', kind: 'airline' },
  { name: 'Japan Airlines', acronyms: ['JAL'], kind: 'airline' },
  { name: 'All Nippon Airways', acronyms: ['ANA'], kind: 'airline' },
  { name: 'Korean Air', kind: 'airline' },
  { name: 'Air China', kind: 'airline' },
  { name: 'China Eastern Airlines', aliases: ['China Eastern'], kind: 'airline' },
  { name: 'China Southern Airlines', aliases: ['China Southern'], kind: 'airline' },
  { name: 'Ryanair', kind: 'airline' },
  { name: 'easyJet', kind: 'airline' },
  { name: 'Qantas', kind: 'airline' },
  { name: 'Air Canada', kind: 'airline' },
  { name: 'Aeroflot', kind: 'airline' },
  { name: 'Turkish Airlines', kind: 'airline' },
  { name: 'Air India', kind: 'airline' },
  // rail operators (national ones; regional operators come from the "… Rail"/"… Transit" suffixes)
  { name: 'Amtrak', kind: 'rail operator' },
  { name: 'Network Rail', kind: 'rail operator' },
  { name: 'Deutsche Bahn', kind: 'rail operator' },
  { name: 'SNCF', kind: 'rail operator' },
  { name: 'Russian Railways', kind: 'rail operator' },
  { name: 'Indian Railways', kind: 'rail operator' },
  { name: 'JR East', aliases: ['East Japan Railway'], kind: 'rail operator' },
  { name: 'Union Pacific', kind: 'rail operator' },
  { name: 'BNSF', aliases: ['BNSF Railway'], kind: 'rail operator' },
  { name: 'CSX', kind: 'rail operator' },
  { name: 'Norfolk Southern', kind: 'rail operator' },
  { name: 'Canadian National', aliases: ['CN Rail'], kind: 'rail operator' },
  { name: 'Canadian Pacific', aliases: ['CPKC'], kind: 'rail operator' },
  // commuter and metro operators: the name also opens a train's name ("a Metro-North train"),
  // which the vehicle rules read from vehicles.railOperators; as an actor it is the operator.
  // Traps: bare "Metro" is left out (also a newspaper); "MTA" is left out (New York's, Maryland's
  // and Malta's bodies share it; the acronym rule reads it as written).
  { name: 'Metro-North Railroad', aliases: ['Metro-North', 'Metro North', 'Metro-North Commuter Railroad'], kind: 'rail operator' },
  { name: 'Long Island Rail Road', aliases: ['Long Island Railroad'], acronyms: ['LIRR'], kind: 'rail operator' },
  { name: 'NJ Transit', aliases: ['New Jersey Transit', 'N.J. Transit'], kind: 'rail operator' },
  { name: 'SEPTA', aliases: ['Southeastern Pennsylvania Transportation Authority'], kind: 'rail operator' },
  { name: 'MBTA', aliases: ['Massachusetts Bay Transportation Authority'], kind: 'rail operator' },
  { name: 'Metrolink', kind: 'rail operator' },
  { name: 'Caltrain', kind: 'rail operator' },
  { name: 'VIA Rail', aliases: ['Via Rail'], kind: 'rail operator' },
  // gas and power utilities: the operator in gas-explosion and power-failure stories.
  // Trap: "Con Ed" and "Con Edison" read as a person's name to compromise; the lexicon wins.
  { name: 'Con Edison', aliases: ['Con Ed', 'Consolidated Edison'], kind: 'utility' },
  { name: 'Pacific Gas and Electric', aliases: ['Pacific Gas & Electric'], acronyms: ['PG&E'], kind: 'utility' },
  { name: 'Southern California Edison', kind: 'utility' },
  { name: 'National Grid', kind: 'utility' },
  // shipping and classification societies
  { name: 'Maersk', kind: 'shipping' },
  { name: 'MSC', aliases: ['Mediterranean Shipping Company'], kind: 'shipping' },
  { name: 'CMA CGM', kind: 'shipping' },
  { name: 'Evergreen Marine', kind: 'shipping' },
  { name: "Lloyd's Register", kind: 'classification society' },
  { name: 'DNV', aliases: ['DNV GL'], kind: 'classification society' },
  { name: 'American Bureau of Shipping', kind: 'classification society' },
  { name: 'Bureau Veritas', kind: 'classification society' },
  { name: 'ClassNK', aliases: ['Nippon Kaiji Kyokai'], kind: 'classification society' },
];

/**
 * News outlets and agencies: when they only appear as the source of a report ("according to ABC
 * News", "Phys.org reported", "told Reuters"), they are not organisations of the incident.
 * Trap: "AP" is also "Associated Press" in photo credits; "Time" and "Today" are only listed in
 * their full outlet form.
 */
export const newsOutlets: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Xinhua', 'TASS',
  'RIA Novosti', 'Interfax', 'Kyodo', 'Kyodo News', 'Yonhap', 'NHK', 'Anadolu', 'Dow Jones',
  'CNN', 'CNBC', 'BBC', 'BBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'NBC', 'NBC News', 'Fox News',
  'MSNBC', 'NPR', 'PBS', 'Sky News', 'Al Jazeera', 'Euronews', 'Deutsche Welle', 'DW',
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post',
  'The Wall Street Journal', 'Wall Street Journal', 'USA Today', 'Los Angeles Times', 'The Guardian',
  'The Times', 'The Telegraph', 'The Independent', 'Financial Times', 'Daily Mail', 'MailOnline',
  'The Sun', 'Newsweek', 'Time magazine', 'Forbes', 'Politico', 'Axios', 'Business Insider',
  'Space.com', 'SpaceNews', 'Phys.org', 'Ars Technica', 'The Verge', 'Gizmodo', 'Engadget',
  'Aviation Herald', 'The Aviation Herald', 'Simple Flying', 'FlightGlobal', 'Lloyd\'s List',
  'gCaptain', 'Splash247', 'TradeWinds', 'Railway Gazette',
];

/**
 * Last words of an outlet name ("Science Times", "NASA TV", "Daily Mail") and web-address
 * endings ("Phys.org"). Trap: "Post" also ends "Post Office", "Times" ends "Times Square": an
 * outlet is only dropped when every occurrence reads as a source of reporting. "Star", "Express",
 * "Globe", "Standard" are left out: they end ship names ("MV Northern Star") as often as papers.
 */
export const outletSuffixes: readonly string[] = [
  'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Daily', 'TV', 'Television',
  'Radio', 'Magazine', 'Chronicle', 'Telegraph', 'Observer', 'Reporter', 'Today', 'Examiner',
  'Inquirer', 'Insider', 'Wire', 'Dispatch', 'Courier', 'Review', 'Register', 'Bulletin', 'Mail',
  'Ledger', 'Sentinel',
];
export const outletDomain = /^[\p{L}\d-]+\.(?:com|org|net|co\.uk|io|news|tv)$/u;

/**
 * Last words that make a run of capitalised words an organisation name:
 * "National Firefighter Protection Agency", "California Highway Patrol", "NJ Transit".
 * Trap: "Air" ends airline names ("Korean Air", "Coral Sea Air") but also "Open Air": it needs
 * a capitalised word before it, like every suffix.
 * Trap: "Metro" is left out (also a newspaper: "told Metro"); "Rail Road" is listed before
 * "Road" can make a street of "Long Island Rail Road".
 * Trap: "Line" is left out ("Hudson Line" is a rail line, a place), "Lines" kept ("Delta Air Lines").
 * Trap: "Service", "Office", "Group" also end non-organisations ("Memorial Service", "Box Office");
 * the rule needs at least one capitalised word before the suffix that is not a determiner.
 */
export const orgSuffixes: readonly string[] = [
  'Agency', 'Administration', 'Authority', 'Board', 'Bureau', 'Commission', 'Committee', 'Council',
  'Department', 'Ministry', 'Office', 'Service', 'Institute', 'Organization', 'Organisation',
  'Association', 'Federation', 'Union', 'Corporation', 'Corp.', 'Corp', 'Company', 'Co.', 'Inc.',
  'Inc', 'Ltd', 'Ltd.', 'LLC', 'plc', 'Group', 'Holdings', 'Industries',
  'Airlines', 'Airways', 'Air Lines', 'Air', 'Aviation', 'Aerospace', 'Railroad', 'Railway', 'Railways',
  'Rail Road', 'Rail', 'Transit', 'Lines', 'Shipping', 'Marine', 'Logistics', 'Motors',
  'Police', 'Police Department', 'Fire Department', 'Highway Patrol', 'Patrol', 'Sheriff\'s Office',
  'Coast Guard', 'Coastguard', 'Navy', 'Army', 'Air Force', 'Guard', 'Fleet', 'Strike Group',
  'Church', 'School', 'College', 'University', 'Foundation', 'Trust',
];

/** Prefix forms: "Ministry of Transport", "Department of Transportation", "Bureau of …". */
export const orgPrefixes: readonly string[] = [
  'Ministry of', 'Department of', 'Bureau of', 'Office of', 'Commission on', 'Commission for',
  'Agency for', 'Board of', 'University of', 'Bank of', // "Bank of Canada": the place inside is the bank's name
];

/** Words allowed in lowercase inside an organisation name. */
export const orgConnectors: readonly string[] = ['of', 'and', 'for', 'the', 'de', 'du', 'des', 'on', '&'];

/**
 * Nouns that describe a company: a capitalised name right after one ("automaker Chrysler",
 * "computer company Apple", "electronics retailer Best Buy", "the Italian company, Fiat") or
 * right before one of the "owned" words ("its Saturn unit", "the Saturn brand") is an organisation.
 * Traps: "carrier" is left out ("aircraft carrier Nimitz" is a ship); "operator" and "group" are
 * left out ("crane operator Jane Doe", "rock group"): a person span over the name wins anyway.
 */
export const orgDescriptors: readonly string[] = [
  'company', 'companies', 'automaker', 'carmaker', 'car maker', 'auto maker', 'automobile manufacturer',
  'auto manufacturer', 'manufacturer', 'maker', 'airframer', 'planemaker', 'plane maker', 'retailer',
  'airline', 'bank', 'firm', 'insurer', 'conglomerate', 'supplier', 'lender', 'corporation', 'startup',
  'start-up', 'producer', 'contractor', 'subsidiary', 'rival', 'competitor', 'giant', 'chain', 'parent',
  'parent company', 'division', 'label', 'record company', 'publisher', 'developer', 'distributor',
];

/** Words after a name that make it the company that owns them: "its Saturn unit", "the Saturn brand". */
export const orgOwnedWords: readonly string[] = ['unit', 'brand', 'division', 'subsidiary', 'dealerships', 'dealers'];

/**
 * Words after a name (possessive or not) that only a company has: "Apple CEO Steve Jobs",
 * "Apple's board", "Boeing employees", "GM's shares". Trap: "President" is left out ("U.S.
 * President"); places are never companies ("Detroit plants": the gazetteer check).
 */
export const orgBusinessWords: readonly string[] = [
  'CEO', 'C.E.O.', 'chief executive', 'Chief Executive', 'chief executive officer', 'Chief Executive Officer',
  'chairman', 'Chairman', 'co-founder', 'founder', 'board', 'board of directors', 'shareholders',
  'stockholders', 'shares', 'share price', 'share prices', 'stock', 'executive', 'executives', 'employees',
  'engineers', 'spokesman', 'spokeswoman', 'spokesperson', 'profit', 'profits', 'revenue', 'revenues',
  'earnings', 'website', 'bondholders', 'creditors', 'workforce',
];

/**
 * Business words that also follow a place ("the Detroit plant", "Cupertino headquarters", "New
 * York stores"): they make a company only after a possessive ("GM's plants", "Apple's stores").
 */
export const orgPossessions: readonly string[] = [
  'headquarters', 'dealerships', 'dealers', 'factory', 'factories', 'plant', 'plants', 'sales', 'stores',
  'retail stores', 'website',
];

/** Words before "of"/"in" and a name that make it a company: "founder of Apple", "shares in Chrysler", "CEO of GM". */
export const orgBusinessWordsBefore: readonly string[] = [
  'founder of', 'co-founder of', 'CEO of', 'chief executive of', 'chairman of', 'shares of', 'shares in',
  'stake in', 'employees of', 'shareholders of', 'headquarters of', 'bankruptcy of', 'acquisition of',
];

/**
 * Company-name endings a short form drops: "Apple Computer Inc." is also "Apple Computer",
 * "Chrysler LLC" is also "Chrysler" (the repeat rule looks for both).
 */
export const orgDesignators: readonly string[] = [
  'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Company', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC',
  'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'Group', 'Holdings',
];

/**
 * Names that look like companies but are stock indexes or markets ("the Dow Jones Industrial
 * Average", "the FTSE 100", "the Nasdaq Composite"): an organisation match followed by one of
 * these is dropped. Trap: "Dow Jones" is also the news company; only the index form is dropped.
 */
export const stockIndexTails: readonly string[] = ['Industrial Average', 'industrial average', 'Composite', 'index', 'Index', 'average'];

/**
 * Last words of an event's name, not an organisation's: "Worldwide Developers Conference",
 * "Paris Air Show", "the Olympic Games". Trap: "Conference Board" is a body: only the last word
 * of the name counts, or the word right after it ("the Paris Air Show": "Paris Air" + "Show").
 */
export const eventWords: readonly string[] = [
  'Conference', 'Convention', 'Show', 'Summit', 'Expo', 'Exhibition', 'Fair', 'Games', 'Olympics', 'Festival',
  'Championship', 'Championships', 'Cup', 'Forum', 'Congress', 'Week', 'Keynote',
];
