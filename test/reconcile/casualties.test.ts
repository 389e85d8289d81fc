import { describe, expect, it } from 'vitest';
import { casualtiesIn, casualtyTotals, countOf } from '../../src/reconcile/casualties.ts';

describe('casualtiesIn', () => {
  const table: [string, [string, number][]][] = [
    ['1 dead, 18 hurt as the coach rolled over', [['dead', 1], ['injured', 18]]],
    ['Eleven people were hurt early Saturday', [['injured', 11]]],
    ['Twenty-one other people were hurt in the crash', [['injured', 21]]],
    ['injuring 14 people near the bridge', [['injured', 14]]],
    ['killing at least 10 people in the valley', [['dead', 10]]],
    ['three train passengers suffered minor injuries', [['injured', 3]]],
    ['One person was killed', [['dead', 1]]],
    ['Two crew members remain missing', [['missing', 2]]],
  ];
  it.each(table)('%s', (text, expected) => expect(casualtiesIn(text).map((c) => [c.kind, c.count])).toEqual(expected));

  const none: string[] = [
    'Ten of the injured were taken to hospital', // a part of the injured, not their number
    'an injured man was treated at the scene',
    'No one was hurt',
    'None of the 214 passengers was hurt',
    'none of its 23 crew members was injured',
    'The 737 landed at 5 pm',
  ];
  it.each(none)('no count in: %s', (text) => expect(casualtiesIn(text)).toEqual([]));
});

describe('casualtyTotals', () => {
  it('keeps the largest count per class (the total, not a part)', () => {
    const t = casualtyTotals(['3 injured in the first car', '14 injured in all']);
    expect(t.get('injured')?.count).toBe(14);
  });
  it('reads number words', () => {
    expect([countOf('Eleven'), countOf('twenty-one'), countOf('1,200'), countOf('many')]).toEqual([11, 21, 1200, null]);
  });
});
