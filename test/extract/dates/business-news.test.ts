/** Dates as business news writes them: years as modifiers, bare business quarters, annual figures. */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const pairs = (text: string) => extract(text).map((m) => [m.text, m.value]);

describe('years, quarters and recurrences in business news (published 2023-02-13)', () => {
  it.each([
    ['The 1998 settlement barred the company from selling music.', [['1998', '1998']]],
    ['The carrier will fly the jets in 2024 out of Lisbon.', [['2024', '2024']]],
    ['The plant will build cars for the 2024 model year.', [['2024', '2024']]],
    ['Profits fell 12 percent in the fourth quarter.', [['the fourth quarter', '2022-Q4']]],
    ['Our third-quarter results show the plan is working.', [['third-quarter', '2022-Q3']]],
    ['The automaker posted its first annual loss since 1992.', [['annual', 'P1Y'], ['1992', '1992']]],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected));

  it.each([
    ['A total of 2000 people were evacuated.'], // a count: plural after the number
    ['The 2000 employees of the plant went home.'],
    ['The home side led by ten points in the second quarter.'], // sports quarter: no business word
    ['The Daily Mail said the plant would close.'], // a name, not a recurrence
  ])('no date: %s', (text) => expect(pairs(text)).toEqual([]));
});
