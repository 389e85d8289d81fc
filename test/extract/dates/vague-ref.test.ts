/**
 * TimeML vague references: PRESENT_REF / PAST_REF / FUTURE_REF, granularity `vague`, type DATE.
 * Sentences are our own; the negative table lists what looks like one and is not.
 */
import { describe, expect, it } from 'vitest';
import { isVagueReference } from '../../../src/extract/dates/rules/vague-ref-rule.ts';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { extractMentions } from '../../../src/extract/index.ts';
import { extract, pairs, type Row } from './helpers.ts';

describe('vague references', () => {
  it.each<Row>([
    ['The ferry is now back in service.', null, [['now', 'PRESENT_REF']]],
    ['The line is currently closed to freight.', null, [['currently', 'PRESENT_REF']]],
    ['Given the current state of the track, trains run slowly.', null, [['current', 'PRESENT_REF']]],
    ['The airline recently added two routes.', null, [['recently', 'PAST_REF']]],
    ['More recently, the port has taken cruise ships.', null, [['More recently', 'PAST_REF']]],
    ['Recent storms closed the harbour.', null, [['Recent', 'PAST_REF']]],
    ['Such leaks were rare in the past.', null, [['the past', 'PAST_REF']]],
    ['Inspections will be stricter in the future.', null, [['the future', 'FUTURE_REF']]],
    ['Prices should fall in the near term.', null, [['the near term', 'FUTURE_REF']]],
    ['The crew later found a crack.', null, [['later', 'FUTURE_REF']]],
    ['A decision is expected very soon.', null, [['very soon', 'FUTURE_REF']]],
    ['The bridge stays shut for the time being.', null, [['the time being', 'PRESENT_REF']]],
    ['At present no trains run.', null, [['present', 'PRESENT_REF']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('marks them vague dates, found by their own rule', () => {
    const [m] = extract('The ferry is now back in service.');
    expect([m.granularity, m.timexType, m.ruleId]).toEqual(['vague', 'DATE', 'date.vague-ref']);
  });

  it('gives way to a longer expression that holds them', () => {
    expect(pairs('It sank two days later.')).toEqual([['two days later', '2023-02-15']]);
    expect(pairs('Repairs finish later this year.')).toEqual([['later this year', '2023']]);
  });
});

describe('not vague references', () => {
  it.each<[string, string]>([
    ['The current swept the kayak away.', 'the noun: a flow of water'],
    ['An electric current ran through the rail.', 'the noun: electricity'],
    ['The current account deficit grew.', 'a term, not a time'],
    ['Rescuers arrived soon after the crash.', '"soon after" relates two events'],
    ['Call as soon as you can.', 'a conjunction'],
    ['Sooner or later it will fail.', 'an idiom'],
    ['Bids are due no later than noon.', 'a deadline relation'],
    ['The plane landed 20 minutes later.', 'counted from a time said before'],
    ['NOW members marched.', 'an acronym'],
    ['He will present the plan.', '"present" as a verb'],
    ['It was the moment the hull cracked.', '"the moment" alone is an instant'],
  ])('%s (%s)', (text) => {
    expect(extract(text, null).filter((m) => /_REF$/.test(m.value))).toEqual([]);
  });

  it('leaves "the past" before a count or unit to the duration rules', () => {
    expect(isVagueReference('the past', 'in ', ' five days')).toBe(false);
    expect(isVagueReference('the past', 'in ', ' week')).toBe(false);
    expect(isVagueReference('the past', 'in ', '.')).toBe(true);
  });
});

describe('vague references stay out of incident dates', () => {
  it('are handed over apart from the dates incidents are dated by', () => {
    const m = extractMentions(ExtractDoc.fromText('The ferry, which recently ran aground on Jan. 5, is now afloat.', '2023-02-13'));
    expect(m.dates.map((d) => [d.text, d.value])).toEqual([['Jan. 5', '2023-01-05']]);
    expect(m.vagueDates.map((d) => [d.text, d.value])).toEqual([['recently', 'PAST_REF'], ['now', 'PRESENT_REF']]);
  });
});
