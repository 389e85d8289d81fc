/**
 * Consequence cue classes, as data. One entry is one rule (`consequence.<cue>`), read by one small
 * function (src/extract/consequences/cue-class.ts): a cue match anywhere in a clause makes that
 * clause (cut by the clause boundaries of src/lexicons/causes.ts) a consequence of that class.
 *
 * Patterns are regex sources matched case-insensitively, with word edges added by the compiler.
 * `traps` are phrases that contain a cue but are not one: a trap match overlapping the cue
 * cancels it. `negatable` classes are dropped when negated ("was not delayed"); the safety
 * classes (`no-injury`, `safe`, ...) carry their own negation and are never dropped for it.
 *
 * Keep entries general (cue classes), never phrases from one article.
 */

export interface ConsequenceCue {
  /** Class written on the mention (`ClauseMention.cue`); the rule is `consequence.<cue>`. */
  cue: string;
  /** Regex sources; any of them makes a cue. */
  patterns: string[];
  /** Phrases that contain a cue word but are not that consequence. */
  traps?: string[];
  /** Dropped when the cue or one of the 4 words before it negates it ("not", "no", "n't", "without", "any"). */
  negatable: boolean;
  /** The cue itself says "not" ("the brakes didn't work"): only negation before the cue counts. */
  negationInCue?: boolean;
  example: string;
  note: string;
}

const BE = String.raw`(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been|got|get|remain|remains|remained)`;
const PLACE = String.raw`(?:runways?|lines?|ports?|airports?|roads?|highways?|interstate|bridges?|stations?|airspace|tracks?|terminals?|routes?|lanes?|channels?|waterways?|tunnels?|crossings?|streets?|avenues?|harbou?rs?|rail\s+lines?|service)`;

