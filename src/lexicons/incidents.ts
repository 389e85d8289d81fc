/**
 * Incident vocabulary: the words that say an incident happened, by type; the anaphors that
 * refer back to one ("the incident"); the cues that mark an incident as background ("a similar
 * incident", "last year's crash"); and negations that cancel a trigger ("no leaks were found").
 *
 * Each trigger pattern is a regex source matched case-insensitively on word boundaries.
 * Traps are noted beside the entries that have them.
 */
export interface IncidentType {
  /** Label written into records ("leak", "derailment"). */
  type: string;
  patterns: string[];
  note?: string;
}

/** Nouns of things that can hit or be hit in a collision ("struck by a fishing boat"). */
const HITTABLE = String.raw`(?:ship|vessel|boat|tanker|freighter|barge|ferry|trawler|tug(?:boat)?|yacht|truck|lorry|car|bus|coach|van|SUV|train|locomotive|tram|plane|jet|aircraft|airliner|helicopter|motorcycle|tractor|backhoe|vehicle|bridge|pier|dock|wharf|platform|buffer\s+stop|bumper)`;

export const incidentTypes: IncidentType[] = [
  { type: 'leak', patterns: [String.raw`leak(?:s|ed|ing|age)?`, String.raw`sprang\s+a\s+leak`] },
  { type: 'depressurization', patterns: [String.raw`depressuri[sz](?:ation|ed)`, String.raw`los(?:t|s\s+of|ing)\s+(?:cabin\s+)?pressure`, String.raw`decompression`] },
  { type: 'fire', patterns: [String.raw`caught\s+fire`, String.raw`(?:burst|went\s+up)\s+in(?:to)?\s+flames`, String.raw`engulfed\s+in\s+flames`, String.raw`fire(?!\s+(?:drill|department|fighters?|crews?|chief|officials?|service|brigade|station|truck|engine|hose|alarm|extinguisher|safety|and\s+rescue|marshal|commissioner|inspectors?))(?![-\s]rescue)(?!d|arm|works|fight)`, String.raw`blaze`, String.raw`burn(?:ed|t|ing)\s+(?:out|down)?`],
    note: '"fire" is also a verb (fired, opened fire) and a modifier (fire department, fire drill): both excluded' },
  { type: 'explosion', patterns: [String.raw`explo(?:sion|ded|de)`, String.raw`blew\s+up`, String.raw`blast(?!\s+off)`] },
  { type: 'collision', patterns: [String.raw`collid(?:ed|es|ing)`, String.raw`collision`, String.raw`crashed\s+into`, String.raw`rammed`, String.raw`(?:struck|hit)\s+(?:by\s+)?(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}${HITTABLE}`, String.raw`(?:slammed|smashed|ploughed|plowed|careened)\s+into\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}${HITTABLE}`, String.raw`sideswiped`, String.raw`allision`],
    note: '"hit by a wave", "struck by lightning" are not collisions: the object must be a vehicle or structure' },
  { type: 'crash', patterns: [String.raw`crash(?:ed|es|ing)?(?!\s+into)(?!\s+(?:test|course|diet))`, String.raw`went\s+down`, String.raw`plung(?:ed|es)\s+into`] },
  { type: 'derailment', patterns: [String.raw`derail(?:ed|ment|ments|s|ing)?`, String.raw`jumped\s+the\s+tracks`, String.raw`came\s+off\s+the\s+(?:rails|tracks)`, String.raw`left\s+the\s+tracks`] },
  { type: 'grounding', patterns: [String.raw`ran\s+aground`, String.raw`run\s+aground`, String.raw`went\s+aground`, String.raw`aground`, String.raw`grounding(?!\s+(?:order|of\s+(?:the|all|its|their)\b))`, String.raw`(?:struck|hit|ran\s+onto)\s+(?:a\s+|the\s+)?(?:submerged\s+)?(?:rocks?|reef|sandbank|sand\s+bar|shoal|bottom|seabed)`],
    note: '"grounded" and "the grounding of the fleet" are left out: aviation consequences ("the FAA grounded the fleet")' },
  { type: 'capsize', patterns: [String.raw`capsiz(?:ed|es|ing|e)`, String.raw`sank`, String.raw`sinking`, String.raw`keeled\s+over`] },
  { type: 'engine failure', patterns: [String.raw`engine\s+(?:failure|failed|fire|explosion|malfunction|shut\s?down|cover)`, String.raw`(?:lost|losing)\s+(?:an|one|both|its|the)\s+engines?`, String.raw`uncontained\s+engine`, String.raw`compressor\s+(?:stall|surge)`, String.raw`shut\s+down\s+(?:one\s+of\s+)?(?:the|its|an|one|both)\s+(?:aircraft's\s+|plane's\s+|jet's\s+)?(?:(?:two|four|left|right|left-hand|right-hand|No\.\s*\d|number\s+\w+|main)\s+)?engines?`, String.raw`low\s+oil\s+pressure\s+(?:indication|warning|light|reading)`, String.raw`(?:lost|losing|loss\s+of)\s+(?:engine\s+)?oil\s+pressure`, String.raw`(?:engine|turbine|fan)\s+blade\s+(?:failure|separation|broke)`, String.raw`bird\s+strike`] },
  { type: 'hard landing', patterns: [String.raw`hard\s+(?:landing|touchdown)`, String.raw`(?:struck|hit)\s+the\s+runway`, String.raw`(?:nose|main)\s+(?:landing\s+)?gear\s+(?:partially\s+)?collapsed`, String.raw`gear\s+collapse`, String.raw`tail\s*strike`, String.raw`(?:land(?:ed|s|ing)?|touch(?:ed|es|ing)?\s+down)\s+hard`, String.raw`slam(?:med|s|ming)?\s+(?:down\s+)?(?:on|onto)\s+the\s+(?:runway|tarmac|surface|deck)`, String.raw`(?:overran|skidded\s+off|veered\s+off|ran\s+off)\s+the\s+(?:end\s+of\s+the\s+)?runway`, String.raw`runway\s+(?:excursion|overrun)`, String.raw`crash[- ]landed`, String.raw`tip(?:ped|s)?\s+over\s+(?:after|on)\s+(?:landing|touchdown)`] },
  { type: 'runway incursion', patterns: [String.raw`runway\s+incursion`, String.raw`(?:crossed|entered|taxied\s+(?:across|onto)|strayed\s+onto|wandered\s+onto)\s+(?:the\s+)?(?:active\s+)?runway`],
    note: '"entered the runway" is also routine ("entered the runway for take-off"); in an incident story it is the incursion' },
  { type: 'rollover', patterns: [String.raw`roll(?:ed|s)?\s+over(?!\s+(?:the\s+)?(?:loan|debt|contract|deal))`, String.raw`rollover`, String.raw`overturn(?:ed|s)?`, String.raw`flipped\s+(?:over|onto)`, String.raw`tip(?:ped|s)?\s+(?:over|onto)`],
    note: 'road vehicles and landers: "the bus rolled over", "the lander tipped over"; "rolled over the loan" is finance' },
  { type: 'breakup', patterns: [String.raw`broke\s+(?:apart|up)\s+(?:in\s+flight|in\s+mid-?air|in\s+the\s+air|during|over|shortly|moments|seconds|minutes)`, String.raw`in-flight\s+breakup`, String.raw`disintegrated`, String.raw`came\s+apart\s+in\s+(?:flight|mid-?air)`] },
  { type: 'system failure', patterns: [String.raw`malfunction(?:ed|ing)?`, String.raw`(?:system|power|brake|door|thruster|computer|software|hydraulic|pump|valve|sensor|generator)\s+failure`, String.raw`(?:failure|loss)\s+of\s+(?:one\s+of\s+)?(?:a|an|the|its|one|two|both)\s+(?:[\w-]+\s+){0,3}?(?:thrusters?|systems?|computers?|pumps?|generators?|valves?|sensors?|brakes?|hydraulics)`, String.raw`(?:automatic\s+)?abort(?:ed)?\s+(?:the\s+|its\s+)?(?:docking|landing|approach|launch|take-?off|rendezvous)`, String.raw`(?:docking|landing|approach|rendezvous)\s+abort`, String.raw`automatic\s+abort`, String.raw`anomaly`, String.raw`blew\s+out`, String.raw`door\s+plug`] },
  // Incidents without a vehicle (added for the reconciler's ECB+ benchmark: bombings, shootings, quakes…).
  { type: 'earthquake', patterns: [String.raw`(?:earth)?quakes?`, String.raw`tremors?`, String.raw`temblors?`, String.raw`aftershocks?`, String.raw`seismic\s+(?:event|shock)`],
    note: '"tremor" is also a medical symptom; in incident news it is nearly always seismic' },
  { type: 'shooting', patterns: [String.raw`shootings?(?!\s+(?:star|range|script|schedule|location))`, String.raw`(?:(?:fatally|was|were|been)\s+)?(?:shot|gunned)\s+(?:\w+\s+){0,2}(?:dead|down|to\s+death)`, String.raw`(?:fatally|was|were|been)\s+shot`, String.raw`shot\s+and\s+(?:killed|wounded)`, String.raw`opened\s+fire`, String.raw`gunman`, String.raw`gunmen`, String.raw`gunfire`, String.raw`gunshots?`],
    note: '"shot" alone is also a photo, an attempt or a vaccine dose; "shooting" is also filming (a shooting script)' },
  { type: 'bombing', patterns: [String.raw`bombings?`, String.raw`(?:fire|petrol|car|pipe|nail)[- ]?bomb(?:s|ed|ing)?`, String.raw`bomb(?:ed)?(?!\s+(?:squad|disposal|threat|scare|technician|shelter|sniffing))`, String.raw`air\s?strikes?`, String.raw`suicide\s+(?:attack|bomber)s?`, String.raw`shelling`, String.raw`Molotov\s+cocktails?`],
    note: '"bomb squad", "bomb threat", "bomb technician" name responders or a hoax, not a blast; "the show bombed" is rare in incident news' },
  { type: 'robbery', patterns: [String.raw`robber(?:y|ies|s)`, String.raw`robbed`, String.raw`heists?`, String.raw`ram[- ]raid(?:ed|s)?`, String.raw`hold[- ]?up`, String.raw`burglar(?:y|ies|s)`, String.raw`looted`, String.raw`thie(?:f|ves)`, String.raw`st(?:ole|olen|ealing)`, String.raw`made\s+off\s+with`, String.raw`(?:stormed|raided)\s+by\s+(?:\w+\s+){0,4}(?:robbers|thieves|gunmen|raiders)`],
    note: '"hold up" is also "delay" (traffic held up): only the noun forms "hold-up"/"holdup" in practice' },
  { type: 'piracy', patterns: [String.raw`pira(?:cy|tes?)`, String.raw`hijack(?:ed|ing|ers?)?`],
    note: 'software "piracy" is a different sense; it rarely sits with an incident trigger' },
  { type: 'stabbing', patterns: [String.raw`stabb(?:ed|ing|ings)`, String.raw`knifed`, String.raw`knife\s+attack`] },
  { type: 'killing', patterns: [String.raw`murder(?:ed|ing|s)?`, String.raw`homicide`, String.raw`slaying`, String.raw`slain`],
    note: '"killed" alone is left out: it reports the deaths of any incident ("the quake killed ten")' },
  { type: 'fall', patterns: [String.raw`f(?:[ae]ll(?:en|s)?|alling)\s+(?:[\w,]+\s*){0,3}(?:to\s+(?:his|her|their)\s+deaths?|\d+\s*(?:m|metres|meters|feet|ft)\b)`, String.raw`plunge[ds]?\s+(?:\w+\s+){0,3}to\s+(?:his|her|their)\s+deaths?`, String.raw`f[ae]ll(?:en|s)?\s+(?:over|from|off)\s+(?:the\s+edge|an?\s+(?:cliff|ridge|mountain|ledge|roof|balcony|building|crevasse))`, String.raw`(?:fatal|deadly)\s+falls?`, String.raw`climbing\s+(?:accident|tragedy)`],
    note: 'prices and rates "fell" too: only falls to a death or over a distance count' },
  { type: 'hit-and-run', patterns: [String.raw`hit[- ]and[- ]run`, String.raw`(?:struck|hit|mowed)\s+(?:\w+\s+){0,3}(?:and\s+killed|down)`, String.raw`r[au]n\s+over`],
    note: '"ran over budget" is a trap for "ran over": an object must follow in practice; kept short' },
  { type: 'cable cut', patterns: [String.raw`cables?\s+(?:\w+\s+){0,2}(?:were|was|had\s+been|been)\s+(?:cut|severed|damaged|broken)`, String.raw`(?:cut|severed|damaged|broken)\s+(?:undersea|submarine|fibre|fiber|underwater)\s+(?:\w+\s+)?cables?`, String.raw`cable\s+(?:cuts?|breaks?|faults?|damage)`, String.raw`(?:severed|damaged|cut|broken)\s+(?:\w+\s+)?cables?`, String.raw`(?:network|internet|cable|connectivity|broadband)\s+outages?`, String.raw`break\s+in\s+the\s+(?:\w+\s+)?(?:cable|fibre|fiber)`, String.raw`(?:network|service|internet|cable|broadband)\s+(?:downtime|disruptions?)`, String.raw`(?:cables?|links?)\s+(?:\w+\s+){0,3}failed`, String.raw`(?:problems?|faults?|breaks?)\s+on\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}cables?`, String.raw`experienc(?:ed|es|ing)\s+(?:\w+\s+)?downtime`],
    note: '"outage" is left out: power cuts follow quakes and storms, they are consequences, not this type' },
  { type: 'attack', patterns: [String.raw`(?<!(?:heart|panic|asthma|anxiety)\s)attack(?:ed|s)?(?!\s+(?:helicopters?|submarines?|dogs?|aircraft|ads?))`, String.raw`assault(?:ed)?`],
    note: '"heart attack", "panic attack", "attack helicopter" are not attacks on people; "attack ads" neither' },
  { type: 'disappearance', patterns: [String.raw`presumed\s+dead`, String.raw`disappear(?:ed|ance)`, String.raw`(?:went|gone|reported)\s+missing`],
    note: 'prices and species "disappear" too; in incident news these words nearly always mean a person or crew lost' },
  { type: 'riot', patterns: [String.raw`riot(?:s|ing|ed)?(?!\s+(?:police|gear|shields?|squad))`, String.raw`unrest`],
    note: '"riot police" and "riot gear" name responders, not a riot' },
];

