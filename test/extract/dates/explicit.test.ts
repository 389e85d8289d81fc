import { describe, expect, it } from 'vitest';
import { PUB, extract, pairs, type Row } from './helpers.ts';

describe('explicit full dates', () => {
  it.each<Row>([
    ['On February 11, 2023 it leaked.', PUB, [['February 11, 2023', '2023-02-11']]],
    ['On 11 February 2023 it leaked.', PUB, [['11 February 2023', '2023-02-11']]],
    ['On Feb. 11, 2023, it leaked.', PUB, [['Feb. 11, 2023', '2023-02-11']]],
    ['On 2023-02-11 it leaked.', PUB, [['2023-02-11', '2023-02-11']]],
    ['On 11/02/2023 it leaked.', PUB, [['11/02/2023', '2023-11-02']]], // US order M/D/Y
    ['On February 11, 2023 it leaked.', null, [['February 11, 2023', '2023-02-11']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('is a day by date.explicit', () => {
    const [m] = extract('On February 11, 2023 it leaked.');
    expect([m.ruleId, m.granularity, m.timexType]).toEqual(['date.explicit', 'day', 'DATE']);
  });
});

describe('years alone', () => {
  it.each<Row>([
    ['It began in 2019.', PUB, [['2019', '2019']]],
    ['In 2019 the crew changed.', PUB, [['2019', '2019']]],
    ['It has leaked since 1998.', PUB, [['1998', '1998']]],
    ['It leaked in mid-2019.', PUB, [['mid-2019', '2019']]],
    ['It leaked in early 2019.', PUB, [['early 2019', '2019']]],
    ['It flew from 2019 to 2021.', PUB, [['2019', '2019'], ['2021', '2021']]],
    ['the crash of 2009, which', PUB, [['2009', '2009']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('is a year by date.year', () => {
    expect(extract('It began in 2019.').map((m) => [m.ruleId, m.granularity])).toEqual([['date.year', 'year']]);
  });
});

describe('quarters', () => {
  it.each<Row>([
    ['Profits fell in the third quarter of 2009.', PUB, [['the third quarter of 2009', '2009-Q3']]], // TimeML keeps "the"
    ['Profits fell in the first quarter of last year.', PUB, [['the first quarter of last year', '2022-Q1']]],
    ['Profits rose in the third quarter of this year.', PUB, [['the third quarter of this year', '2023-Q3']]],
    ['Profits rose in the third quarter of this year.', null, [['the third quarter of this year', 'XXXX-Q3']]],
    ['Profits fell in Q3 2009.', PUB, [['Q3 2009', '2009-Q3']]],
    ['Profits fell in Q3.', PUB, [['Q3', '2022-Q3']]],
    ['Profits fell in Q1.', PUB, [['Q1', '2023-Q1']]],
    ['Profits fell in Q3.', null, [['Q3', 'XXXX-Q3']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });
});

describe('weekday–date contradictions', () => {
  it('keeps the date and notes the contradiction', () => {
    const [m] = extract('On Saturday, Feb. 12, 2023, it leaked.');
    expect([m.text, m.value, m.notes]).toEqual(['Saturday, Feb. 12, 2023', '2023-02-12', ['weekday-contradiction']]);
  });

  it('also when the year comes from the publication date', () => {
    const [m] = extract('On Saturday, Feb. 12 it leaked.');
    expect([m.value, m.notes]).toEqual(['2023-02-12', ['weekday-contradiction']]);
  });

  it('says nothing when they agree', () => {
    expect(extract('On Sunday, Feb. 12, 2023, it leaked.')[0].notes).toBeUndefined();
  });
});

describe('ranges', () => {
  it.each<Row>([
    // Two dates said apart: two mentions.
    ['It leaked between Dec. 14 and Dec. 16.', PUB, [['Dec. 14', '2022-12-14'], ['Dec. 16', '2022-12-16']]],
    ['It leaked from Dec. 14 to Dec. 16.', PUB, [['Dec. 14', '2022-12-14'], ['Dec. 16', '2022-12-16']]],
    ['It leaked from Dec. 30 to Jan. 2.', PUB, [['Dec. 30', '2022-12-30'], ['Jan. 2', '2023-01-02']]],
    // One expression: one mention, valued at its start.
    ['It leaked Dec. 14-16.', PUB, [['Dec. 14-16', '2022-12-14']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('notes the end of a one-expression range', () => {
    expect(extract('It leaked Dec. 14-16.')[0].notes).toEqual(['range-end:2022-12-16']);
  });
});
