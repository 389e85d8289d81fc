/**
 * Word lists for person extraction: role titles, title abbreviations, honorifics, and the cue
 * lines that put a name outside the story (bylines, photo credits, press contacts).
 *
 * Keep every entry general. Never add a name from one article (no surnames, no first names):
 * these lists must work on articles nobody here has read.
 *
 * Traps, read before adding:
 * - A role title is only a *cue*; it never becomes a person by itself ("The Roscosmos head said"
 *   names nobody).
 * - "master", "head", "chief", "driver", "director" are common nouns too; the rules only use them
 *   next to a name (title prefix or apposition), never alone.
 * - "Ms", "Mr", "Dr" are honorifics, not roles: "Ms. Lee" gets no role. compromise also tags the
 *   "MS" of "MS-29" as an honorific; the people rules drop any span touching a designation.
 * - "General" (rank) vs "general" (adjective, "General Motors", "General Hospital"): only the
 *   abbreviation "Gen." is a title.
 * - "Officer" is a title ("Officer Diaz"), but "Chief Executive Officer" is a role: the longest
 *   title wins (alternations are built longest-first).
 */

/**
 * Role titles, lowercase, singular. Multi-word titles are matched before single words.
 * `head of …`, `chief of …`, `director of …` take their object into the role
 * ("head of the agency's crewed programs").
 */
export const roleTitles: readonly string[] = [
  // spaceflight
  'astronaut', 'cosmonaut', 'flight director', 'flight engineer', 'mission specialist',
  'payload specialist', 'spacewalker', 'test pilot',
  // aviation
  'pilot', 'co-pilot', 'copilot', 'captain', 'first officer', 'second officer', 'flight attendant',
  'air traffic controller', 'controller', 'dispatcher', 'flight instructor', 'instructor', 'trainee',
  // maritime
  'master', 'skipper', 'helmsman', 'chief mate', 'first mate', 'mate', 'deckhand', 'boatswain',
  'harbour master', 'harbor master', 'harbourmaster', 'harbormaster', 'crewman', 'sailor', 'seaman',
  'commanding officer', 'executive officer', 'officer of the deck', 'petty officer', 'chief petty officer',
  // rail and road
  'engineer', 'train operator', 'operator', 'conductor', 'assistant conductor', 'motorman', 'brakeman',
  'driver', 'bus driver', 'truck driver', 'trucker', 'motorist', 'cyclist', 'pedestrian',
  // people in the story
  'passenger', 'commuter', 'witness', 'eyewitness', 'survivor', 'victim', 'resident', 'bystander',
  'crew member', 'crewmember', 'worker', 'employee', 'technician', 'mechanic', 'firefighter',
  'paramedic', 'rescuer', 'lawyer', 'attorney', 'coroner', 'medical examiner', 'doctor', 'surgeon',
  // officials and spokespeople
  'spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'secretary', 'minister',
  'deputy minister', 'prime minister', 'president', 'vice president', 'governor', 'lieutenant governor',
  'mayor', 'senator', 'state senator', 'congressman', 'congresswoman', 'representative',
  'county executive', 'commissioner', 'police commissioner', 'fire commissioner', 'sheriff',
  'marshal', 'fire marshal', 'supervisor', 'pastor', 'priest', 'chaplain', 'board member', 'council member', 'councilman', 'councilwoman',
  'chief', 'fire chief', 'police chief', 'chief executive', 'chief executive officer', 'ceo',
  'chief operating officer', 'chief engineer', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'director', 'director general', 'deputy director', 'general manager', 'manager', 'administrator',
  'deputy administrator', 'head', 'official', 'officer', 'inspector', 'investigator',
  'lead investigator', 'accident investigator', 'analyst', 'expert', 'professor', 'scientist',
  // ranks: bare 'general' and 'major' are left out ("General Motors", "Major League"); their
  // abbreviations Gen. and Maj. are in titleAbbreviations
  'commander', 'admiral', 'vice admiral', 'rear admiral', 'colonel', 'lieutenant',
  'sergeant', 'detective', 'superintendent', 'trooper', 'agent', 'founder', 'owner', 'president and ceo',
  // family and relations: the role of a victim's relative ("her husband William told …").
  // Trap: "friend" and "son" are only read right next to a name, never alone.
  'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'widow', 'widower',
  'fiance', 'fiancé', 'fiancee', 'fiancée', 'parent', 'grandfather', 'grandmother', 'uncle', 'aunt',
  'cousin', 'nephew', 'niece', 'friend', 'neighbor', 'neighbour', 'boyfriend', 'girlfriend', 'partner',
];

/**
 * Prefixes of ship and vessel names: a "person" right after one is a ship (navies name ships
 * after people: "USS" + a full name). Mirrors the vehicle lexicon's prefixes; kept here so the person rules
 * do not depend on vehicle extraction.
 */
