/**
 * Data of the reconciler (src/reconcile/): which incident types may describe one event, the
 * words that count casualties, the weights of each piece of evidence and the thresholds.
 * Weights are log-odds-like points: positive says "same incident", negative "different";
 * a pair merges when its points reach `mergeThreshold` and no hard rule keeps it apart.
 *
 * The weights were set by hand on the team corpus and on the ECB+ incident topics (see the
 * README section "Reconcile"); each note says what goes wrong when the value moves.
 */

/**
 * Types in one family may be one incident told differently: a firebomb is reported as a fire,
 * an explosion or a bombing; a bus rollover as a crash or a collision.
 * Trap: "fire" is in the bombing family and in its own; families may overlap, two types agree
 * when some family holds both.
 */
export const typeFamilies: string[][] = [
  ['fire', 'explosion', 'bombing', 'riot'],
  ['crash', 'collision', 'hard landing', 'breakup', 'capsize', 'grounding', 'derailment', 'hit-and-run', 'fall', 'disappearance'],
  ['fall', 'disappearance'],
  ['engine failure', 'system failure', 'fire', 'depressurization', 'leak', 'hard landing'],
  ['leak', 'depressurization'],
  ['shooting', 'killing', 'stabbing', 'riot', 'bombing', 'attack'],
  ['robbery', 'piracy', 'shooting', 'attack'],
  ['earthquake'],
  ['cable cut', 'system failure'],
  ['runway incursion', 'collision'],
];

/**
 * Types that often involve two vehicles: a report may name only one of them, so two different
 * sole vehicles do not prove two incidents.
 */
export const multiVehicleTypes = ['collision', 'runway incursion', 'hit-and-run', 'crash', 'incident'];

/** A type that says nothing about the kind of incident (an anaphor opened it). */
export const unknownTypes = ['incident'];

/**
 * Casualty classes: the words that, after a number (up to four words later), count people of that
 * class. Traps: "treated" also counts those treated for shock (read as injured, as reports do);
 * "lives" needs its number ("claimed 12 lives"); a count followed by "of" is a part ("ten of the
 * injured") and is skipped by the rule.
 */
export const casualtyWords: Record<string, string[]> = {
  dead: ['dead', 'killed', 'died', 'deaths', 'fatalities', 'fatally injured', 'lives', 'bodies'],
  injured: ['injured', 'hurt', 'wounded', 'injuries', 'casualties', 'hospitalized', 'hospitalised', 'treated'],
  missing: ['missing', 'unaccounted for'],
};

/** Verbs that put the count after them: "killing at least 10 people", "injuring 14". */
export const casualtyVerbs: Record<string, string[]> = {
  dead: ['killing', 'killed', 'kills', 'left dead'],
  injured: ['injuring', 'injured', 'wounding', 'wounded', 'hurting'],
};

/**
 * Number words read as counts. Traps: "a"/"an" are left out ("an injured man" is no count of the
 * injured); "one" is also a pronoun ("one of the injured"): a count
 * followed by "of" is a part of a group, never the group's size, and is skipped.
 */
export const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, hundred: 100,
};

/** Words that qualify a count without changing it ("at least 10", "about 40 people"). */
export const countHedges = ['at least', 'about', 'around', 'nearly', 'almost', 'more than', 'over', 'some', 'up to', 'as many as', 'another', 'other', 'people', 'persons', 'passengers', 'others'];

/**
 * Vehicle names that identify one vehicle (a ship, a serial, a flight, a registration) are strong
 * evidence; model designations (an Airbus A320neo, a Boeing 737-800: the aircraft families of
 * src/lexicons/vehicles.ts) and type nouns ("the bus") are shared by thousands and say little.
 */
/**
 * Serial designations: family + number. Two different numbers of one family are two different
 * vehicles ("Progress MS-37" vs "Progress MS-38", "Flight 12" vs "Flight 13" of one airline).
 */
export const serialPattern = String.raw`^(?<family>[a-z][a-z .'-]*?[a-z])[\s-]+(?<serial>(?:[a-z]{1,3}-?)?\d{1,5}[a-z]?)$`;

/** Registrations ("LN-NLA", "CS-RBB", "N12345"): one airframe each. */
export const registrationPattern = String.raw`\b(?:[A-Z]{1,2}-[A-Z]{3,4}|N\d{1,5}[A-Z]{0,2})\b`;

/** Flight numbers: "Flight RB1452", "flight 214". */
export const flightNumberPattern = String.raw`\bflight\s+([A-Z]{2}\s?\d{1,4}|[A-Z]\d\s?\d{1,4}|\d[A-Z]\s?\d{1,4}|\d{1,4})\b`;

/** Name prefixes and type nouns stripped before comparing ship and vehicle names. */
export const vehicleNameNoise = ['mv', 'ms', 'mt', 'ss', 'rms', 'fv', 'rv', 'the', 'hms', 'uss', 'ins', 'ferry', 'ship', 'vessel', 'tanker', 'train'];

