import { describe, expect, it } from 'vitest';
import { checkRole, dateRole, isEntryStamp, isTimestampLine, keepsDate, onIncidentDay, precedesIncident } from '../../src/assemble/dates.ts';
import { extractDates } from '../../src/extract/dates/index.ts';
import type { DateRole } from '../../src/schema/index.ts';
import type { DateMention } from '../../src/extract/types.ts';
import { doc } from '../helpers.ts';

/** Role (and event) of the first date of a one-sentence text that states the incident. */
function role(text: string, states = true) {
  const d = doc(text, '2026-03-14');
  const m = extractDates(d)[0];
  const g = dateRole(d, m, states);
  return g.event ? `${g.role}:${g.event}` : g.role;
}

describe('dateRole', () => {
  it.each([
    ['The ferry ran aground on Thursday near the pier.', 'occurred'],
    ['The ferry ran aground, the coastguard said Thursday.', 'reported'],
    ['The name of the victim of the crash emerged on Saturday.', 'reported'],
    ['The pilot fell asleep before the crash, sources claimed today.', 'reported'],
    ['Tomorrow marks the one-year anniversary of the derailment.', 'other:anniversary'],
    ['The club, pictured here in 2009, was levelled in the blast.', 'other:photo'],
    ['The capsule, which launched on Sept. 21, leaked coolant.', 'other:launch'],
  ])('%s → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it('does not let an event cue reach across a clause ("pictured in 2019, sank on Tuesday")', () => {
    const d = doc('The freighter, pictured here in 2019, sank on Tuesday.', '2026-03-14');
    const tuesday = extractDates(d).find((m) => m.text === 'Tuesday')!;
    expect(dateRole(d, tuesday, true).role).toBe('occurred');
  });
});

describe('keepsDate', () => {
  it.each([
    ['Friday', 'XXXX-WXX-5', 'occurred', false, 'no year, no month: places nothing'],
    ['yesterday', 'XXXX-XX-XX', 'occurred', false, 'no publication date'],
    ['October 31', 'XXXX-10-31', 'occurred', true, 'a month and a day'],
    ['today', '2016-09-29', 'reported', false, 'news-cycle deictic'],
    ['tomorrow', '2016-09-30', 'other', false, 'news-cycle deictic'],
    ['this morning', '2016-09-29', 'occurred', true, 'dates the incident itself'],
    ['Thursday', '2016-09-29', 'reported', true, 'a weekday report stays'],
    ['next week', '2026-W13', 'occurred', false, 'the future never dates a reported incident'],
  ] as [string, string, DateRole, boolean, string][])('%s=%s (%s) → %s: %s', (text, value, role, expected) => {
    expect(keepsDate(text, value, role)).toBe(expected);
  });
  it('keeps a deictic that dates a step of the story, not one that dates the reporting', () => {
    expect(keepsDate('Tomorrow', '2026-05-03', 'other', 'anniversary')).toBe(true);
    expect(keepsDate('this afternoon', '2026-05-02', 'other', 'findings')).toBe(false);
  });
});

describe('isTimestampLine', () => {
  it.each([
    ['By Jane Roe, Dec 1, 2013 5:00 PM', true],
    ['Published: April 20, 2026 at 6:15 AM CDT Updated: April 20, 2026 at 11:02 AM CDT', true],
    ['2017-06-19', true],
    ['By Orbit Daily staff · Last updated March 22, 2026, 8:10 a.m. EDT', true],
    ['By Sunday the fire was out, officials said on Dec. 1, 2013.', false],
    ['The ferry sank on Dec 1, 2013.', false],
  ])('%s → %s', (text, expected) => {
    const d = doc(text, '2026-03-14');
    expect(isTimestampLine(d, 0, extractDates(d))).toBe(expected);
  });
});