export const vesselPrefixes: readonly string[] = [
  'USS', 'USNS', 'USCGC', 'HMS', 'HMCS', 'HMAS', 'HMNZS', 'INS', 'ROKS', 'JS', 'MV', 'M/V', 'MS', 'M/S',
  'SS', 'RMS', 'MT', 'M/T', 'FV', 'F/V', 'RV', 'R/V', 'SV', 'S/V', 'LNG', 'CCGS', 'NOAAS',
];

/**
 * Words right after a name that make it part of a longer non-person name: "… Strike Group",
 * "… International Airport", "… Space Center", "…-class destroyer". Checked on the capitalised
 * words following the span (the organisation and facility suffixes are also used).
 */
export const notPersonAfter: RegExp = /^(?:[-‐–](?:class|type|style|era|based|built)\b)/i;

/**
 * Lowercase words that modify a title before a name ("police spokesman", "fire chief", "airline
 * pilot"). compromise tags some of them as verbs ("police"), so the rule reads them by list.
 */
export const roleModifiers: readonly string[] = [
  'police', 'fire', 'transit', 'rail', 'railroad', 'airport', 'airline', 'port', 'state', 'county',
  'city', 'federal', 'navy', 'army', 'company', 'agency', 'safety', 'aviation', 'transportation',
  'transport', 'coast', 'guard', 'maritime', 'shipping', 'union', 'hospital', 'government', 'senior',
  'deputy', 'assistant', 'acting', 'former', 'veteran', 'lead', 'chief', 'press', 'mission', 'flight',
];

/** Titles that take their `of …` object into the role: "head of NASA's crewed programs". */
export const rolesWithObject: readonly string[] = ['head', 'chief', 'director', 'president', 'chairman', 'administrator', 'secretary', 'minister', 'member'];

/**
 * Abbreviated titles before a name, with the role they state. The dot is optional in the text
 * ("Capt. Ruiz", "Capt Ruiz"). Traps: "Gen" is also a designation prefix in some product names;
 * "Rep" and "Sen" are only read before a capitalised name.
 */
export const titleAbbreviations: Readonly<Record<string, string>> = {
  Capt: 'captain',
  Cpt: 'captain',
  Cmdr: 'commander',
  Cdr: 'commander',
  Lt: 'lieutenant',
  'Lt. Cmdr': 'lieutenant commander',
  'Lt. Col': 'lieutenant colonel',
  Col: 'colonel',
  Maj: 'major',
  Gen: 'general',
  Adm: 'admiral',
  'Vice Adm': 'vice admiral',
  'Rear Adm': 'rear admiral',
  Sgt: 'sergeant',
  Cpl: 'corporal',
  Det: 'detective',
  Insp: 'inspector',
  Supt: 'superintendent',
  Gov: 'governor',
  'Lt. Gov': 'lieutenant governor',
  Sen: 'senator',
  Rep: 'representative',
  Pres: 'president',
  Sec: 'secretary',
  Atty: 'attorney',
};

/** Honorifics: stripped from names, they state no role. Trap: compromise reads "MS-29" as "Ms". */
export const honorifics: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Rev', 'Fr', 'Hon'];

/** Name suffixes kept inside a name span. */
export const nameSuffixes: readonly string[] = ['Jr', 'Sr', 'II', 'III', 'IV'];

/**
 * Capitalised words that never start or continue a person name, whatever compromise says.
 * Trap: keep real first names out ("Frank", "Bill", "May", "June" are names too; months are
 * handled by compromise's Date tag, not here).
 */
export const notNameWords: readonly string[] = [
  'The', 'A', 'An', 'According', 'Police', 'Officials', 'Authorities', 'Investigators', 'Crew',
  'Passengers', 'Witnesses', 'Photo', 'Photos', 'Image', 'Credit', 'Video', 'Source', 'Sources',
  'Breaking', 'Update', 'Updated', 'Published', 'Related', 'Read', 'Watch', 'Also', 'Thanks',
  'Flight', 'Train', 'Ship', 'Station', 'Module', 'Airport', 'Agency', 'Board', 'Ministry',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tonight',
  'Yesterday', 'Tomorrow', 'God', 'Internet', 'TV', 'EST', 'EDT', 'PST', 'PDT', 'GMT', 'UTC',
  // words that end company and facility names, never a person's ("Douglas Aircraft", "Everett
  // Factory"); surnames that are also such words (Church, Bank, Fleet, Marine) are left out
  'Aircraft', 'Airlines', 'Airways', 'Aerospace', 'Aviation', 'Motors', 'Corporation', 'Corp', 'Company', 'Inc',
  'Ltd', 'LLC', 'Holdings', 'Industries', 'Railroad', 'Railway', 'Railways', 'Shipping', 'Logistics', 'Factory',
  'Plant', 'Authority', 'Administration', 'Department', 'Institute', 'Association', 'Federation', 'Commission',
  'Committee', 'Bureau', 'Terminal', 'Shipyard',
];