/** Evidence weights (points). See the file comment. */
export const weights = {
  /** A main and a background incident of one article (two main incidents of one article never merge). */
  sameArticle: -8,
  /** The same named vehicle (ship name, serial, flight, registration). */
  sameVehicle: 5,
  /** The same model or generic vehicle noun ("bus", "A320neo"). */
  sameModel: 0.75,
  /** Two named vehicles of the same kind, none shared: often two incidents, sometimes a second ship. */
  otherNamedVehicle: -1.5,
  /** Occurrence dates agree to the day (±1 day for zones and "late Tuesday"/"early Wednesday"). */
  dayAgrees: 2,
  /** …to the month only. */
  monthAgrees: 0.5,
  /** Occurrence dates 2 to `farApartDays` days apart. */
  daysApart: -4,
  /**
   * Occurrence dates more than `farApartDays` apart, or an article published before the other's
   * incident happened. Heavy but not absolute: news extraction often gives a trial's or an
   * arrest's date the occurred role, and names, places and words can still outweigh it.
   */
  farApart: -6,
  /**
   * Occurrence dates more than `yearsApartDays` apart: a flight number, a route's bus or a ship
   * has another incident years later far more often than one incident's date is misread by a
   * year. Still not hard: a vehicle, places, people and words that all agree can outweigh it.
   */
  yearsApart: -10,
  /** No occurrence dates: publication dates within `nearPublishedDays`. */
  publishedNear: 0.5,
  /** No occurrence dates: publication dates more than `farPublishedDays` apart. */
  publishedFar: -2,
  sameType: 1,
  typeFamily: 0.5,
  otherType: -1.5,
  /** Per shared place, scaled by its rarity (idf / maxIdf); capped at `placeCap`. */
  place: 2,
  placeCap: 3.5,
  /** Both name places and share none, nor any word of them. */
  otherPlaces: -1,
  /** Per shared person (surname match, initials agree), scaled by rarity; capped at `personCap`. */
  person: 3.5,
  personCap: 5,
  sameCount: 1,
  otherCount: -0.5,
  /**
   * Distinctive words: `wordsScale × (cosine − wordsPivot)`, within [wordsMin, wordsMax]. On the
   * ECB+ incident topics the idf-weighted cosine of two reports of one event has a median near
   * 0.19, of two similar events in one topic near 0.05, of unrelated events near 0.01: the pivot
   * sits between the first two. Applied only when both sides have `minWords` words.
   */
  wordsScale: 30,
  wordsPivot: 0.09,
  wordsMin: -2,
  wordsMax: 6,
  /** Near-identical wording (MinHash Jaccard ≥ `nearDuplicate`): one story, syndicated. */
  syndicated: 6,
};

export const thresholds = {
  /** A pair with at least these points is linked. */
  mergeThreshold: 3,
  /**
   * Two clusters merge when the mean points of their pairs reach this (average link). Trap: lower
   * chains look-alike incidents at scale. 1 gains 0.007 B-cubed F1 on the ECB+ tuning topics
   * (0.928 → 0.935) and nothing on the held-out ones (0.922 both), while on 50,000 synthetic
   * records its clusters are less precise (B-cubed P 0.876 vs 0.897 at 1.5) and larger (the
   * average link then costs more); 0.5 also drops the held-out topics (0.892).
   */
  clusterThreshold: 1.5,
  /**
   * …when exactly one of the two groups has a date (occurred, yearless or published): no date can
   * speak against the merge, so the similarity alone must be stronger. Trap: too high and a short
   * undated wire item never joins the dated reports of its own event (ECB+: 2 to 3 is a plateau,
   * 5 splits held-out topics).
   */
  untimedClusterThreshold: 2.5,
  /**
   * Each pair's points are held within [averageFloor, averageCeiling] before averaging: one pair
   * of reports whose extracted dates went wrong does not veto a group, and one near-copy does not
   * carry two groups together.
   */
  averageFloor: -100,
  averageCeiling: 100,
  /**
   * The average link between two groups reads at most this many members of each, evenly spread
   * (cluster.ts `sampleMembers`). Trap: a hard rule between two members left out of the sample
   * is not seen; groups this large are copies of one story, where hard conflicts are rare. The
   * largest ECB+ group is 22 and the largest synthetic one 22, so every figure there reads whole
   * groups; 48 cost the batch bench's generated corpus (groups of 150 copies) 1.6 s of 3.5 s.
   */
  averageSample: 24,
  /** Occurrence dates more than this many days apart are far apart (weights.farApart). */
  farApartDays: 45,
  /** Occurrence dates more than this many days apart are years apart (weights.yearsApart). */
  yearsApartDays: 365,
  nearPublishedDays: 3,
  farPublishedDays: 30,
  /** MinHash Jaccard of word shingles above which two articles are copies of one story. */
  nearDuplicate: 0.6,
  /** Blocking: a key shared by more records than this is compared only between date neighbours. */
  maxBlock: 40,
  /** Sorted-neighbourhood window inside an oversized block. */
  window: 6,
  /**
   * Blocking: a pair is scored when one of the two is among the other's this-many strongest
   * partners (most keys shared). Keeps candidates per record flat as the set grows.
   */
  maxPartners: 32,
  /** Fewer words than this on either side: the word comparison says nothing. */
  minWords: 8,
  /**
   * A main incident with no extracted fact is compared on the article's first sentences (its
   * lead). Trap: a long lead drags in the background paragraphs that follow it.
   */
  leadSentences: 2,
  /** A word (or place, or person) in more than this share of records carries no evidence. */
  maxDocShare: 0.1,
};
