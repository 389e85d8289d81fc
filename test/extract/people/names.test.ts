import { describe, expect, it } from 'vitest';
import { compareWords, editDistance, nameParts, samePerson, translitKey } from '../../../src/extract/people/names.ts';

describe('translitKey', () => {
  // [a, b, same key?]
  const table: [string, string, boolean][] = [
    ['Sergei', 'Sergey', true],
    ['Dmitri', 'Dmitry', true],
    ['Yuri', 'Yury', true],
    ['Prokopyev', 'Prokoopyev', true], // double letters collapse
    ['Petelin', 'Petellin', true],
    ['Aleksei', 'Alexei', true], // ks → x
    ['Khabarov', 'Habarov', true], // kh → h
    ['Zoë', 'Zoe', true], // diacritics
    ['Mikhail', 'Michael', false], // not the same name
    ['Ivan', 'Ivana', false],
    ['Smith', 'Smyth', false],
  ];
  it.each(table)('%s / %s → %s', (a, b, same) => {
    expect(translitKey(a) === translitKey(b)).toBe(same);
  });
});

describe('editDistance', () => {
  const table: [string, string, number][] = [
    ['kitten', 'sitten', 1],
    ['petelin', 'petellin', 1],
    ['abc', 'abc', 0],
    ['abcdef', 'a', 3], // capped at max + 1
  ];
  it.each(table)('%s / %s → %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('compareWords', () => {
  const table: [string, string, 'same' | 'typo' | null][] = [
    ['Prokopyev', 'Prokoopyev', 'same'],
    ['Rubio', 'Rubio', 'same'],
    ['Aleksandr', 'Alexander', 'typo'], // one edit after the key
    ['Johnson', 'Johnsen', 'typo'],
    ['Lee', 'Lea', null], // too short for a typo
    ['Mikhail', 'Michael', null],
    ['Park', 'Parks', null],
  ];
  it.each(table)('%s / %s → %s', (a, b, expected) => expect(compareWords(a, b)).toBe(expected));
});

describe('nameParts', () => {
  it('drops honorifics and suffixes', () => {
    expect(nameParts('Dr. Jane A. Doe Jr.')).toEqual({ words: ['Jane', 'A', 'Doe'], first: 'Jane', last: 'Doe' });
    expect(nameParts('Rubio')).toEqual({ words: ['Rubio'], first: undefined, last: 'Rubio' });
  });
});

describe('samePerson', () => {
  const table: [string, string, boolean][] = [
    ['Sergey Ivanov', 'Sergei Ivanov', true],
    ['Sergey Ivanov', 'Ivanov', true],
    ['Dmitri Petrov', 'Petrovv', true],
    ['Ye Meng Yuan', 'Ye Mengyuan', true], // words run together
    ['Aleksandr Popov', 'Alexander Popov', true],
    ['Sergey Ivanov', 'Pavel Ivanov', false], // first initials differ
    ['Frank Rubio', 'Frank Rubin', true], // one edit: merged, the known cost of typo tolerance
    ['Jane Lee', 'Jane Lea', false], // short surnames need an exact match
    ['Mikhail Orlov', 'Michael Orlov', true], // same surname, same initial: one person by the scoring rule
  ];
  it.each(table)('%s / %s → %s', (a, b, same) => expect(Boolean(samePerson(a, b))).toBe(same));
});

describe('translitKey cache', () => {
  it('gives the same key on every call, cached or not', () => {
    const words = ['Sergey', 'Sergei', 'Dmitry', 'Ivanoov', 'Mikhail', 'Ørsted', 'Khrushchev', ''];
    const first = words.map(translitKey);
    expect(words.map(translitKey)).toEqual(first);
    expect(first.slice(0, 5)).toEqual(['sergei', 'sergei', 'dmitri', 'ivanov', 'mihail']);
  });

  it('stays right past its size bound (it is cleared, not wrong)', () => {
    for (let n = 0; n < 50_010; n++) translitKey(`Name${n}`);
    expect(translitKey('Sergey')).toBe('sergei');
    expect(translitKey('Name50009')).toBe('name');
  });
});
