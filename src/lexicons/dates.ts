/**
 * Words, phrases and numbers the date extraction (src/extract/dates/) reads as data.
 * Code builds its patterns from these lists (longest first); adding a zone, a cue or a
 * relative phrase should need no new code path. Traps are noted beside the entries.
 */

/**
 * Time-zone abbreviations → minutes east of UTC. Matched upper case only, so "wet roads" is not
 * WET. Fixed offsets, as written: "EST" in July is still -05:00 (the writer said EST).
 * Traps: CST is also China Standard Time (+08:00), IST also Irish and Israel time, BST also
 * Bangladesh time: we take the US, UK and Indian readings. "ET"/"PT" (no S/D) are left out:
 * their offset depends on the date, and they are words in other contexts.
 */
export const ZONES: Readonly<Record<string, number>> = {
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  GMT: 0, UTC: 0, Z: 0, BST: 60, CET: 60, CEST: 120, JST: 540, KST: 540, IST: 330, MSK: 180,
  AEST: 600,
};

/** Said after a time, these mean "the zone of the place": the value keeps no offset. */
export const LOCAL_TIME_PHRASES = ['local time'] as const;

/** Number words for "two days ago", "three-day", "for ten hours". "a"/"an" count as one. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, ninety: 90, hundred: 100,
};

/** Vague counts: "several days" is a duration of unknown length (`PXD`, TimeML style). */
export const VAGUE_COUNTS = ['several', 'a few', 'few', 'a couple of', 'many'] as const;

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Unit words (singular; the plural adds "s", "century" → "centuries"). Trap: "second" is also an ordinal. */
export const UNIT_WORDS: Readonly<Record<string, TimeUnit>> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};

/** ISO 8601 designator and multiplier per unit: minutes are `PT5M`, months `P5M`. */
export const UNIT_ISO: Readonly<Record<TimeUnit, { designator: string; time: boolean; times: number }>> = {
  second: { designator: 'S', time: true, times: 1 },
  minute: { designator: 'M', time: true, times: 1 },
  hour: { designator: 'H', time: true, times: 1 },
  day: { designator: 'D', time: false, times: 1 },
  week: { designator: 'W', time: false, times: 1 },
  month: { designator: 'M', time: false, times: 1 },
  year: { designator: 'Y', time: false, times: 1 },
  decade: { designator: 'Y', time: false, times: 10 },
  century: { designator: 'Y', time: false, times: 100 },
};

/** Words that make a count a recurrence (TimeML SET): "daily", "weekly". Trap: "Daily" in "New York Daily News". */
export const SET_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W',
  monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y',
  // adjectives recur too: "its annual profit", "the annual conference" (lower case only: "Daily News" is a name)
  annual: 'P1Y',
};

/** Relative dates: "two days ago" is a DATE counted from a base day, not a DURATION. */
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';
export type RelativeGranularity = 'day' | 'part-of-day' | 'week' | 'month' | 'year';
export interface RelativeSpec {
  unit: RelativeUnit;
  /** Signed count of units from the base ("yesterday": -1 day). */
  n: number;
  gran: RelativeGranularity;
  /** `publication`: counted from the publication date; `anchor`: from the last date said before it. */
  from: 'publication' | 'anchor';
}

const pub = (unit: RelativeUnit, n: number, gran: RelativeGranularity): RelativeSpec => ({ unit, n, gran, from: 'publication' });
const anchor = (n: number): RelativeSpec => ({ unit: 'day', n, gran: 'day', from: 'anchor' });

/**
 * Fixed relative phrases. "this morning", "tonight", "last night" keep the day as value with
 * granularity part-of-day. "earlier this month" is the month. Trap: "today" also starts
 * "Today's show"; "the next day" counts from the last date said, not from publication.
 */