/** Words that refer back to an incident without saying which kind. */
export const incidentAnaphors = [String.raw`incident`, String.raw`accident`, String.raw`mishap`, String.raw`disaster`, String.raw`emergency`, String.raw`tragedy`, String.raw`wreck(?:age)?`,
  // a story of several events counts them: "The first happened on Tuesday… The second followed on Friday."
  String.raw`(?<=\b(?:first|second|third|fourth|latest|next)\s+(?:one\s+|event\s+)?)(?:followed|came|happened|occurred)`];

/**
 * Cues that a trigger introduces another, separate incident ("a similar incident", "another
 * explosion", "had previously run aground").
 * Trap: "the incident" alone refers to the main one; only these phrasings open a new one.
 * Trap: time words alone ("last week's crash", "three years ago") are NOT here: in a follow-up
 * story they date the main incident. They are `pastTimeCues`, weighed against the dates.
 */
const INCIDENT_NOUN = String.raw`(?:incident|accident|leak|crash|collision|fire|blaze|derailment|explosion|blast|grounding|mishap|disaster|tragedy|episode|event|case)s?`;
export const backgroundCues = [
  String.raw`(?:a|another)\s+similar\s+${INCIDENT_NOUN}`,
  String.raw`(?:a|an)\s+(?:earlier|previous|prior|separate|unrelated|older)\s+${INCIDENT_NOUN}`,
  String.raw`another\s+(?:[\w-]+\s+){0,2}?${INCIDENT_NOUN}`,
  // an indefinite incident dated inside its own noun phrase: "an October 1984 train crash",
  // "a massive 2015 explosion" (the main incident is "the 2013 crash")
  String.raw`\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d{2}\s+(?:[\w-]+\s+){0,2}?${INCIDENT_NOUN}`,
  String.raw`in\s+a\s+(?:separate|similar|previous|earlier)\s+(?:incident|accident|case)`,
  String.raw`in\s+addition\s+to\s+the\b`,
  String.raw`(?:recalled|reminiscent\s+of|echoe[sd])`,
  String.raw`(?:had|has)\s+(?:also\s+)?(?:previously|earlier|before)`,
  String.raw`happened\s+(?:before|previously|earlier)`,
  String.raw`\b(?:second|third|fourth|next|latest)\s+(?:one\s+|event\s+|incident\s+)?(?:followed|came|happened|occurred)`,
];

