/**
 * What a date is the date of. A date in a sentence that states the incident is when it
 * occurred, unless it hangs on a reporting verb ("NASA said Saturday") or on another event
 * ("launched on Sept. 21" → other, event "launch").
 * Traps: "reported Saturday" in the lede is often the only date of a fresh incident; the
 * assemble stage promotes it to `occurred` when the incident has no other date (README).
 */
export const reportingVerbs = [
  'said', 'says', 'reported', 'reports', 'announced', 'confirmed', 'stated', 'told', 'added', 'explained',
  'noted', 'wrote', 'tweeted', 'posted', 'released', 'disclosed', 'revealed', 'published', 'briefed', 'testified',
  // news that comes out: "the name of the victim emerged on Saturday" dates the report, not the crash
  'emerged', 'surfaced', 'came to light',
  'claimed', 'claims', 'admitted', 'insisted', 'warned', 'alleged', 'acknowledged',
];

/** Verbs or nouns of other dated steps, with the event label written into the record. */
export const eventCues: { pattern: string; event: string }[] = [
  { pattern: String.raw`launch(?:ed|es|ing)?|lift(?:ed)?\s+off|blasted\s+off`, event: 'launch' },
  { pattern: String.raw`dock(?:ed|ing|s)?|berth(?:ed|ing)`, event: 'docking' },
  { pattern: String.raw`undock(?:ed|ing|s)?|depart(?:ed|ure)`, event: 'undocking' },
  { pattern: String.raw`land(?:ed|ing)|splash(?:ed)?\s*down|touch(?:ed)?\s+down|return(?:ed)?`, event: 'landing' },
  { pattern: String.raw`scheduled|planned|expected|due|set\s+to|will`, event: 'planned' },
  { pattern: String.raw`died|death|succumbed`, event: 'death' },
  { pattern: String.raw`lawsuit|sued|filed|charged|indicted|fined|sentenced`, event: 'legal' },
  { pattern: String.raw`built|delivered|entered\s+service|commissioned|manufactured|refitted|overhauled|(?:deemed|declared|certified)\s+(?:airworthy|seaworthy|roadworthy)|inspected`, event: 'service history' },
  { pattern: String.raw`reopen(?:ed|s)?|resum(?:ed|es|ption)|restored`, event: 'recovery' },
  { pattern: String.raw`report\s+(?:was\s+)?(?:released|published)|findings|hearing|press\s+conference`, event: 'findings' },
  // photo captions: "the club, pictured here in 2009" dates the picture
  { pattern: String.raw`pictured|photographed|seen\s+here|file\s+(?:photo|picture|image)`, event: 'photo' },
];

/**
 * Event cues written after the date ("Tomorrow marks the one-year anniversary of the crash").
 * Regex sources matched right after the date, with the event label.
 */
export const eventCuesAfter: { pattern: string; event: string }[] = [
  { pattern: String.raw`(?:that\s+|which\s+)?(?:marks|marked|is|was|will\s+be)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}anniversary`, event: 'anniversary' },
];

/**
 * Lines that stamp the article, not the incident: bylines with a date ("By Ben Ames, Dec 1,
 * 2013 5:00 PM"), "Published: … Updated: …" lines. Their dates are never incident dates.
 * Regex sources tested at the start of the sentence (case-sensitive: "By" with a capital name).
 * Trap: "By Sunday the fire was out" is a sentence, not a byline: a byline names a person and
 * has no verb-like sentence end.
 */
export const timestampLines = [
  String.raw`By\s+\p{Lu}[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s*(?:,|\||·|•|and\s)`,
  String.raw`(?:Published|Updated|Posted|Last\s+updated|First\s+published|PUBLISHED|UPDATED)\b\s*:?`,
];

/**
 * Words that date the news cycle from the moment of writing ("said today", "a press
 * conference this afternoon", "tomorrow, commuters should…"). Unless they date the incident
 * itself (role `occurred`: "derailed this morning"), they are left out of the incident.
 * Trap: weekday names ("said on Thursday") stay: reports dated by weekday are kept as `reported`.
 */
/** Deictics that point forward: never when a reported incident occurred. */
export const futureDeictics = ['tomorrow', 'next week', 'next month', 'next year', 'later this week', 'later this month', 'later this year', 'the next day'];

export const newsCycleDeictics = [
  'today', 'tonight', 'tomorrow', 'yesterday', 'this morning', 'this afternoon', 'this evening', 'this week', 'this month',
  'this year', 'last night', 'last week', 'earlier this week', 'earlier this month', 'later this week', 'later this month',
  'later this year', 'next week', 'next month', 'next year', 'the next day', 'end of this year',
];

/**
 * A date that opens a paragraph and is followed by a dash stamps a live-blog entry
 * ("9:05 a.m. EDT — Roscosmos says…"): the time of the entry, not of the incident.
 */
export const entryStampAfter = String.raw`^\s*[—–-]\s`;

/**
 * A date right after a social-media handle stamps an embedded post ("— Jo Reyes (@joreyes)
 * December 1, 2013"): the time of the post, not of the incident.
 */
export const postStampBefore = String.raw`\(@\w+\)\s*$`;