/**
 * Role titles that companies hold too ("Hebridean Link, the operator,", "the owner, Kestrel
 * Shipping"): a name beside them must look like a person's to compromise. Beside any other
 * title ("Japan's prime minister, Taro Aso", "Kaoru Yosano, the minister of fiscal policy",
 * "U.S. President Barack Obama's administration") a run of two or three capitalised words is a
 * person even when compromise knows neither word or reads an organisation phrase around it.
 */
export const rolesCompaniesHold: readonly string[] = [
  'operator', 'train operator', 'owner', 'manager', 'administrator', 'investigator', 'inspector', 'supervisor',
  'contractor', 'manufacturer', 'supplier', 'carrier', 'charterer', 'insurer', 'agent', 'member', 'representative',
  'partner', 'client', 'customer', 'sponsor', 'founder',
];

/**
 * Lines whose names are not people of the incident. Each cue is tested on the text of the
 * line that holds the name, from the line start to the name (`before`) and from the name to the
 * line end (`after`). `reason` becomes `PersonMention.excluded`.
 */
export interface ExclusionCue {
  before?: RegExp;
  after?: RegExp;
  excluded: string;
  reason: string;
}

export const exclusionCues: readonly ExclusionCue[] = [
  // "By Jane Doe", "By Jane Doe and Ann Lee, Reuters"
  // Trap: each name word must end at a separator, else "(word sep?)*" splits one word many ways and
  // backtracks exponentially on a long line that does not match (seen on a 30-word quote).
  { before: /^\s*(?:[-–—]\s*)?by\s+(?:[\p{Lu}][\p{L}.'’-]*(?:\s*[,&]\s*|\s+(?:and\s+)?))*$/iu, excluded: 'byline', reason: 'by-jane-doe' },
  // "Written by Jane Doe", "Reporting by Jane Doe; editing by Ann Lee"
  { before: /\b(?:written|reporting|reported|editing|edited|additional reporting|compiled|story|words)\s+by\b[^.]*$/i, excluded: 'byline', reason: 'reporting-by' },
  // "Jane Doe contributed to this report."
  { after: /^[^.]{0,40}\bcontributed\b[^.]*\b(?:report|story|article)/i, excluded: 'byline', reason: 'contributed-to-this-report' },
  // "Photo: Ann Lee/Reuters", "(AP Photo/John Smith)", "Image credit: ...", "Getty Images / Ann Lee"
  { before: /\b(?:photos?|pictures?|images?|video|footage|graphic|illustration|credit|courtesy)\b(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:/|]?\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/iu, excluded: 'photo credit', reason: 'photo-ann-lee' },
  // "Ann Lee/Reuters", "Ann Lee / Getty Images" at a caption's end
  { after: /^\s*\/\s*(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}\)?\s*$/u, excluded: 'photo credit', reason: 'name-slash-agency' },
  // "Media contact: Jane Doe", "For more information, contact Jane Doe", "Press contact"
  { before: /\b(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|relations)\b|\bcontacts?\s*:|\bfor (?:more|further) information\b/i, excluded: 'press contact', reason: 'media-contact' },
  // "Thanks to Irwin Bryan, ... for contributing to this post."
  // Same trap as by-jane-doe: the separator after each name word is required.
  { before: /\b(?:thanks|thank you|hat tip|h\/t)\s+(?:to\s+)?(?:[\p{Lu}][\p{L}.'’-]*[\s,]+(?:and\s+)?)*$/iu, excluded: 'contributor thanks', reason: 'thanks-to' },
  // "— Mark Doe (@handle) December 1, 2013": the author of an embedded tweet
  { before: /[—–-]\s*$/u, after: /^\s*\(@\w+\)/, excluded: 'tweet author', reason: 'tweet-author' },
  // "Follow Jane Doe on Twitter", "Email Jane Doe at"
  { before: /\b(?:follow|email|e-mail|contact)\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){0,2}$/iu, after: /^\s*(?:on|at|@)\b/i, excluded: 'press contact', reason: 'follow-on-twitter' },
];

/**
 * Whole lines that carry no story at all (site promos): no fact of any kind is taken from them.
 * The ingest stage drops most of them; this list guards the extractors when it has not.
 */
export const promoLineCues: readonly RegExp[] = [
  /^\s*(?:also read|read more|read also|related(?: article| story| stories)?|see also|more from|recommended|watch|trending|you may also like|don't miss)\s*:/i,
  /^\s*check out more (?:news|stories|articles)\b/i,
  /^\s*(?:sign up|subscribe) (?:for|to) (?:our|the)\b/i,
];