export const RELATIVE_PHRASES: Readonly<Record<string, RelativeSpec>> = {
  today: pub('day', 0, 'day'), 'earlier today': pub('day', 0, 'day'), 'later today': pub('day', 0, 'day'),
  yesterday: pub('day', -1, 'day'), tomorrow: pub('day', 1, 'day'),
  'the day before yesterday': pub('day', -2, 'day'), 'the day after tomorrow': pub('day', 2, 'day'),
  tonight: pub('day', 0, 'part-of-day'), 'this morning': pub('day', 0, 'part-of-day'),
  'this afternoon': pub('day', 0, 'part-of-day'), 'this evening': pub('day', 0, 'part-of-day'),
  'last night': pub('day', -1, 'part-of-day'),
  'yesterday morning': pub('day', -1, 'part-of-day'), 'yesterday afternoon': pub('day', -1, 'part-of-day'),
  'yesterday evening': pub('day', -1, 'part-of-day'), 'tomorrow morning': pub('day', 1, 'part-of-day'),
  'this week': pub('week', 0, 'week'), 'earlier this week': pub('week', 0, 'week'), 'later this week': pub('week', 0, 'week'),
  'last week': pub('week', -1, 'week'), 'next week': pub('week', 1, 'week'),
  'this month': pub('month', 0, 'month'), 'earlier this month': pub('month', 0, 'month'), 'later this month': pub('month', 0, 'month'),
  'last month': pub('month', -1, 'month'), 'next month': pub('month', 1, 'month'),
  'this year': pub('year', 0, 'year'), 'earlier this year': pub('year', 0, 'year'), 'later this year': pub('year', 0, 'year'),
  'last year': pub('year', -1, 'year'), 'next year': pub('year', 1, 'year'),
  'the previous day': anchor(-1), 'a day earlier': anchor(-1),
  'the next day': anchor(1), 'the following day': anchor(1), 'a day later': anchor(1),
};

/** "N units <suffix>": "two days ago" (from publication), "a week earlier" (from the last date said). */
export const RELATIVE_SUFFIXES: Readonly<Record<string, { sign: 1 | -1; from: 'publication' | 'anchor' }>> = {
  ago: { sign: -1, from: 'publication' }, 'from now': { sign: 1, from: 'publication' },
  earlier: { sign: -1, from: 'anchor' }, later: { sign: 1, from: 'anchor' },
};

/** Word said right after "N units ago" that pins the day: "three years ago today". */
export const RELATIVE_DAY_PINS = ['today'] as const;

/**
 * Words just before a weekday, month or year, and what they do to resolution. `null`: only
 * part of the span ("early Thursday", "mid-December"). Trap: "last" in "the last quarter".
 */
export const MODIFIERS: Readonly<Record<string, 'last' | 'next' | 'this' | null>> = {
  'this past': 'last', 'this coming': 'next', last: 'last', past: 'last', previous: 'last',
  next: 'next', coming: 'next', upcoming: 'next', this: 'this',
  early: null, late: null, mid: null, 'the end of': null, 'the beginning of': null,
};

/**
 * Future cues looked for in the clause around a date. A bare "planned" is NOT a cue ("the
 * planned spacewalk on Dec. 14 was canceled" is past); "planned for" is, and a past word in the
 * clause ("was planned for") still wins. "next" is a cue only right before the date (MODIFIERS):
 * "its next missions" says nothing about a date elsewhere in the sentence.
 */
export const FUTURE_WORDS = ['will', "won't", 'shall', "'ll"] as const;
/** "is/are + word": "is scheduled for Saturday", "are expected to". */
export const FUTURE_AFTER_BE = ['scheduled', 'expected', 'set', 'due', 'slated', 'planned', 'going', 'poised'] as const;
/** Trap: "'s" is left out, it is mostly possessive ("NASA's planned spacewalk"). */
export const PRESENT_BE = ['is', 'are', "'re", 'remains', 'remain'] as const;
export const FUTURE_PHRASES = [
  'plans to', 'plan to', 'planning to', 'plans a', 'plans an', 'expected to', 'scheduled to', 'scheduled for',
  'planned for', 'set for', 'intends to', 'intend to', 'wants to', 'want to', 'aims to', 'aim to', 'hopes to',
  // modals that point ahead; "may" only with "be" ("May" is a month), "would" is left out (habitual past)
  'should', 'may be', 'might', 'could be', 'to be held', 'been scheduled', 'been set for',
] as const;

/**
 * Words right before a date that point ahead in a clause with no past auxiliary: "closed until
 * Friday" (the coming Friday). Trap: "by" is left out, "By March, sales fell" is past.
 */
export const FUTURE_RIGHT_BEFORE = ['until', 'till'] as const;

/** Past cues: with a future cue in the same clause, the date stays past ("was scheduled for"). */
export const PAST_WORDS = ['was', 'were', 'had', 'did', 'ago'] as const;

