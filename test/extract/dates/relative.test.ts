import { describe, expect, it } from 'vitest';
import { parseYMD } from '../../../src/extract/dates/calendar.ts';
import { resolveRelative } from '../../../src/extract/dates/resolve/relative.ts';
import { PUB, extract, pairs, type Row } from './helpers.ts';

const pub = parseYMD(PUB)!;

describe('resolveRelative', () => {
  it('counts days, weeks, months and years from the base', () => {
    expect(resolveRelative({ unit: 'day', n: -1, gran: 'day', from: 'publication' }, pub)).toEqual({ value: '2023-02-12', granularity: 'day' });
    expect(resolveRelative({ unit: 'day', n: 0, gran: 'part-of-day', from: 'publication' }, pub)).toEqual({ value: '2023-02-13', granularity: 'part-of-day' });
    expect(resolveRelative({ unit: 'week', n: 1, gran: 'week', from: 'publication' }, pub)).toEqual({ value: '2023-W08', granularity: 'vague' });
    expect(resolveRelative({ unit: 'week', n: -1, gran: 'day', from: 'anchor' }, pub)).toEqual({ value: '2023-02-06', granularity: 'day' });
    expect(resolveRelative({ unit: 'month', n: -2, gran: 'month', from: 'publication' }, pub)).toEqual({ value: '2022-12', granularity: 'month' });
    expect(resolveRelative({ unit: 'month', n: -1, gran: 'day', from: 'anchor' }, parseYMD('2023-03-31')!)).toEqual({ value: '2023-02-28', granularity: 'day' });
    expect(resolveRelative({ unit: 'year', n: -3, gran: 'day', from: 'publication' }, pub)).toEqual({ value: '2020-02-13', granularity: 'day' });
    expect(resolveRelative({ unit: 'year', n: -1, gran: 'year', from: 'publication' }, pub)).toEqual({ value: '2022', granularity: 'year' });
  });
});

describe('relative expressions (published Monday 2023-02-13)', () => {
  it.each<Row>([
    ['It leaked yesterday.', PUB, [['yesterday', '2023-02-12']]],
    ['It leaked today.', PUB, [['today', '2023-02-13']]],
    ['Today, NASA said it was safe.', PUB, [['Today', '2023-02-13']]],
    ['It leaked this morning.', PUB, [['this morning', '2023-02-13']]],
    ['It leaks tonight.', PUB, [['tonight', '2023-02-13']]],
    ['It leaked last night.', PUB, [['last night', '2023-02-12']]],
    ['It leaked two days ago.', PUB, [['two days ago', '2023-02-11']]],
    ['It leaked 3 days ago.', PUB, [['3 days ago', '2023-02-10']]],
    ['It leaked a week ago.', PUB, [['a week ago', '2023-02-06']]],
    ['It leaked two months ago.', PUB, [['two months ago', '2022-12']]],
    ['It leaked ten years ago.', PUB, [['ten years ago', '2013']]],
    ['It happened three years ago today.', PUB, [['three years ago today', '2020-02-13']]],
    ['It happened this month.', PUB, [['this month', '2023-02']]],
    ['It happened earlier this month.', PUB, [['earlier this month', '2023-02']]],
    ['It happened last month.', PUB, [['last month', '2023-01']]],
    ['It happened this year.', PUB, [['this year', '2023']]],
    ['It happened last year.', PUB, [['last year', '2022']]],
    ['They meet next week.', PUB, [['next week', '2023-W08']]],
    ['They met last week.', PUB, [['last week', '2023-W06']]],
    ['It leaked yesterday at 9 p.m. EST.', PUB, [['yesterday at 9 p.m. EST', '2023-02-12T21:00-05:00']]],
    ['It leaked yesterday.', null, [['yesterday', 'XXXX-XX-XX']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('keeps part of day as granularity, not in the value', () => {
    const [m] = extract('It leaked last night.');
    expect([m.value, m.granularity, m.ruleId]).toEqual(['2023-02-12', 'part-of-day', 'date.relative']);
  });

  it('notes a relative date it cannot count (no publication date)', () => {
    expect(extract('It leaked yesterday.', null)[0].notes).toEqual(['unresolved-relative']);
  });
});

describe('relative to the last date said (anchor)', () => {
  it.each<Row>([
    ['On Jan. 5 it leaked. A week earlier, it was fine.', PUB, [['Jan. 5', '2023-01-05'], ['A week earlier', '2022-12-29']]],
    ['A week earlier, it was fine.', PUB, [['A week earlier', '2023-02-06']]],
    ['The ship docked on Dec. 14. The next day, the leak began.', PUB, [['Dec. 14', '2022-12-14'], ['The next day', '2022-12-15']]],
    ['It docked Dec. 14 and leaked two days later.', PUB, [['Dec. 14', '2022-12-14'], ['two days later', '2022-12-16']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });
});
