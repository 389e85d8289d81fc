import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDateIn, normalizePublishedDate, validYmd } from '../../src/ingest/dates.ts';

describe('normalizePublishedDate', () => {
  it.each([
    ['2023-02-13', '2023-02-13'],
    ['2023-02-13T10:00:00Z', '2023-02-13'],
    // the calendar date as written: 23:30 in New York is already the 14th in UTC
    ['2022-12-15T23:30:00-05:00', '2022-12-15'],
    ['2023-02-13T01:15:00+09:00', '2023-02-13'],
    ['2023-02-13 10:00:00', '2023-02-13'],
    ['2023/2/3', '2023-02-03'],
    ['February 13, 2023', '2023-02-13'],
    ['Feb. 13, 2023', '2023-02-13'],
    ['Sept. 21, 2022', '2022-09-21'],
    ['Monday, February 13th, 2023 at 9:45 am EST', '2023-02-13'],
    ['13 February 2023', '2023-02-13'],
    ['Mon, 13 Feb 2023 10:00:00 GMT', '2023-02-13'],
    ['2024-02-29', '2024-02-29'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizePublishedDate(raw)).toBe(expected);
  });

  it.each([
    'tomorrow',
    '',
    '2023-02-30',
    '2023-13-01',
    '2023-02-29',
    '13/02/2023', // ambiguous day/month order: not guessed
    'February 2023',
    '1700-01-01',
    'Published February 13, 2023 by Jane',
    '20230213',
  ])('%j → null', (raw) => {
    expect(normalizePublishedDate(raw)).toBeNull();
  });
});

describe('findDateIn', () => {
  it.each([
    ['PUBLISHED: 13:05 EST, 13 February 2023 | UPDATED: 14:10 EST, 14 February 2023', '2023-02-13'],
    ['Posted on Feb. 13, 2023', '2023-02-13'],
    ['updated 2023-02-14T08:00Z', '2023-02-14'],
  ])('%j → %s', (line, expected) => {
    expect(findDateIn(line)).toBe(expected);
  });

  it.each(['Published by Elsevier', 'at 9: 45 PM EST', 'in February 2023'])('%j → null', (line) => {
    expect(findDateIn(line)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://example.com/2021/03/04/soyuz-leak/', '2021-03-04'],
    ['https://example.com/news/2021/03/04', '2021-03-04'],
    ['/2021-03-04/soyuz-leak', '2021-03-04'],
    ['https://www.sciencetimes.com/articles/42363/20230213/uncrewed-russian.htm', '2023-02-13'],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each([
    'https://example.com/articles/42363/soyuz',
    'https://example.com/12345678/story', // an id, not a date
    'https://example.com/2021/13/45/x',
    'https://example.com/story?date=2021/03/04/',
    'https://2021.example.com/03/04/',
  ])('%s → null', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});

describe('validYmd', () => {
  it('checks the calendar', () => {
    expect(validYmd(2023, 2, 28)).toBe('2023-02-28');
    expect(validYmd(2023, 2, 29)).toBeNull();
    expect(validYmd(2000, 2, 29)).toBe('2000-02-29');
    expect(validYmd(2023, 4, 31)).toBeNull();
  });
});