/** A reporting verb right before a date dates the report: "NASA said Saturday it will…" is past. */
export const REPORTING_VERBS = [
  'said', 'reported', 'announced', 'confirmed', 'stated', 'told', 'added', 'wrote', 'disclosed',
  'revealed', 'noted', 'explained', 'tweeted', 'posted', 'released', 'declared', 'warned',
] as const;

/** Clause boundaries: a cue beyond one does not reach the date. */
export const CLAUSE_BREAKS = [';', ' but ', ' while ', ', and ', ' whereas '] as const;

/**
 * An unstated year is the most recent past occurrence, unless that is more than this many days
 * back and nothing in the clause says past: then the coming one ("Feb. 20" in a Feb. 13 story).
 */
export const PAST_WINDOW_DAYS = 335;
/** Same idea for a bare month: this many months back or more, and no past cue → the coming one. */
export const PAST_WINDOW_MONTHS = 11;

/** Weekday abbreviations, dropped when alone ("the Sun reported", "Sat on it"). */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'] as const;

/** Month names that are also common words: dropped when alone and lower case ("protesters march", "it may leak"). */
export const AMBIGUOUS_MONTH_WORDS = ['march', 'may', 'jan', 'mar', 'jun', 'aug', 'sept', 'sep', 'dec'] as const;

/**
 * Words before a 4-digit number that make it a year: "in 2019", "since 2019", "mid-2019",
 * "the 1991 agreement" (a plural after it makes it a count: "the 2000 people").
 */
export const YEAR_CONTEXT_WORDS = [
  'the', 'in', 'since', 'of', 'until', 'till', 'by', 'during', 'from', 'before', 'after', 'through',
  'throughout', 'early', 'late', 'mid', 'around', 'circa', 'between', 'for',
] as const;

/**
 * After a year, a lower-case word must be one of these, else the number counts things:
 * "in 2019 the crew…" is a year, "a total of 2000 people" is not.
 */
export const YEAR_FOLLOWERS = [
  'the', 'a', 'an', 'and', 'or', 'but', 'when', 'after', 'before', 'as', 'with', 'to', 'for', 'in',
  'on', 'at', 'by', 'that', 'which', 'while', 'until', 'it', 'he', 'she', 'they', 'we', 'i', 'its',
  'their', 'his', 'her', 'was', 'were', 'is', 'had', 'has', 'have', 'there', 'this', 'from', 'of',
] as const;

export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** Quarter words: "the third quarter of 2009". Trap: sports quarters ("in the second quarter") need a year. */
export const QUARTER_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/**
 * Words that make a bare "the fourth quarter" a business quarter, when one is in the same
 * sentence. Trap: in sports "the second quarter" is a period of play (points, game, lead).
 */
export const QUARTER_BUSINESS_CUES = [
  'profit', 'profits', 'loss', 'losses', 'earnings', 'results', 'revenue', 'revenues', 'sales', 'growth', 'fiscal',
  'financial', 'percent', 'GDP', 'economy', 'shares', 'income', 'deliveries', 'output', 'plants', 'production',
] as const;

/** Abbreviations that end a naive sentence fragment ("on Dec." | "14"): such fragments are read together. */
export const FRAGMENT_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'st', 'mr', 'mrs', 'dr', 'u.s', 'no',
] as const;

/** TimeML's values for a time placed only relative to now. */
export type VagueReference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/**
 * Vague references (TimeML `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`): words that place a fact in
 * the present, past or future with no calendar value. Emitted with granularity `vague`: they are
 * never an occurrence date. The span is the expression without its preposition ("for the time
 * being" → "the time being"), as TimeML marks it.
 * Traps: "the past five days" / "the past week" are lengths of time (the duration rule's longer
 * span wins); "two days later", "later this year", "two weeks from now" count from a date (the
 * relative rule's longer span wins); "NOW" in capitals is an acronym; "current" is also a noun
 * ("the current swept him away"): see CURRENT_NOUN_CUES.
 */
export const VAGUE_REFERENCES: Readonly<Record<string, VagueReference>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', current: 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', 'until recently': 'PAST_REF',
  lately: 'PAST_REF', recent: 'PAST_REF', 'the past': 'PAST_REF', 'the recent past': 'PAST_REF', 'the distant past': 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the distant future': 'FUTURE_REF',
  'the foreseeable future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
  'the medium term': 'FUTURE_REF', 'the long term': 'FUTURE_REF', later: 'FUTURE_REF', soon: 'FUTURE_REF',
  'very soon': 'FUTURE_REF',
};

