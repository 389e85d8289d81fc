/**
 * Cause cue phrases, as data. One entry is one rule (`cause.<id>`); its `shape` says which small
 * function reads it (see src/extract/causes/rules.ts). Patterns are regex sources matched
 * case-insensitively on one sentence, with word edges added by the compiler; alternations are
 * built longest-first with `alt()`. Every entry carries the trap it is known to fall into.
 *
 * Keep entries general (cue classes), never phrases from one article.
 *
 * The second half of the file is the clause vocabulary (boundaries, connectives, attribution
 * tails) shared with src/extract/consequences: it decides where "the clause that states the
 * cause" ends.
 */

/** Joins regex fragments longest-first, so "caused by" is tried before "caused". */
export function alt(xs: readonly string[]): string {
  return [...xs].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join('|');
}

export type CauseShape =
  /** The cause follows the cue: "due to X". A named group `c` moves the clause start ("after <c>X struck Y</c>"). */
  | 'object-after'
  /** The cause precedes the cue: "X caused Y", "X, causing Y", "X was to blame". */
  | 'subject-before'
  /** The cause sits between two cue parts, in named group `c`: "looking into X as a possible cause". */
  | 'between'
  /** The text says the cause is not known or is being investigated. */
  | 'unknown';

export interface CauseCue {
  /** Rule id suffix: the rule is `cause.<id>`. */
  id: string;
  /** Class written on the mention (`ClauseMention.cue`). */
  cue: string;
  shape: CauseShape;
  /** Regex source (case-insensitive). For object-after, the object starts where the match ends. */
  pattern: string;
  /** Regex tested at the start of the object: a match means this is not a cause. */
  objectTrap?: string;
  /** Regex the object must contain somewhere (claims need a failure phrase). */
  objectMust?: string;
  /** Regex where the object stops early ("blamed X for Y": stop at "for"). */
  objectStop?: string;
  /** Regex tested on the sentence text before the cue: a match means this is not a cause. */
  contextTrap?: string;
  /**
   * `np`: the object is a noun phrase and ends before the verb of the main clause ("damage caused
   * by [the crash] is estimated at ..."); default `clause`: runs to the end of the clause.
   */
  object?: 'np' | 'clause';
  /**
   * The cue can open the sentence as an adverbial ("Due to fog, flights were delayed"): then the
   * object ends at the first comma. Not for cues that start with their own subject
   * ("Inspectors found that X, or Y").
   */
  adverbial?: boolean;
  /** One-line description with an example. */
  example: string;
  /** The trap: where the cue matches and is not a cause. */
  note: string;
}

// ───────────────────────────── word lists ─────────────────────────────

/**
 * Heads of noun phrases that name the incident itself. "Due to the issue, the spacewalk was
 * canceled": the object is an anaphor of the incident, so it is no cause; the main clause is a
 * consequence instead. Trap: only with a definite determiner ("due to a leak" IS a cause) and
 * at most an anaphoric modifier ("the recent crash"); "the gas leak" keeps its content word and
 * counts as a cause.
 */