describe('checkRole against the incident\'s own dates', () => {
  const mention = (value: string, timexType: 'DATE' | 'TIME' = 'DATE') => ({ value, timexType }) as never;
  it('an occurred date that does not fit is another step', () => {
    expect(checkRole({ role: 'occurred' }, mention('2026-01-01'), ['2025-12-30'])).toEqual({ role: 'other' });
  });
  it('a trip phase on the incident day is the incident', () => {
    expect(checkRole({ role: 'other', event: 'landing' }, mention('2026-09-08T21:47+00:00', 'TIME'), ['2026-09-08'])).toEqual({ role: 'occurred' });
    expect(checkRole({ role: 'other', event: 'launch' }, mention('2026-08-27'), ['2026-09-08'])).toEqual({ role: 'other', event: 'launch' });
  });
  it('without anchors the guess stands', () => {
    expect(checkRole({ role: 'occurred' }, mention('2026-01-01'), [])).toEqual({ role: 'occurred' });
  });
});

describe('precedesIncident: history more than a year before the incident is no date of it', () => {
  const mention = (value: string) => ({ value, timexType: 'DATE' }) as never;
  const anchors = ['2016-09-29'];
  it.each([
    ['1987', { role: 'other' }, true, 'decades before'],
    ['2015-06', { role: 'other' }, true, 'fifteen months before'],
    ['2016-07', { role: 'other' }, false, 'a step leading up to it ("examined in July")'],
    ['2016-10-02', { role: 'other' }, false, 'a later step'],
    ['2005', { role: 'other', event: 'service history' }, false, 'service history however old'],
    ['1987', { role: 'occurred' }, false, 'an occurred date is checked by checkRole, not here'],
  ] as const)('%s %j → %s (%s)', (value, guess, expected, _why) => {
    expect(precedesIncident(guess, mention(value), anchors)).toBe(expected);
  });
  it('knows nothing without anchors or with an unplaceable value', () => {
    expect(precedesIncident({ role: 'other' }, mention('1987'), [])).toBe(false);
    expect(precedesIncident({ role: 'other' }, mention('XXXX-10-31'), anchors)).toBe(false);
  });
});

describe('isEntryStamp', () => {
  it('a date after a handle stamps an embedded post', () => {
    const d = doc('Aerial photo of the wreck at the curve pic.example/x — Jo Reyes (@joreyes) December 1, 2013', '2013-12-01');
    expect(extractDates(d).map((m) => [m.text, isEntryStamp(d, m)])).toEqual([['December 1, 2013', true]]);
  });
  it('a time opening a paragraph before a dash stamps a live-blog entry', () => {
    const d = doc('9:05 a.m. EDT — The agency says the leak was detected early Saturday.', '2026-03-21');
    const ds = extractDates(d);
    expect(ds.map((m) => [m.text, isEntryStamp(d, m)])).toEqual([
      ['9:05 a.m. EDT', true],
      ['early Saturday', false],
    ]);
  });
});

describe('onIncidentDay', () => {
  const time = (text: string, value: string, sentence = 0) => ({ kind: 'date', start: 0, end: text.length, text, ruleId: 'date.time', sentence, value, granularity: 'time', timexType: 'TIME' }) as DateMention;
  it('moves a bare clock time of a stating sentence onto the incident day', () => {
    expect(onIncidentDay(time('about 7:40 p.m.', '2026-06-09T19:40'), [], ['2026-06-08'], true).value).toBe('2026-06-08T19:40');
    expect(onIncidentDay(time('0412 GMT', '2026-03-11T04:12+00:00'), [], ['2026-03-10', '2026-03-10T04:00'], true).value).toBe('2026-03-10T04:12+00:00');
  });
  it.each([
    ['a time with its own day', time('7:40 p.m. on Monday', '2026-06-08T19:40'), ['2026-06-09'], true],
    ['not a stating sentence', time('7:40 p.m.', '2026-06-09T19:40'), ['2026-06-08'], false],
    ['two incident days', time('7:40 p.m.', '2026-06-09T19:40'), ['2026-06-08', '2026-06-07'], true],
  ])('leaves alone: %s', (_, d, anchors, states) => {
    expect(onIncidentDay(d as DateMention, [], anchors as string[], states as boolean)).toBe(d);
  });
});