/**
 * Vague references that are one only after a given word: "at present", "at the moment", "for
 * the time being" (the span leaves the word out). "present" alone is a verb or a gift, "the
 * moment" alone is any instant.
 */
export const VAGUE_REFERENCES_AFTER: Readonly<Record<string, { after: string; value: VagueReference }>> = {
  present: { after: 'at', value: 'PRESENT_REF' },
  'the moment': { after: 'at', value: 'PRESENT_REF' },
  'the time being': { after: 'for', value: 'PRESENT_REF' },
};

/**
 * Words around "current" that make it the noun (a flow of water or electricity) or a term that
 * is no time ("current account"): "the current was strong", "an electric current", "swept by the
 * current". The adjective ("the current state", "current rules") is a present reference.
 */
export const CURRENT_NOUN_CUES = {
  before: ['electric', 'electrical', 'alternating', 'direct', 'ocean', 'sea', 'tidal', 'rip', 'strong', 'powerful', 'swift', 'fast', 'river', "river's", 'by the', 'against the', 'with the', 'into the'],
  after: ['account', 'accounts', 'of', 'is', 'was', 'were', 'has', 'had', 'that', 'which', 'and', 'or', 'in', 'through', 'to', 'from', 'at', 'swept', 'carried', 'flows', 'flowed', 'pulled', 'dragged'],
} as const;

/**
 * Words around a vague reference that make it something else: "soon after the crash" and "no
 * later than" relate two times, "as soon as" is a conjunction, "sooner or later" an idiom.
 */
export const VAGUE_REFERENCE_BLOCKERS = {
  before: ['as', 'sooner or', 'no'],
  after: ['after', 'before', 'than', 'thereafter', 'afterwards'],
} as const;

/**
 * Anaphoric dates: counted from the last date said (the nearest preceding mention precise
 * enough: a day for "the same day", a year for "the previous year"), else from publication.
 * e.g. "Shares fell on March 3. The same day, …" → 2009-03-03; "sales fell 42% from the previous
 * year" after "last month" (2009-02) → 2008.
 * Traps: "the year before the crash" counts from an event, not a date: the `before`/`after`
 * forms count only at the end of a clause (ANAPHORIC_CLAUSE_END); "that day has come" is the
 * same words used vaguely (rare in reports, accepted).
 */
const back = (unit: RelativeUnit, n: number, gran: RelativeGranularity = unit): RelativeSpec => ({ unit, n, gran, from: 'anchor' });
export const ANAPHORIC_PHRASES: Readonly<Record<string, RelativeSpec>> = {
  'the same day': back('day', 0), 'that same day': back('day', 0), 'that day': back('day', 0),
  'the same week': back('week', 0), 'that week': back('week', 0), 'the following week': back('week', 1),
  'the previous week': back('week', -1), 'the prior week': back('week', -1),
  'the same month': back('month', 0), 'that month': back('month', 0), 'the following month': back('month', 1),
  'the previous month': back('month', -1), 'the prior month': back('month', -1),
  'the same year': back('year', 0), 'that year': back('year', 0), 'that same year': back('year', 0),
  'the following year': back('year', 1), 'the previous year': back('year', -1), 'the prior year': back('year', -1),
  'the year previous': back('year', -1), 'the entire year': back('year', 0), 'the whole year': back('year', 0),
  'the full year': back('year', 0),
};

/** Anaphoric dates valid only at the end of a clause: "…up from the year before." (not "the year before the crash"). */
export const ANAPHORIC_CLAUSE_END: Readonly<Record<string, RelativeSpec>> = {
  'the day before': back('day', -1), 'the day after': back('day', 1),
  'the week before': back('week', -1), 'the week after': back('week', 1),
  'the month before': back('month', -1), 'the month after': back('month', 1),
  'the year before': back('year', -1), 'the year after': back('year', 1),
};

/**
 * "the day", "the week", "the year" refer to the period of the story only in these frames: a
 * verb that ends or opens it ("ended the day down 31 points"), "for the day", "later in the
 * day". SPAN words belong to the expression ("late in the day", "the start of the year", as
 * TimeML marks them); CONTEXT words only license it. Trap: "during the day" is mostly generic.
 */