export const incidentWords = [
  'incident', 'accident', 'issue', 'problem', 'leak', 'leakage', 'crash', 'collision', 'derailment',
  'explosion', 'blast', 'fire', 'blaze', 'mishap', 'emergency', 'disaster', 'tragedy', 'malfunction',
  'failure', 'situation', 'event', 'episode', 'occurrence', 'outage', 'breakdown', 'anomaly',
  'crash-landing', 'crash landing', 'wreck', 'sinking', 'grounding', 'derailing',
];
export const anaphorDeterminers = ['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'said'];
export const anaphorModifiers = [
  'same', 'recent', 'latest', 'earlier', 'previous', 'above', 'aforementioned', 'initial', 'reported',
  'apparent', 'whole', 'entire', 'current', 'ongoing', 'unfortunate', 'tragic', 'deadly', 'fatal',
  "weekend's", "sunday's", "saturday's", "friday's", "thursday's", "wednesday's", "tuesday's", "monday's",
  "yesterday's", "today's", "last week's", "last year's",
];
/**
 * Nouns that name the incident as an event. As the SUBJECT of "X caused/led to Y" they make Y a
 * consequence of the incident, not X a cause ("a massive train collision in 1907 led to the
 * death of ..."). Trap: "leak", "fire", "explosion", "failure" are left out on purpose: "a gas
 * leak caused the explosion" is a real cause.
 */
export const eventWords = ['incident', 'accident', 'impact', 'crash', 'collision', 'derailment', 'disaster', 'tragedy', 'mishap', 'wreck', 'crash-landing', 'crash landing', 'pileup', 'pile-up'];

/** Words between a subject and its verb that are not part of the subject ("the fire also caused", "X could have caused"). */
export const subjectTailWords = ['also', 'then', 'later', 'eventually', 'reportedly', 'probably', 'likely', 'apparently', 'allegedly', 'possibly', 'may', 'might', 'could', 'would', 'will', 'should', 'must', 'can', 'have', 'has', 'had', 'not', 'ultimately', 'directly', 'further', 'in turn', 'partly', 'largely'];
/** Of those, the ones that make the cause a hypothesis (cue `suspected`). */
export const hedgeWords = ['probably', 'likely', 'apparently', 'allegedly', 'possibly', 'may', 'might', 'could', 'would'];

/** Objects/subjects that are bare pronouns: never a cause on their own. */
export const pronouns = ['it', 'this', 'that', 'these', 'those', 'them', 'which', 'what', 'who', 'he', 'she', 'they', 'him', 'her', 'there', 'something', 'anything'];

/**
 * "due to" + a verb is a schedule ("due to arrive at 5 p.m.", "due to be replaced"), not a cause.
 * compromise tags "arrive"/"be" after "due to" as nouns, so the list is explicit.
 */
export const scheduleVerbs = [
  'be', 'arrive', 'depart', 'leave', 'land', 'take off', 'launch', 'open', 'close', 'start', 'begin',
  'resume', 'sail', 'dock', 'return', 'finish', 'end', 'expire', 'appear', 'meet', 'stand', 'testify',
  'retire', 'go', 'come', 'enter', 'reopen', 'complete', 'undergo', 'face', 'visit', 'report',
  'deliver', 'fly', 'run', 'travel', 'make', 'hold', 'receive', 'hear', 'release', 'publish',
  'announce', 'air', 'vote', 'decide', 'rule', 'take', 'give', 'get', 'have', 'move', 'head', 'reach',
  'lift off', 'splash down', 'berth', 'unberth', 'undock', 'relocate', 'conduct', 'perform',
];

/**
 * Strike and collision verbs for "after/when X struck Y": the clause starts at X.
 * Trap: only with a strike verb; "after the ship docked" is just time.
 */
export const strikeVerbs = [
  'struck', 'strikes', 'striking', 'hit', 'hits', 'hitting', 'collided with', 'colliding with',
  'crashed into', 'crashing into', 'slammed into', 'slamming into', 'smashed into', 'smashing into',
  'plowed into', 'ploughed into', 'plowing into', 'ploughing into', 'ran into', 'running into',
  'rammed', 'ramming', 'clipped', 'clipping', 'sideswiped', 'ran over', 'running over',
  'ran aground', 'running aground', 'ran onto', 'veered into', 'veered off', 'careened into',
  'was struck by', 'were struck by', 'being struck by', 'struck by', 'was hit by', 'were hit by',
  'being hit by', 'hit by', 'touched', 'punctured', 'pierced',
];
/** Objects that make "hit" an idiom: "hit the brakes", "hit a curve", "hit a record". */
export const strikeTrapObjects = [
  'the brakes', 'the brake', 'brakes', 'a curve', 'the curve', 'a bend', 'the bend', 'the road',
  'the headlines', 'headlines', 'the jackpot', 'the market', 'the shelves', 'shelves', 'a record',
  'record', 'a high', 'a low', 'top speed', 'a top speed', 'speeds of', 'a speed of', 'rock bottom',
  'the ground running', 'a milestone', 'the target', 'its target', 'a snag', 'the snooze',
];

/** Who can hold a belief or make a finding about a cause. */
export const authorities = [
  'investigators?', 'officials?', 'police', 'authorities', 'experts?', 'inspectors?', 'engineers?',
  'analysts?', 'prosecutors?', 'detectives?', 'the ntsb', 'ntsb', 'the faa', 'the board', 'the agency',
  'the navy', 'the coast guard', 'the company', 'the airline', 'the operator', 'the railroad',
  'the manufacturer', 'sources',
];

/** Reporting verbs for claimed causes ("the engineer said the brakes did not work"). */
export const claimVerbs = [
  'said', 'says', String.raw`told\s+(?:[^\s,;]+\s+){1,3}?that`, 'claimed', 'claims', 'claim',
  'insisted', 'insists', 'maintained', 'maintains', 'alleged', 'alleges', 'argued', 'argues',
  'contended', 'contends', 'testified', 'testifies', 'recalled', 'recalls', 'suggested', 'suggests',
];

/**
 * Verbs after which a new clause (the subject of "X caused Y") starts: "officials said [a gas
 * leak] caused the blast". Includes the claim verbs.
 */
export const reportingVerbs = [
  ...claimVerbs, 'noted', 'notes', 'stated', 'states', 'added', 'adds', 'explained', 'confirmed',
  'announced', 'reported', 'reportedly', 'believe', 'believes', 'believed', 'think', 'thinks',
  'thought', 'suspect', 'suspects', 'suspected', 'found', 'determined', 'concluded', 'indicates',
  'indicated', 'shows', 'showed', 'revealed', 'say', 'acknowledged', 'admitted', 'conceded', 'suggest',
];

/**
 * A reported statement is a claimed cause only when it states a failure.
 * Trap: "the engineer said he had worked there for 20 years" has no failure, so no cause.
 */
export const failurePhrases = [
  String.raw`(?:did|does|would|could|was|were|had|has)(?:n['’]t|\s+not)\s+(?:\w+\s+)?(?:work|working|function|functioning|respond|responding|engage|engaging|stop|slow|hold|activate|deploy|operate|operating|brake|braking)`,
  'failed', String.raw`(?:brake|engine|signal|equipment|mechanical|power|steering|hydraulic)\s+(?:failure|fault|problem|malfunction)s?`,
  'malfunctioned', 'gave out', 'gave way', 'went out', 'went dead',
  'stopped working', String.raw`(?:was|were|is|are)\s+(?:\w+\s+)?(?:faulty|defective|broken|to blame|at fault|responsible)`,
  'fell asleep', 'dozed off', 'zoned out', 'speeding', 'too fast', 'too slow', 'too low', 'too high',
  'lost control', 'lost power', 'blew out', 'blown out',
];

/**
 * Text before "because" that reports a NON-effect: then the because-clause explains why nothing
 * happened ("didn't affect the outpost because the hatch had been locked") and is a containment
 * consequence, not a cause.
 */
export const nonEffectContext = String.raw`(?:did|does|has|had|was|were|would|could|is|are)(?:n['’]t|\s+not)\s+(?:\w+\s+)?(?:affect|affected|damage|damaged|harm|harmed|injure|injured|hurt|threaten|threatened|endanger|endangered|pose|posed|spread|reach|reached|escalate|impact|impacted)|(?:is|are|was|were|remained|remains)\s+(?:\w+\s+)?(?:safe|unharmed|unaffected|intact|fine)|\bno one\b|\bnobody\b|\bsurvived\b|\bescaped\b`;

/** Cues whose certainty is lower: when a stated cue sits inside one, the mention keeps the hedge. */
export const hedgedCues = ['belief', 'suspected', 'claimed', 'finding'];

const AUTH = alt(authorities);
const CLAIM = alt(claimVerbs);
const FAILURE = alt(failurePhrases);
const STRIKE = alt(strikeVerbs);
const ADV = String.raw`(?:\w+ly\s+|in\s+part\s+|at\s+least\s+partly\s+)?`;

// ───────────────────────────── cause cues ─────────────────────────────

export const causeCues: CauseCue[] = [
  // "the incident was due to a tiny meteoroid that left a small hole"
  {
    id: 'due-to', cue: 'due-to', shape: 'object-after', adverbial: true, object: 'np',
    pattern: String.raw`(?:due|owing)\s+${ADV}to\s+(?:the\s+fact\s+that\s+)?`,
    objectTrap: String.raw`(?:${alt(scheduleVerbs)})\b`,
    example: 'flights were delayed due to heavy fog → "heavy fog"',
    note: 'schedule: "due to arrive at 5 p.m.", "due to be replaced"; anaphor: "Due to the issue, ..." (then a consequence)',
  },
  // "the fire was caused by a discarded cigarette"
  {
    id: 'caused-by', cue: 'caused-by', shape: 'object-after', object: 'np',
    pattern: String.raw`caused\s+${ADV}by\s+`,
    example: 'the blast was caused by a gas leak → "a gas leak"',
    note: '"damage caused by the crash": object is the incident itself (anaphor), not a cause',
  },
  // "the derailment was blamed on excessive speed"
  {
    id: 'blamed-on', cue: 'blamed-on', shape: 'object-after', object: 'np',
    pattern: String.raw`(?:blamed\s+${ADV}on|(?:put|puts|placed|places|laid|lays|pinned|pins)\s+(?:the\s+|much\s+of\s+the\s+)?blame\s+${ADV}on)\s+`,
    example: 'the crash was blamed on pilot error → "pilot error"',
    note: 'active "X blamed Y" is a claim (see `blame`), "blamed on" is the attribution itself',
  },
  // "because of the holiday, the office was closed" (a cause grammatically; assemble filters by incident context)
  {
    id: 'because-of', cue: 'because', shape: 'object-after', adverbial: true, object: 'np',
    pattern: String.raw`because\s+of\s+`,
    contextTrap: nonEffectContext,
    example: 'the ferry was held because of high winds → "high winds"',
    note: 'anaphor "because of the accident" → consequence; after a non-effect ("was not damaged because of") → not a cause',
  },
  // "The ferry ran aground because the autopilot failed"
  {
    id: 'because', cue: 'because', shape: 'object-after', adverbial: true,
    pattern: String.raw`because\s+(?!of\b)`,
    contextTrap: nonEffectContext,
    example: 'the ferry ran aground because the autopilot failed → "the autopilot failed"',
    note: '"didn\'t affect the station because the hatch had been locked": explains a non-effect (containment), not a cause',
  },
  // "the engine failed as a result of fuel contamination"
  {
    id: 'as-a-result-of', cue: 'result-of', shape: 'object-after', adverbial: true, object: 'np',
    pattern: String.raw`as\s+an?\s+(?:\w+\s+)?result\s+of\s+`,
    example: 'the engine failed as a result of fuel contamination → "fuel contamination"',
    note: '"as a result," (no "of") is a connective; "as a result of the crash" is an anaphor (then a consequence)',
  },
  // "the crash was the result of pilot fatigue"
  {
    id: 'result-of', cue: 'result-of', shape: 'object-after', object: 'np',
    pattern: String.raw`(?<!\bas\s)(?:the|an?)\s+(?:\w+\s+)?result\s+of\s+`,
    contextTrap: String.raw`^[\s"“‘']*$`,
    example: 'the collapse was the result of corrosion → "corrosion"',
    note: '"The result of this diagnosis is ..." opens a sentence: an outcome, not a cause; "the results of the probe" (plural) is not matched',
  },
  // "the delay was attributed to a signal fault"
  {
    id: 'attributed-to', cue: 'attributed-to', shape: 'object-after', object: 'np',
    pattern: String.raw`attribut(?:ed|able|es)\s+(?:[^\s,;]+\s+){0,5}?${ADV}to\s+`,
    example: 'the fire was attributed to faulty wiring → "faulty wiring"',
    note: '"a quote attributed to the minister" is about authorship; the assemble stage drops causes far from an incident. Active "attributed the crash to X" allowed (up to 5 words between)',
  },
  // "the fire was triggered by a short circuit"
  {
    id: 'triggered-by', cue: 'triggered-by', shape: 'object-after', object: 'np',
    pattern: String.raw`(?:triggered|sparked|set\s+off|ignited)\s+${ADV}by\s+`,
    example: 'the blaze was sparked by welding work → "welding work"',
    note: '"an alarm triggered by the smoke" states what set off the alarm, still a cause grammatically',
  },
  // "the failure was traced to a cracked weld"
  {
    id: 'traced-to', cue: 'traced-to', shape: 'object-after', object: 'np',
    pattern: String.raw`(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been)\s+${ADV}traced\s+(?:back\s+)?to\s+`,
    example: 'the leak was traced to a cracked weld → "a cracked weld"',
    note: '"the call was traced to a phone booth" is police work, not a cause; needs incident context',
  },
  // "the failure stemmed from a worn bearing"
  {
    id: 'stemmed-from', cue: 'stemmed-from', shape: 'object-after', object: 'np',
    pattern: String.raw`(?:stemmed|stems|stemming|resulted|results|resulting|arose|arises|arising)\s+${ADV}from\s+`,
    example: 'the outage stemmed from a software bug → "a software bug"',
    note: '"results from the tests" (noun) has no preceding subject verb sense; rare',
  },
  // "the probable cause was the crew's failure to monitor airspeed"
  {
    id: 'cause-was', cue: 'cause-was', shape: 'object-after',
    pattern: String.raw`(?:(?:probable|main|primary|root|official|immediate|leading|actual|exact|direct)\s+)?cause\s+(?:of\s+[^,;]{1,60}?\s+)?(?:was|is|has\s+been|had\s+been)\s+(?:determined\s+to\s+be\s+|found\s+to\s+be\s+|identified\s+as\s+)?`,
    objectTrap: String.raw`(?:not|still|yet|unknown|unclear|under|being|a\s+mystery|undetermined|unexplained|uncertain)\b`,
    example: 'the cause of the crash was metal fatigue → "metal fatigue"',
    note: '"the cause was not known" / "remains unclear" belong to `unknown`',
  },
  // "the suspected cause is a gas leak"
  {
    id: 'suspected-cause', cue: 'suspected', shape: 'object-after',
    pattern: String.raw`(?:suspected|possible|likely|potential|probable|presumed)\s+(?:cause|culprit|reason)\s+(?:of\s+[^,;]{1,60}?\s+)?(?:was|is|has\s+been)\s+`,
    objectTrap: String.raw`(?:not|still|unknown|unclear|under|being)\b`,
    example: 'the suspected cause was a gas leak → "a gas leak"',
    note: 'hedged; "a suspected terrorist" (adjective before a person) is not matched on purpose',
  },
  // "investigators believe the driver fell asleep"
  {
    id: 'belief', cue: 'belief', shape: 'object-after',
    pattern: String.raw`(?:(?:${AUTH})(?:\s+[^\s,;]+){0,3}?\s+(?:now\s+|also\s+|still\s+)?(?:believe|believes|believed|think|thinks|thought)(?:\s+that)?|it\s+(?:is|was)\s+(?:now\s+)?(?:believed|thought)(?:\s+that)?)\s+`,
    objectTrap: String.raw`to\b|the\s+crew\s+(?:is|are|was|were)\s+safe|(?:neither|none|nothing|no)\b`,
    example: 'investigators believe the driver fell asleep → "the driver fell asleep"',
    note: '"officials believe the crew is safe" is no cause (object trap); any belief object is kept otherwise',
  },
  // "police suspect a gas leak"
  {
    id: 'suspected', cue: 'suspected', shape: 'object-after',
    pattern: String.raw`(?:${AUTH})(?:\s+[^\s,;]+){0,3}?\s+(?:now\s+|also\s+)?(?:suspect|suspects|suspected)(?:\s+that)?\s+`,
    objectTrap: String.raw`(?:him|her|them|the\s+(?:driver|man|woman|suspect))\s+(?:of|was|is)\b`,
    example: 'police suspect a gas leak caused the blast → "a gas leak caused the blast"',
    note: '"police suspect him of arson" is about a person; "suspected of" is not matched',
  },
  // "an investigation indicates the pilots failed to realize the aircraft was too low"
  {
    id: 'finding', cue: 'finding', shape: 'object-after',
    pattern: String.raw`(?:investigation|investigators|probe|inquiry|report|review|analysis|autopsy|ntsb|board|inspectors)(?:\s+[^\s,;]+){0,3}?\s+(?:found|finds|determined|determines|concluded|concludes|indicates|indicated|showed|shows|revealed|reveals|suggests|suggested|established)(?:\s+that)?\s+`,
    objectTrap: String.raw`(?:no\s+(?:evidence|sign|signs|indication)|nothing|any|whether|if|what|how|why)\b|(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:probe|investigation|inquiry|review|analysis|hearing|search)\b`,
    contextTrap: String.raw`\b(?:nothing|no\s+(?:evidence|sign|signs|indication|indications))\b[^;]*$`,
    example: 'the NTSB determined that the pilot was fatigued → "the pilot was fatigued"',
    note: '"found no evidence of X" is a negative finding; "determined that the cause remained unexplained" is `unknown`',
  },
  // "the engineer said the brakes did not work"
  {
    id: 'claimed', cue: 'claimed', shape: 'object-after',
    pattern: String.raw`(?:${CLAIM})(?:\s+that)?\s+`,
    objectMust: FAILURE,
    example: 'the engineer said the brakes did not work → "the brakes did not work"',
    note: 'reported speech is only a claimed cause when it states a failure ("said he had worked there 20 years" is not)',
  },
  // "the union blamed management for the crash"; "Operator Blames Brakes For Fatal Derailment"
  {
    id: 'blame', cue: 'claimed', shape: 'object-after',
    pattern: String.raw`(?<!\b(?:to|was|were|is|are|be|been|being)\s)\bblam(?:e|es|ed|ing)\s+(?!on\b|for\b|game\b)`,
    objectStop: String.raw`\s+for\s`,
    objectTrap: String.raw`(?:himself|herself|themselves|no\s+one|nobody|at|in|by|after|as|since|over|when|because)\b`,
    example: 'the union blamed management for the crash → "management"',
    note: '"blamed on" is attribution, "to blame" is `to-blame`, "blame game" is politics',
  },
  // "after a meteoroid struck the radiator"; "The train derailed after striking a backhoe"
  {
    id: 'strike', cue: 'strike', shape: 'object-after', adverbial: true,
    pattern: String.raw`(?:after|when|upon|as|once)\s+(?<c>(?:[^\s,;]+\s+){0,8}?(?:${STRIKE})\s+)`,
    objectTrap: String.raw`(?:${alt(strikeTrapObjects)})\b`,
    example: 'the train derailed after striking a backhoe on the tracks → "striking a backhoe on the tracks"',
    note: 'temporal "after the ship docked" has no strike verb; "when it hit the brakes/a curve" is an idiom (object trap)',
  },
  // "a gas leak caused the explosion"; "..., causing the coolant to leak"
  {
    id: 'caused', cue: 'caused', shape: 'subject-before',
    pattern: String.raw`(?:caused|causing)\s+(?!by\b|to\s+(?:the|a|an|its)\b)`,
    example: 'a gas leak caused the explosion → "a gas leak"',
    note: '"caused delays": the cause is the subject, "delays" is a consequence; "the accident caused delays" has an anaphor subject → no cause',
  },
  // "excessive speed led to the derailment"
  {
    id: 'led-to', cue: 'caused', shape: 'subject-before',
    pattern: String.raw`(?:(?:led|leads|leading)\s+(?!up\b)to|(?:resulted|results|resulting)\s+in|(?:triggered|triggering|sparked|sparking)\s+(?!by\b))\s+`,
    example: 'excessive speed led to the derailment → "excessive speed"',
    note: '"the investigation led to charges" gives a non-cause subject; the assemble stage filters by incident context',
  },
  // "fatigue contributed to the crash"
  {
    id: 'contributed-to', cue: 'contributed', shape: 'subject-before',
    pattern: String.raw`(?:(?:contributed|contributes|contributing)\s+to|(?:helped|helps|helping)\s+(?:to\s+)?(?:spread|fuel|cause|trigger))\s+`,
    example: 'pilot fatigue contributed to the crash → "pilot fatigue"; chemicals that helped spread the flames → "chemicals"',
    note: '"contributing to the fund" (money); "these could be factors contributing to" (pronoun subject, dropped)',
  },
  // "investigators will explore whether speed or the brakes were to blame"
  {
    id: 'to-blame', cue: 'to-blame', shape: 'subject-before',
    pattern: String.raw`(?:was|were|is|are|be|been|may\s+have\s+been|might\s+have\s+been|could\s+have\s+been)\s+${ADV}(?:to\s+blame|responsible)\s+(?:for\s+)?`,
    example: 'the signal system was to blame → "the signal system"',
    note: '"was not to blame" is negated (dropped); "whether X was to blame" is hedged (cue becomes `suspected`)',
  },
  // "investigators are looking into sleep apnea as a possible cause"
  {
    id: 'possible-cause', cue: 'suspected', shape: 'between',
    pattern: String.raw`(?:looking\s+into|look\s+into|looked\s+into|examining|examine|investigating|investigate|considering|consider|probing|studying|eyeing|exploring)\s+(?<c>[^,;]{1,80}?)\s+as\s+(?:a|an|the|one)\s+(?:\w+\s+)?(?:possible|potential|likely|probable|contributing)?\s*(?:cause|factor|culprit|contributor)s?\b`,
    example: 'investigators are looking into sleep apnea as a possible cause → "sleep apnea"',
    note: 'only with an explicit "as a possible cause/factor" tail',
  },
];

/**
 * The cause is unknown or under investigation: ONE mention per sentence, cue `unknown`, span = the
 * clause. Trap: "the cause is known" (no negation) is not unknown; "unclear how many were hurt" is
 * about numbers, not a cause; "unclear when service will resume" is about schedules.
 */
export const unknownCauseCues: string[] = [
  // "the cause of the crash remains unclear", "the reason for the leak is being investigated"
  String.raw`(?:cause|causes|reason|reasons|origin)\b(?:\s+(?:of|for|behind)\s+[^,;.]{1,60}?)?\s+(?:is|was|are|were|remains?|remained|has|have|had)\s+(?:still\s+|yet\s+|as\s+yet\s+)?(?:not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?(?:known|clear|determined|established|identified|released|confirmed)|unknown|unclear|undetermined|unexplained|uncertain|a\s+mystery|under\s+investigation|being\s+(?:investigated|probed|examined)|to\s+be\s+determined)`,
  // "launched an investigation into the possible reason behind the leakage"
  String.raw`(?:investigation|probe|inquiry|inquest)\s+(?:\w+\s+){0,3}?into\s+(?:the\s+)?(?:(?:possible|exact|likely|probable|precise|root)\s+)?(?:cause|causes|reason|reasons)\b`,
  // "investigators are trying to determine what caused the crash"
  String.raw`(?:trying|working|seeking|attempting|aiming|aim|aims|hope|hopes|hoping|try|tried|sought|want|wants|wanted|will|to)\s+(?:to\s+)?(?:determine|establish|find\s+out|figure\s+out|understand|learn|pin\s+down|identify|discover|ascertain|investigate|examine|explore|look\s+into|probe)\s+(?:what|why|how(?!\s+(?:many|much|long|soon|far|often))|whether|the\s+(?:(?:exact|precise|probable|likely|root)\s+)?(?:cause|reason))`,
  // "it was not immediately clear what caused the crash", "unclear how the collision could have happened"
  String.raw`(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown)\s+(?:what|why|how(?!\s+(?:many|much|long|soon|far|often)))\s+`,
  // "no cause has been given"
  String.raw`no\s+(?:official\s+)?(?:cause|reason)\s+(?:has|had|was|have)\s+(?:yet\s+)?(?:been\s+)?(?:given|determined|established|identified|released)|did\s+not\s+(?:give|offer|provide)\s+(?:a|any)\s+(?:cause|reason)`,
  // "what caused the crash remains unclear"
  String.raw`what\s+(?:caused|triggered|led\s+to)\s+[^,;.]{1,60}?\s+(?:is|was|remains?|remained)\s+(?:still\s+)?(?:unclear|unknown|a\s+mystery|under\s+investigation)`,
];

// ───────────────────────────── clause vocabulary (shared with consequences) ─────────────────────────────

export interface ClauseBoundary {
  id: string;
  /** Regex source; the match is the separator (dropped); the next clause starts where it ends. */
  pattern: string;
  /**
   * `gerund`: the next word must be tagged Gerund by compromise; `clause`: "and" joins two full
   * clauses; `embedded`: not when the clause it opens closes with a comma and the main verb.
   */
  check?: 'gerund' | 'clause' | 'embedded';
  note: string;
}

export const clauseBoundaries: ClauseBoundary[] = [
  { id: 'semicolon', pattern: String.raw`\s*;\s*`, note: 'always a boundary' },
  { id: 'dash', pattern: String.raw`\s+(?:[—–]|--)\s+|\s*—\s*`, note: 'em dash always; en dash and "--" only with spaces ("5–10" is a range)' },
  { id: 'colon', pattern: String.raw`(?<!\d)\s*:\s+(?!\d)`, note: '"9: 45 PM" is a time, not a boundary' },
  { id: 'but', pattern: String.raw`,?\s+but\s+(?!also\b)`, note: '"not only ... but also" is one clause' },
  { id: 'contrast', pattern: String.raw`,\s+(?=(?:whereas|although|though|yet)\s)`, note: 'comma + contrastive conjunction' },
  { id: 'so', pattern: String.raw`,\s+so\s+(?!(?:far|much|many|that|long)\b)`, note: '", so far" is an adverb' },
  { id: 'subordinate', pattern: String.raw`,?\s+(?=(?:because|after|when|while|although|though|whereas)\s)`, note: '"after" as a preposition ("after the crash") is cut too: harmless' },
  { id: 'adverbial-cause', pattern: String.raw`(?<!\b(?:is|was|were|are|be|been|being|not|the|a))\s+(?=(?:due\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+the\s+wake\s+of|amid|following)\s)`, note: '"was due to" is predicative (kept); "the following day" is not a cue' },
  { id: 'relative', pattern: String.raw`,\s+(?=(?:which|who|where)\s)`, check: 'embedded', note: 'non-restrictive relative clause; not when it closes with ", was/has…" (embedded in the main clause: "The crew, which includes three cosmonauts, was not in danger")' },
  { id: 'consequence-participle', pattern: String.raw`(?<!\b(?:is|was|were|are|be|been|being)),?\s+(?=(?:causing|prompting|forcing|leading\s+to|resulting\s+in|triggering|sparking)\s)`, note: 'even without a comma ("visible on cameras prompting NASA to cancel"); "was causing" is progressive' },
  { id: 'participle', pattern: String.raw`,\s+(?=[a-z]+ing\s)`, check: 'gerund', note: '", killing two": a new clause; ", including the captain" is not (stoplist)' },
  { id: 'and', pattern: String.raw`,?\s+and\s+`, check: 'clause', note: 'only between two full clauses: "four were killed and 60 injured" splits, "the walk planned for Kowal and Ibarra was cancelled" does not' },
];

/** -ing words after a comma that do not open a clause. */
export const participleStoplist = [
  'including', 'according', 'regarding', 'concerning', 'involving', 'following', 'excluding',
  'during', 'notwithstanding', 'pending', 'nothing', 'something', 'anything', 'everything',
  'morning', 'evening', 'building', 'ceiling', 'thing', 'king', 'ring', 'spring', 'wing', 'string',
  'being', 'bring',
];

/**
 * -ing words that open a participle clause even when compromise tags them as nouns
 * (", killing two people" is tagged Noun after a comma).
 */
export const clauseParticiples = [
  'killing', 'injuring', 'wounding', 'leaving', 'sending', 'forcing', 'prompting', 'causing',
  'damaging', 'destroying', 'trapping', 'stranding', 'delaying', 'disrupting', 'halting', 'closing',
  'sparking', 'igniting', 'spilling', 'flooding', 'blocking', 'shutting', 'triggering', 'resulting',
  'leading', 'derailing', 'sinking', 'crushing', 'severing', 'tearing', 'ripping', 'setting',
];

/** Words at the start of a clause that carry no content (stripped from `clause`, kept in the span). */
export const leadingConnectives: string[] = [
  String.raw`(?:and|but|or|so|yet|then|however|meanwhile|also|still|moreover|furthermore|additionally|in\s+addition|consequently|subsequently|as\s+a\s+result|thus|therefore|later|earlier|instead|fortunately|luckily|thankfully|unfortunately|sadly|tragically|so\s+far|overall|separately|in\s+fact)\b,?\s*`,
  String.raw`(?:according\s+to|due\s+to|owing\s+to|because\s+of|as\s+a\s+result\s+of|following|after|amid|in\s+the\s+wake\s+of|thanks\s+to)\s+[^,]{1,80},\s*`,
  String.raw`(?:because|since|after|when|while|once|although|though|whereas|which|who|where)\s+`,
  String.raw`(?:the\s+fact\s+)?that\s+`,
];

/** Speech verbs of an attribution tail (", officials said", ", he told a news conference"). */
export const attributionVerbs = ['said', 'says', 'told', 'reported', 'added', 'explained', 'confirmed', 'stated', 'noted', 'announced', 'wrote', 'claimed', 'alleged', 'according to'];

// ── Cause conditions (read by src/extract/consequences/cue-class.ts as `cause.<cue>`) ──

/**
 * Conditions that news reports give as the cause of an incident without a causal connective:
 * "the train was traveling a lot faster than normal", "gusting crosswinds", "the engineer had
 * undiagnosed sleep apnea", "the brakes didn't work". A cue anywhere in a clause makes the
 * clause a cause of that class; the assemble stage keeps one statement per class and incident
 * (a restated cause is one cause).
 * Shape and traps as in src/lexicons/consequences.ts (`ConsequenceCue`).
 */
export const causeConditions: import('./consequences.ts').ConsequenceCue[] = [
  {
    cue: 'speed',
    patterns: [
      String.raw`too\s+fast|(?:a\s+lot|much|far|way)\s+faster\s+than|excessive\s+speed|(?:extreme|excess|high|unsafe)\s+speed|speeding|too\s+high\s+a\s+(?:rate\s+of\s+)?speed`,
      String.raw`(?:twice|three\s+times|double|more\s+than\s+(?:twice|double))\s+the\s+(?:speed\s+limit|permitted\s+speed|posted\s+speed)|(?:above|over|exceed(?:ed|ing)?)\s+the\s+(?:speed\s+limit|permitted\s+speed)`,
      String.raw`\d+\s?(?:mph|km/h|kph|knots)\s+(?:into|around|on|through|in)\s+(?:a|the)\s+\d+\s?(?:mph|km/h|kph)`,
      String.raw`barrel(?:l)?(?:ed|ing)|hurtl(?:ed|ing)`,
    ],
    traps: [String.raw`high[-\s]speed\s+(?:train|rail|line|internet|chase|camera)`, String.raw`speed\s+limit\s+(?:was|has\s+been|will\s+be)\s+(?:lowered|reduced|cut)`],
    negatable: true,
    example: 'the train was traveling "a lot faster" than normal; at 82 mph into a 30 mph curve',
    note: '"high-speed train" names a train class; "the speed limit was lowered" is a consequence; "was not speeding" is negated',
  },
  {
    cue: 'weather',
    patterns: [
      String.raw`(?:gusting|strong|high|gale[-\s]force|heavy)\s+(?:cross)?winds?|crosswinds?|wind\s+(?:gusts?|shear)|gusts?\s+(?:of|up\s+to)|(?:wind|gust)\s+(?:veered|died\s+away|dropped)`,
      String.raw`(?:heavy|torrential)\s+rain|rainstorm|thunderstorms?|lightning|typhoon|hurricane|cyclone|tropical\s+storm|storm\s+[A-Z]\w+|stormy\s+weather|bad\s+weather|severe\s+weather|in\s+(?:a|the)\s+(?:storm|gale)`,
      String.raw`(?:thick|dense|heavy)\s+fog|(?:poor|low|restricted|reduced)\s+visibility|whiteout`,
      String.raw`icy|icing|black\s+ice|freezing\s+(?:rain|spray|fog)|snow[-\s]packed|(?:heavy|blowing)\s+snow|blizzard|hard\s+freeze|freez(?:ing|e)\s+and\s+thaw(?:ing)?`,
      String.raw`\d+[-\s](?:foot|ft|metre|meter)\s+(?:seas|waves|swells)|(?:rough|heavy|high)\s+seas|strong\s+(?:ebb|flood|tidal)\s+(?:tide|current)|strong\s+currents?`,
    ],
    traps: [String.raw`storm\s+of\s+(?:criticism|protest)`, String.raw`weather\s+(?:the|a)\s+(?:storm|crisis)`, String.raw`storm\s+(?:drains?|sewers?|water|runoff|shelters?|doors?|windows?|surge\s+barrier)`],
    negatable: true,
    example: 'gusting crosswinds; Storm Ilídio; a week of heavy rain followed by a hard freeze; icy roads',
    note: '"a storm of criticism", "storm drains" are no weather; "the weather was not a factor" is negated',
  },
  {
    cue: 'fatigue',
    patterns: [
      String.raw`fell\s+asleep|dozed\s+off|nodded\s+off|zoned\s+out|(?:sleep\s+apnea|narcolepsy)|in\s+a\s+(?:daze|trance)|fatigue[ds]?|exhausted|medical\s+episode|(?:was|were)\s+(?:drunk|intoxicated|impaired)|under\s+the\s+influence`,
    ],
    traps: [String.raw`metal\s+fatigue`],
    negatable: true,
    example: 'the engineer had undiagnosed sleep apnea; he "zoned out"; he was in a daze',
    note: '"metal fatigue" is equipment; "had no medical episodes" is negated',
  },
  {
    cue: 'equipment',
    patterns: [
      String.raw`(?:brakes?|steering|throttle|auto-?\s?throttle|signals?|switch|landing\s+gear|sensor|pump|valve|anchor|wiring|battery(?:\s+pack)?|fuel\s+(?:line|pipe|system))\s+(?:failed|fail(?:ure)?|malfunction(?:ed)?|did\s*n['’]?t\s+(?:work|hold)|did\s+not\s+(?:work|hold)|(?:was|were)\s+not\s+working|gave\s+out|stuck)`,
      String.raw`(?:broken|cracked|snapped|misaligned|faulty|defective|worn)\s+(?:rail|axle|wheel|weld|joint|fitting|switch|sensor|seal|hose|brakes?|component|part)|(?:rail|axle|wheel|weld|joint|fitting)\s+(?:broke|snapped|cracked|failed)|(?:mechanical|technical|electrical)\s+(?:failure|problem|fault|malfunction|trouble|issue)|metal\s+fatigue|manufacturing\s+defect|weeping\s+fuel\s+line|(?:hose|pipe|fuel\s+line|seal|valve|tyre|tire|gasket)\s+(?:burst|ruptured|split|blew|gave\s+way)`,
    ],
    traps: [String.raw`brake\s+(?:failure\s+)?(?:test|inspection|check)`],
    negatable: true,
    negationInCue: true,
    example: 'the brakes didn\'t work; a faulty sensor; a broken rail; a possible mechanical problem',
    note: '"no mechanical problems were found" is negated; a brake test is no failure',
  },
  {
    cue: 'human-error',
    patterns: [
      String.raw`(?:human|pilot|operator|driver|crew|navigational)\s+error|lost\s+control|(?:misjudged|miscalculated|overcorrected)|without\s+(?:clearance|permission)|(?:ignored|ran|passed|missed)\s+(?:a\s+|the\s+)?(?:red\s+)?(?:signal|stop\s+sign|light)|fail(?:ed|ure)\s+to\s+(?:yield|stop|slow|brake|give\s+way|keep\s+a\s+(?:proper\s+)?lookout)|give-way\s+vessel|right[-\s]of[-\s]way|too\s+low\s+and\s+(?:too\s+)?slow|did\s+not\s+initiate\s+a\s+go-around`,
    ],
    negatable: true,
    example: 'human error; the driver lost control; taxied onto the runway without clearance',
    note: '"had the right of way" names who was at fault; "not human error" is negated',
  },
  {
    cue: 'missing-safeguard',
    patterns: [
      String.raw`(?:no|not|without|lack\s+of|lacked|absence\s+of|never\s+installed)\s+(?:\w+\s+){0,3}?(?:positive\s+train\s+control|PTC|automatic\s+(?:braking|train\s+(?:control|protection))|alerter|slide[-\s]detection|collision[-\s]avoidance|safety\s+(?:system|barrier|fence))`,
      String.raw`(?:positive\s+train\s+control|PTC|automatic\s+braking)\s+(?:was|had)\s+not\s+(?:been\s+)?(?:installed|in\s+place|activated)`,
    ],
    negatable: false,
    example: 'the tracks were not equipped with Positive Train Control; no slide-detection fence',
    note: 'the negation is the cue itself, so never dropped for it',
  },
];
