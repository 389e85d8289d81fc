/**
 * Strings that must NOT give a date (after chrono's negative_cases.test.ts), and a few look-alikes
 * that must. Each row: the text, and why it is not a date.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.ts';

describe('not dates', () => {
  it.each<[string, string]>([
    ['The plane was a Boeing 737.', 'aircraft model'],
    ['Alaska Airlines Flight 1282 lost a door plug.', 'flight number'],
    ['Progress MS-21 docked.', 'spacecraft designation'],
    ['The Soyuz MS-22 leaked.', 'spacecraft designation'],
    ['An Airbus A380 landed.', 'aircraft model'],
    ['Protesters march on the capital.', '"march" as a verb'],
    ['Officials said it may leak again.', '"may" as a modal'],
    ['The Sun reported the leak.', 'newspaper'],
    ['USA Today reported the leak.', 'newspaper'],
    ['The New York Daily News reported it.', 'newspaper'],
    ['He sat down.', '"sat" as a verb'],
    ['The second leak was smaller.', 'ordinal'],
    ['About 3,000 people left.', 'a count'],
    ['It carried almost three tons of food.', 'a quantity'],
    ['It carried 2,000 tons of fuel.', 'a quantity'],
    ['A total of 2000 people were evacuated.', 'a count after "of"'],
    ['Call 555-123-4567 for details.', 'phone number'],
    ['Call 1-800-555-1234 for help.', 'phone number'],
    ['He stopped at a 7-Eleven.', 'shop name'],
    ['It happened on Route 66.', 'road'],
    ['The station is staffed 24/7.', 'always'],
    ['The game ended 3-2.', 'score'],
    ['a 3:2 ratio', 'ratio'],
    ['Apollo 13 was damaged.', 'mission name'],
    ['The firm filed for Chapter 11.', 'bankruptcy chapter'],
    ['The firm filed for Chapter 11 at 10.', 'bare hour is no time'],
    ['A 2-year-old was hurt.', 'an age'],
    ['A 2 year old boy was hurt.', 'an age'],
    ['It cost $2019.', 'money'],
    ['The crew met at 5.', 'bare hour'],
    ['Voters in their 70s turned out.', 'an age, not a decade'],
    ['Highs will be in the low 70s.', 'degrees, not a decade'],
    ['The spring snapped.', 'a coil, not a season'],
    ['Prices fall in the evening.', '"fall" as a verb'],
    ['Brian May played guitar.', 'surname'],
    ['April Ryan asked a question.', 'first name'],
    ['The EVA-56 spacewalk was canceled.', 'designation'],
    ['Hawaii Green Laser Beam Not From NASA\'s ICESat-2 ATLAS But China\'s Daqi-1\'s ACDL', 'designations'],
    ['Saudi Arabia Will Someday Build a Giant Turtle City Worth $8 Billion', 'money'],
    ['Read more on page 12.', 'page number'],
  ])('%s (%s)', (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('look-alikes that are dates', () => {
  it.each<[string, [string, string][]]>([
    ['The Sept. 11 attacks changed aviation.', [['Sept. 11', '2022-09-11']]],
    ['In March, protesters marched.', [['March', '2022-03']]],
    ['It happened in May.', [['May', '2022-05']]],
    ['The Sunday Times said it on Sunday.', [['Sunday', '2023-02-12']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