export const PERIOD_FRAMES = {
  span: ['late in', 'early in', 'the start of', 'the end of', 'the beginning of', 'the middle of', 'the close of', 'the rest of', 'the remainder of'],
  context: [
    'end', 'ends', 'ended', 'ending', 'finish', 'finishes', 'finished', 'finishing', 'close', 'closes', 'closed', 'closing',
    'start', 'starts', 'started', 'starting', 'began', 'begin', 'open', 'opens', 'opened', 'opening', 'for', 'later in', 'earlier in',
  ],
  units: ['day', 'week', 'month', 'year'] as RelativeUnit[],
} as const;

/**
 * Vague durations: a bare plural unit is a length of unknown size ("for years" → PXY, "in
 * minutes" → PTXM) after one of these words. The span keeps a modifier that is part of the
 * expression ("recent years", "the years" in "over the years"), not the preposition.
 * Traps: "after hours" is a market session, "the early hours of Sunday" a time, "the minutes of
 * the meeting" a record, "days of the week" a list: none follows one of these words.
 */
export const VAGUE_DURATION_LEADS = ['for', 'in', 'within', 'over', 'in just', 'in only'] as const;
/** Words kept in a vague duration's span before the unit: "in recent years", "over the years" (only after "over"). */
export const VAGUE_DURATION_MODIFIERS = ['recent', 'the'] as const;
/** Plural units a vague duration is made of (not "seconds": "seconds later" is a time). */
export const VAGUE_DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'] as const;

/**
 * Words before a count of units that make a stretch of time ending or starting now, kept in the
 * span as TimeML does: "the past five days" → P5D, "the next four years" → P4Y, "the past decade"
 * → P10Y. Without "the", "last week" and "next year" are dates (RELATIVE_PHRASES).
 */
export const PERIOD_WORDS = ['past', 'last', 'next', 'coming', 'previous', 'first', 'final', 'following'] as const;
/** Words between the count and the unit that keep it a duration: "five trading days", "six straight days". */
export const PERIOD_QUALIFIERS = ['trading', 'business', 'working', 'straight', 'consecutive', 'successive', 'full'] as const;

/**
 * Approximations said before a duration, part of its span (TimeML's MOD): "over six years",
 * "nearly five months", "more than a week". Trap: "over" also means "across" ("over the
 * weekend" is a date): only before a duration.
 */
export const DURATION_APPROXIMATIONS = [
  'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'more than', 'less than',
  'fewer than', 'at least', 'at most', 'up to', 'just over', 'just under', 'well over', 'under',
] as const;

/** Counts said as a word before a hyphenated unit only: "one-year high", "single-day drop". */
export const HYPHEN_COUNTS: Readonly<Record<string, number>> = { one: 1, single: 1 };

/** Units a period or a stretch of consecutive ones can be counted in, besides UNIT_WORDS ("two consecutive quarters" → P2Q). */
export const PERIOD_EXTRA_UNITS: Readonly<Record<string, string>> = { quarter: 'Q', quarters: 'Q' };

/**
 * Seasons (TimeML: "2009-SP", "2008-FA") and the month each begins in the northern hemisphere.
 * Traps: "spring" is also a coil or a water source, "fall" a verb: a season counts only with a
 * year ("the fall of 2008"), a modifier ("last spring"), or after "in/during/by/until/since"
 * ("in the spring"); "fall" needs a year or a modifier.
 */
export const SEASONS: Readonly<Record<string, { code: string; startMonth: number }>> = {
  spring: { code: 'SP', startMonth: 3 }, summer: { code: 'SU', startMonth: 6 }, autumn: { code: 'FA', startMonth: 9 },
  fall: { code: 'FA', startMonth: 9 }, winter: { code: 'WI', startMonth: 12 },
};
export const SEASON_LEADS = ['in', 'during', 'by', 'until', 'since', 'over', 'through', 'throughout'] as const;

/** Words before "'82" that make it a year ("since '82", "in '09"). */
export const SHORT_YEAR_LEADS = ['in', 'since', 'of', 'until', 'by', 'from', 'before', 'after', 'circa', 'class of'] as const;

/**
 * Before a two-digit decade ("the 70s"), these make it an age or a temperature, not years:
 * "in their 70s", "the low 70s", "the mid-70s" (degrees). The four-digit "the 1970s" has no trap.
 */
export const DECADE_NOT_AFTER = ['their', 'his', 'her', 'its', 'our', 'low', 'mid', 'high', 'upper', 'lower'] as const;