export const consequenceCues: ConsequenceCue[] = [
  {
    cue: 'cancellation',
    patterns: [
      String.raw`cancel(?:ed|led|s|ing|ling)?|cancell?ations?|called\s+off|call(?:s|ing)?\s+off|scrubbed|scrub(?:s|bing)?|postpon(?:ed|e|es|ing|ement)|aborted|abort(?:s|ing)?|scrapped`,
    ],
    traps: [String.raw`cancel\s+culture`, String.raw`noise[-\s]cancel\w*`, String.raw`scrubbed\s+(?:clean|down|the\s+deck)`],
    negatable: true,
    example: 'the planned spacewalk was canceled; prompting NASA to cancel the spacewalk',
    note: '"the launch was not postponed" is negated (dropped); "called off the search" is a cancellation too',
  },
  {
    cue: 'delay',
    patterns: [
      String.raw`delay(?:ed|s|ing)?|(?:\w+\s+)?hours?\s+late|minutes\s+late|(?:hours?|minutes)\s+behind\s+schedule|behind\s+schedule|late\s+(?:arrivals?|departures?)|stranded|held\s+on\s+the\s+tarmac`,
    ],
    traps: [String.raw`without\s+delay`, String.raw`delayed\s+reaction`],
    negatable: true,
    example: 'flights were delayed; passengers arrived three hours late',
    note: '"the launch was not delayed" is negated; "delayed last year for unrelated reasons" is kept (assemble filters)',
  },
  {
    cue: 'death',
    patterns: [
      String.raw`killed|killing|kills|died|dies|dying|dead|deaths?|death\s+toll|fatalit(?:y|ies)|fatally|fatal|deceased|perished|drowned|(?:lost|losing)\s+(?:their|his|her|\w+)\s+lives?|claimed\s+(?:\w+\s+){0,2}lives|bodies|body\s+(?:of|was|has\s+been)`,
    ],
    traps: [
      String.raw`killed\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:engines?|power|lights?|motor|switch|ignition|deal|bill|plan|project|story|mood|momentum)`,
      String.raw`killed\s+in\s+action`,
      String.raw`dead(?:[-\s])(?:end|heat|weight|line|zone|reckoning|battery|batteries|air|stick|ringer|cent(?:er|re)|set|serious)`,
      String.raw`died\s+down`, String.raw`dying\s+to`, String.raw`death\s+valley`, String.raw`kills?\s+time`,
      String.raw`fatal\s+(?:flaw|error|mistake|blow|attraction)`, String.raw`bodies\s+of\s+water`, String.raw`cause\s+of\s+death`,
      String.raw`(?:governing|regulatory|government|public|student|advisory|investigative)\s+bod(?:y|ies)`,
    ],
    negatable: true,
    example: 'four people were killed; the death toll rose to 42',
    note: '"killed the engine" (idiom), "Killed in action" in a biography line, "dead end", "no one was killed" (→ no-death)',
  },
  {
    cue: 'injury',
    patterns: [
      String.raw`injured|injuries|injury|injuring|hurt|wounded|wounding|hospitali[sz]ed|hospitali[sz]ation|treated\s+(?:for|at)|(?:taken|transported|rushed|flown|airlifted|sent|brought)\s+to\s+(?:\w+\s+){0,3}?hospitals?|in\s+(?:critical|serious|stable|fair|grave)\s+condition|casualt(?:y|ies)|bruises|(?:broken|shattered|crushed)\s+(?:bones?|legs?|arms?|ribs?|necks?|backs?|shoulders?|pelvis|hips?)|fractures?|fractured|concussions?|smoke\s+inhalation|(?:psychological|emotional)\s+trauma|(?:was|were)\s+trapped`,
    ],
    traps: [
      String.raw`hurt\s+(?:sales|profits|business|the\s+(?:company|economy|industry|brand|market)|shares|reputation|morale|feelings)`,
      String.raw`injury\s+(?:time|lawyers?|attorneys?)`, String.raw`injured\s+(?:reserve|party)`,
      String.raw`casualty\s+(?:office|investigations?|branch|board|unit|department|ward|section|insurance)`,
    ],
    negatable: true,
    example: 'over 60 were injured; 35 people were taken to hospitals',
    note: '"hurt sales" (economy), "the Marine Casualty Office" (an agency), "no one was hurt" (→ no-injury), "none of the injuries were life-threatening" (negated; the injuries themselves are stated elsewhere)',
  },
  {
    cue: 'missing',
    patterns: [String.raw`missing|unaccounted\s+for`],
    traps: [String.raw`missing\s+(?:the\s+point|out|piece|link|data|files?|documents?|payments?|deadlines?)`],
    negatable: true,
    example: 'seven crew members are missing; as many as 63 unaccounted for',
    note: '"missing the point", "missing data"',
  },
  {
    cue: 'damage',
    patterns: [
      String.raw`(?:cars?|wagons?|carriages?|coaches|locomotives?|tank\s+cars?)\s+(?:\w+\s+){0,4}?(?:derailed|left\s+the\s+(?:tracks|rails)|came\s+off\s+the\s+(?:tracks|rails))|(?:skin|fuselage|hull)\s+(?:\w+\s+){0,3}?(?:wrinkled|buckled|cracked|breached|holed)|(?:gear|leg)\s+(?:\w+\s+)?(?:collapsed|failed|damaged|broke)`,
      String.raw`damaged|damage\s+to|damage\s+(?:was|is)|suffered\s+(?:\w+\s+){0,2}damage|(?:heavy|severe|extensive|significant|minor|serious|major|structural|bow|hull|stern|water|fire|smoke)\s+damage|destroyed|holed|hull\s+breach|breached|written\s+off|write-off|wrecked|leveled|levelled|flattened|collapsed|gutted|demolished|smashed|knocked\s+off\s+(?:of\s+)?(?:the\s+)?(?:tracks|rails)|(?:came|come|went)\s+off\s+(?:the\s+)?(?:tracks|rails)|torn\s+off|sheared\s+off|ripped\s+off|(?:came|come|broke|fell)\s+(?:\w+ly\s+)?off|(?:undergoing|under|needs?|needed|requires?|required)\s+repairs?|flooding|flooded|punctured|crumpled|mangled|came\s+to\s+pieces|broke\s+(?:up|apart)|condemned`,
    ],
    traps: [
      String.raw`(?:sue|sued|suing|seek|seeks|seeking|for|punitive|compensatory)\s+damages`,
      String.raw`damaged\s+(?:its\s+|his\s+|her\s+|their\s+|the\s+)?(?:reputation|relations|trust|credibility|image|brand)`,
      String.raw`damage\s+control`,
      String.raw`destroyed\s+(?:evidence|records|documents)`,
    ],
    negatable: true,
    example: 'the destroyer was damaged above and below the waterline; the tail was torn off',
    note: '"sued for damages" is legal; "damage control" is PR; "was not damaged" (→ no-damage)',
  },
  {
    cue: 'fire',
    patterns: [
      String.raw`caught\s+fire|catching\s+fire|burst\s+into\s+flames|bursting\s+into\s+flames|engulfed\s+in\s+flames|went\s+up\s+in\s+flames|in\s+flames|on\s+fire|fireball|(?:a|the)\s+(?:fire|blaze)\s+(?:started|erupted|broke\s+out|spread)|fire\s+broke\s+out|burned\s+out|burnt\s+out|burned-out|charred|gutted\s+by\s+fire`,
    ],
    traps: [String.raw`under\s+fire`, String.raw`opened\s+fire`],
    negatable: true,
    example: 'the plane burst into flames; a fireball',
    note: 'never the bare word "fire": "fire drill", "fire truck", "fire officials", "under fire" are not fires',
  },
  {
    cue: 'suspension',
    patterns: [
      String.raw`grounded|grounding\s+(?:of\s+)?(?:the\s+|all\s+|its\s+)?(?:fleet|planes|aircraft|jets|flights)`,
      String.raw`suspend(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?(?:service|services|flights|operations|traffic|sailings|trains|routes?|launches)`,
      String.raw`(?:service|services|flights|operations|traffic|trains|sailings|launches)\s+(?:\w+\s+){0,8}?(?:suspended|halted|stopped|disrupted)`,
      String.raw`suspension\s+of\s+(?:\w+\s+)?(?:service|flights|operations)`,
      String.raw`halted|halting|shut\s+down|shutdown|out\s+of\s+service|ground\s+stop|diverted|re-?routed|disruptions?`,
      String.raw`(?:closed|closing|shut)\s+(?:down\s+)?(?:the\s+|its\s+|all\s+|both\s+)?(?:\w+\s+){0,2}?${PLACE}`,
      String.raw`${PLACE}\s+(?:\w+\s+){0,3}?${BE}\s+(?:\w+\s+)?(?:closed|shut)`,
    ],
    traps: [
      String.raw`grounded\s+(?:on|off|near|onto|in\s+shallow)`, String.raw`(?:well|firmly)[-\s]grounded`,
      String.raw`grounded\s+in\s+(?:fact|reality|science|evidence)`,
      String.raw`suspension\s+[^.;]{0,80}?${BE}\s+lifted`,
    ],
    negatable: true,
    example: 'The FAA grounded the fleet; Amtrak suspended service between two cities; the runway was closed',
    note: 'a ship "grounded on a reef" is the incident itself (maritime grounding), not a fleet grounding; "suspension ... was lifted" is a resumption',
  },
  {
    cue: 'evacuation',
    patterns: [
      String.raw`evacuat(?:ed|ing|ion|ions|e|es)|abandon(?:ed)?\s+ship|abandoned\s+the\s+(?:ship|vessel|aircraft|plane|train)|rescued|rescuing|airlifted|winched|(?:escape|evacuation|emergency)\s+slides?|via\s+slides|led\s+to\s+safety|pulled\s+from\s+the\s+(?:wreckage|water|rubble|sea)|taken\s+off\s+the\s+(?:ship|vessel|train|plane)|disembark(?:ed)?`,
    ],
    traps: [String.raw`evacuation\s+(?:drills?|plans?|routes?\s+map)`],
    negatable: true,
    example: 'All 148 passengers were evacuated via slides; the crew abandoned ship',
    note: '"evacuation drill/plan" is procedure, not an event',
  },
  {
    cue: 'search',
    patterns: [
      String.raw`search(?:es|ed|ing)?\s+(?:\w+\s+){0,2}?for\s+(?:the\s+)?(?:missing|survivors|victims|bodies|crew|passengers|sailors)|search[-\s]and[-\s]rescue|(?:rescue|recovery)\s+(?:efforts?|operations?|teams?|crews?|workers|mission)`,
    ],
    traps: [String.raw`search\s+(?:warrant|engine)`],
    negatable: true,
    example: 'rescue teams continue the search for the missing sailors',
    note: '"search warrant", "search engine"',
  },
  {
    cue: 'investigation',
    patterns: [
      String.raw`(?:launch|launched|launches|launching|open|opened|opens|opening|start|started|began|begin|begins|ordered|orders|announced|announces|conduct|conducting|conducted|initiated|initiate)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:investigation|probe|inquiry|review|analysis|inquest)`,
      String.raw`investigat(?:ing|es|e|ed)|(?:investigation|probe|inquiry|inquest)s?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:\w+\s+)?(?:under\s?way|ongoing|continuing|into|of)`,
      String.raw`investigators\s+(?:\w+\s+){0,8}?(?:en\s+route|on\s+(?:the\s+)?scene|at\s+the\s+scene|arrived|were\s+sent|are\s+headed|will\s+(?:examine|review|look|interview|explore))`,
      String.raw`(?:sent|sending|deployed|dispatched)\s+(?:a\s+team\s+of\s+(?:\w+\s+)?|an?\s+|(?:\w+\s+)?)?(?:investigators?|inspectors?|go-team)|(?:was|were|has\s+been|have\s+been|had\s+been)\s+notified`,
      String.raw`(?:will|to)\s+(?:examine|review|look\s+into|probe|analy[sz]e|inspect|explore)|(?:in\s+charge\s+of|lead|leading|leads|handle|handling)\s+the\s+(?:probe|investigation|inquiry)|(?:black\s+box(?:es)?|data\s+recorders?|flight\s+recorders?|event\s+recorders?)`,
    ],
    traps: [String.raw`investigative\s+(?:journalis\w+|reporters?)`],
    negatable: true,
    example: 'Roscosmos has already launched an investigation; the NTSB is investigating; experts will examine the materials',
    note: '"police are investigating an unrelated theft" is kept (assemble filters); "investigative journalism" is not matched',
  },
  {
    cue: 'inspection',
    patterns: [
      String.raw`(?:ordered|orders|mandated|required)\s+(?:\w+\s+){0,2}?(?:inspections?|checks)|inspections?\s+of\s+(?:all|the|its)|(?:\w+\s+)?inspections?\s+(?:across|on|of)\s+(?:its|the|their)\s+(?:\w+\s+){0,2}?fleet|(?:inspecting|examining)\s+the\s+(?:\w+\s+){0,2}?(?:for|after)\s+(?:\w+\s+)?damage|airworthiness\s+directive|emergency\s+directive|issued\s+a\s+recall|recall(?:ed|s)?\s+(?:\d[\d,]*|all|some|about|nearly|more\s+than)\b`,
    ],
    negatable: true,
    example: 'the FAA ordered inspections of all 737s; the maker issued a recall',
    note: '"she recalled the moment" (memory) is not matched: recall needs a count or "issued a"',
  },
  {
    cue: 'environmental',
    patterns: [
      String.raw`spill(?:ed|s|age)?|spilt|oil\s+slick|contaminat(?:ed|ion|ing)|pollut(?:ed|ion|ing)|toxic\s+(?:smoke|fumes|gas|cloud|plume|chemicals?|leak)|hazardous\s+(?:materials?|chemicals?|substances?)|(?:nitric\s+acid|ammonia|chlorine|chemical|fuel|diesel)\s+leak|leaked\s+into\s+the\s+(?:sea|water|river|ocean|bay|soil|harbou?r)|(?:diesel|fuel|oil|gasoline|petrol|ethanol)\s+(?:\w+\s+){0,2}?(?:escaped|leaked|ran\s+off|runoff)|(?:oil\s+|fuel\s+|light\s+)?sheen`,
    ],
    traps: [String.raw`spill(?:ed|s)?\s+over`, String.raw`spilled\s+(?:into|onto)\s+the\s+streets`],
    negatable: true,
    example: 'the tanker spilled 700 tonnes of oil; an oil slick',
    note: '"tensions spilled over" (figurative); "no oil spill" (→ no-spill)',
  },
  {
    cue: 'diversion',
    patterns: [
      String.raw`returned\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:airport|port|gate|stand|base|harbou?r|dock|station)|turned\s+back|diverted\s+to|made\s+an\s+emergency\s+landing|landed\s+(?:safely|normally|overweight|on\s+one\s+engine)|(?:rejected|aborted)\s+(?:the\s+|its\s+)?take-?off|(?:told|ordered|instructed)\s+to\s+go\s+around|went\s+around`,
    ],
    negatable: true,
    example: 'the crew shut the engine down and returned to Gardermoen; the 737 crew rejected the takeoff',
    note: '"returned to service" is a resumption (trap); "did not divert" is negated',
    traps: [String.raw`returned\s+to\s+(?:service|work|normal|duty|the\s+schedule)`],
  },
  {
    cue: 'withdrawal',
    patterns: [
      String.raw`(?:withdrawn|taken|pulled|removed)\s+(?:from|out\s+of)\s+service|out\s+of\s+service|taken\s+off\s+(?:flying\s+)?duties|stood\s+down|removed\s+and\s+shipped|(?:engine|aircraft|vehicle|bus|train|ship)\s+(?:was\s+|were\s+)?removed|withdrawn\s+for\s+inspection|(?:remains?|stays?|to\s+stay)\s+(?:on\s+the\s+ground|grounded|at\s+\w+\s+pending)|grounded\s+(?:the|its|all)`,
    ],
    negatable: true,
    example: 'the aircraft has been withdrawn from service; the E175\'s two pilots were taken off flying duties',
    note: '"never out of service" is negated; the FAA grounding a fleet is a withdrawal too',
  },
  {
    cue: 'passenger-care',
    patterns: [
      String.raw`rebooked|re-booked|accommodated\s+(?:overnight|in\s+hotels?)|put\s+up\s+in\s+(?:a\s+)?hotels?|(?:replacement|relief)\s+(?:aircraft|flight|bus(?:es)?|coach(?:es)?|service|ferry|vessel)|buses\s+(?:are\s+|were\s+)?replac(?:ed|ing)|(?:left|evacuated)\s+(?:the\s+aircraft\s+)?(?:by|via|down)\s+(?:the\s+)?(?:emergency\s+)?slides|spent\s+(?:up\s+to\s+)?\w+\s+hours\s+on\s+board`,
    ],
    negatable: true,
    example: 'passengers were rebooked on flights Monday morning; buses replacing trains',
    note: 'care of the people on board after the incident',
  },
  {
    cue: 'legal',
    patterns: [
      String.raw`sued|sues|suing|lawsuits?|(?:filed|file|files|filing)\s+(?:a\s+)?suits?|suit\s+against|legal\s+action|fined|fines?\s+(?:of|totaling|totalling)|\$[\d.,]+\s+(?:million\s+|billion\s+)?fine|charged\s+with|(?:was|were|been|be)\s+charged|indicted|arrested|convicted|sentenced|pleaded\s+guilty|settle(?:d|ment|ments)|wrongful\s+death|(?:plan|plans|planning)\s+to\s+sue`,
    ],
    traps: [String.raw`(?:battery|batteries|phones?)\s+(?:was\s+|were\s+)?charged`, String.raw`charged\s+(?:up|toward|towards|into)`],
    negatable: true,
    example: 'the family filed a lawsuit; the company was fined $2 million',
    note: '"the battery was charged" is electrical; "fine" alone (adjective) is never a cue',
  },
  {
    cue: 'resumption',
    patterns: [
      String.raw`resum(?:ed|es|ing|e)|reopen(?:ed|s|ing)?|restored|back\s+in\s+service|returned\s+to\s+service|${BE}\s+lifted`,
    ],
    negatable: true,
    example: 'the runway was reopened; service resumed',
    note: '"it is unclear when service will resume" still matches: read together with a suspension',
  },
  {
    cue: 'normal-operations',
    patterns: [
      String.raw`(?:operat(?:es|ing|ed)|function(?:s|ing|ed)|running)\s+(?:as\s+usual|normally)|${BE}\s+(?:\w+\s+)?normal|business\s+as\s+usual`,
    ],
    negatable: true,
    example: 'the space station operates as usual; temperature and pressure are normal',
    note: 'a safety outcome, not a cause; "is not normal" is negated',
  },
  // ── safety outcomes: they carry their own negation, never dropped for it ──
  {
    cue: 'no-injury',
    patterns: [
      String.raw`no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?(?:injuries|casualties)`,
      String.raw`no\s+(?:\w+\s+)?injuries|no\s+one\s+(?:\w+\s+){0,2}?(?:hurt|injured|harmed)|nobody\s+(?:\w+\s+){0,2}?(?:hurt|injured|harmed)|none\s+(?:of\s+\w+\s+)?(?:were|was)\s+(?:\w+\s+)?(?:hurt|injured)|without\s+(?:any\s+)?(?:injury|injuries)|uninjured|unhurt|unharmed|unscathed|escaped\s+injury|(?:were|was)(?:n['’]t|\s+not)\s+(?:\w+\s+)?(?:hurt|injured)`,
    ],
    negatable: false,
    example: 'no one was hurt; no injuries were reported; the crew was unharmed',
    note: 'a negated injury is a fact worth keeping; "none of the injuries were life-threatening" is NOT no-injury (not matched)',
  },
  {
    cue: 'no-death',
    patterns: [
      String.raw`no\s+(?:one|body)\s+(?:\w+\s+)?(?:was|were|has\s+been)\s+killed|nobody\s+(?:was|were)\s+killed|no\s+(?:deaths|fatalities|casualties)|no\s+loss\s+of\s+life|no\s+lives\s+(?:were\s+)?lost|(?:all|everyone)\s+(?:\w+\s+){0,3}?survived`,
    ],
    negatable: false,
    example: 'no one was killed; there were no fatalities',
    note: '"no casualties" counts as no-death; "no reports of casualties" is no-injury',
  },
  {
    cue: 'no-damage',
    patterns: [String.raw`(?:no|without)\s+(?:\w+\s+)?damage|(?:was|were)(?:n['’]t|\s+not)\s+damaged|undamaged|intact`],
    negatable: false,
    example: 'the station was not damaged; the hull remained intact',
    note: '"damaged" under negation is dropped from `damage` and caught here',
  },
  {
    cue: 'no-spill',
    patterns: [String.raw`no\s+(?:\w+\s+)?(?:spill|spills|pollution|sheen)|no\s+(?:sign|signs|evidence|reports?)\s+of\s+(?:an?\s+)?(?:oil\s+|fuel\s+)?(?:spill|pollution|leak)`],
    negatable: false,
    example: 'there was no oil spill',
    note: 'environmental outcome stated as absent',
  },
  {
    cue: 'safe',
    patterns: [
      String.raw`(?:crews?|passengers|everyone|everybody|all|they|astronauts|cosmonauts|sailors|people|occupants|pilots?|drivers?|workers|residents|children|guests|staff|those)\b[^.;,]{0,40}?\b(?:is|are|was|were|remain|remains|remained|reported)\s+(?:\w+\s+)?(?:safe|in\s+good\s+(?:health|condition)|unaffected|accounted\s+for)\b`,
      String.raw`pos(?:ed|es|e|ing)\s+no\s+(?:\w+\s+)?(?:threat|danger|risk|hazard)|no\s+(?:threat|danger|risk)\s+to`,
      String.raw`(?:did|has|had|was|were)(?:n['’]t|\s+not)\s+(?:\w+\s+)?(?:affect|affected|endanger|endangered|threaten|threatened)`,
      String.raw`(?:landed|returned|arrived|made\s+it)\s+(?:\w+\s+)?safely|safely\s+(?:landed|returned|evacuated)|not\s+in\s+danger|out\s+of\s+danger`,
    ],
    traps: [String.raw`(?:whether|if)\s+(?:\w+\s+){0,4}?(?:is|are|was|were)\s+safe`],
    negatable: false,
    example: 'the crew is safe; the incident posed no threat to the crew; the plane returned safely',
    note: '"to determine whether they are safe" is a question (trap); past tense only for "not affect": "to ensure the incident would not affect similar components" is a plan, not an outcome; "it\'s safe to say" has no people subject',
  },
  {
    cue: 'containment',
    patterns: [
      String.raw`hatch(?:es)?\b[^.;]{0,80}?\b(?:locked|sealed|closed|shut)|(?:locked|sealed|closed|shut)\s+(?:the\s+|all\s+)?(?:\w+\s+)?hatch(?:es)?`,
      String.raw`(?:fire|blaze|flames|leak|leakage|flooding|flood|spill)\s+(?:\w+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:contained|extinguished|stabili[sz]ed|brought\s+under\s+control|under\s+control|isolated|stopped|put\s+out|plugged|patched|sealed)`,
      String.raw`(?:contained|extinguished|stabili[sz]ed|isolated|put\s+out|plugged|patched|sealed\s+off)\s+(?:the\s+)?(?:fire|blaze|flames|leak|flooding|spill)`,
    ],
    negatable: true,
    example: 'the hatch between the station and the ship had been locked; flooding was stabilized',
    note: '"the hatch was not closed" is negated (dropped)',
  },
];

/**
 * Cue words that tie a main clause to a preposed/postposed cause ("Due to the issue, X"): when
 * their object is the incident itself, X is a consequence even without a class cue (cue `result`).
 */
export const resultLinks = [
  String.raw`due\s+to`, String.raw`owing\s+to`, String.raw`because\s+of`, String.raw`as\s+a\s+result\s+of`,
  String.raw`in\s+the\s+wake\s+of`,
];
// Trap: "after/following the crash" is only time: "he told investigators after the crash that ..."
// is no consequence, so temporal links are not listed.