/**
 * Cues that a statement is about the past ("last year's crash", "three years ago", "the
 * second such incident"). They open another incident only when the current one is fresh (dated
 * near publication) and the sentence gives no date that fits it; a follow-up story about an
 * old incident keeps them in the main one.
 */
export const pastTimeCues = [
  String.raw`(?:last|previous)\s+(?:year|month|week|summer|winter|spring|fall|autumn)'s\s+\w+`,
  String.raw`(?:is|was|marks)\s+(?:not\s+)?the\s+(?:first|second|third|latest)\s+(?:such\s+)?(?:incident|accident|leak|crash|collision|fire|derailment|time)`,
  String.raw`(?:years|months|decades)\s+(?:ago|earlier|before)`,
];

/**
 * Counted plurals are statistics, not incident statements: "81 crashes at crossings", "several
 * derailments this year", "a series of fires". A quantifier up to two words before a plural
 * trigger makes it one.
 * Trap: "the two collisions" names incidents already told; it is still no new statement.
 */
export const statisticQuantifiers = String.raw`(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|multiple|numerous|countless|some|more|fewer|other|such|similar|these|those|series\s+of|number\s+of|spate\s+of|string\s+of)\s+(?:[\w-]+\s+){0,2}$`;

/** A negation right before a trigger cancels it ("no leaks", "without incident"). */
export const triggerNegations = String.raw`(?:no|not|never|without|nor|zero)\s+(?:\w+\s+){0,2}$`;

/**
 * Generic labels and the specific ones that refine them: a train "crash" that the story also
 * calls a derailment is a derailment. A refinement wins when it is said at least
 * `REFINEMENT_SHARE` as often as the generic label ("crash" twelve times and "collided with a
 * seawall" three times stays a crash).
 * Trap: fire and explosion are not refinements: a crash that caught fire is still a crash.
 */
export const typeRefinements: Record<string, string[]> = {
  crash: ['derailment', 'collision', 'hard landing', 'breakup', 'rollover', 'grounding', 'capsize'],
};
export const REFINEMENT_SHARE = 1 / 3;

/** Substances that qualify a leak or fire type ("coolant leak", "fuel leak", "battery fire"). */
export const typeQualifiers: Record<string, string[]> = {
  leak: ['coolant', 'fuel', 'oil', 'ammonia', 'gas', 'hydraulic', 'air', 'water', 'propellant', 'helium', 'chemical', 'diesel'],
  fire: ['engine', 'battery', 'cargo', 'cabin', 'galley', 'brush', 'electrical'],
  explosion: ['gas', 'battery', 'boiler', 'chemical'],
};
