import { describe, expect, it } from 'vitest';
import { mergePeople, type PersonClaim } from '../../src/reconcile/people.ts';

const claim = (article: string, name: string, variants: string[] = []): PersonClaim => ({ article, person: { name, variants, evidence: [{ start: 0, end: name.length, quote: name }], ruleId: 't' } });
const names = (cs: PersonClaim[]) => mergePeople(cs).map((p) => [p.name, p.variants, p.sources]);

describe('one person across articles, every spelling kept', () => {
  it('transliterations (Dmitry/Dmitri) are one person', () => {
    expect(names([claim('a', 'Dmitry Orlov'), claim('b', 'Dmitri Orlov')])).toEqual([['Dmitri Orlov', ['Dmitry Orlov'], ['a', 'b']]]);
  });
  it('a typo in the surname is one person; the spelling most articles use is the name', () => {
    expect(names([claim('a', 'Pavel Voronov'), claim('b', 'Pavel Voronov'), claim('c', 'Pavel Voronnov')])).toEqual([['Pavel Voronov', ['Pavel Voronnov'], ['a', 'b', 'c']]]);
  });
  it('a surname-only mention joins the one full name it fits', () => {
    expect(names([claim('a', 'Mette Lund'), claim('b', 'Lund')])).toEqual([['Mette Lund', ['Lund'], ['a', 'b']]]);
  });
  it('a one-letter slip in a short surname, with the same given name', () => {
    expect(names([claim('a', 'Ronald Vick'), claim('b', 'Ronald Vik')])).toHaveLength(1);
  });
  it('letters that NFKD does not split (æ, ø)', () => {
    expect(names([claim('a', 'Mette Kjærgaard'), claim('b', 'Mette Kjaergaard')])).toHaveLength(1);
  });
  it('the per-article variants are kept', () => {
    expect(names([claim('a', 'Sergey Petrov', ['Petrov'])])[0][1]).toEqual(['Petrov']);
  });
});

describe('different people stay apart (negative cases)', () => {
  it('same surname, different initials', () => {
    expect(names([claim('a', 'Anna Kuzmin'), claim('b', 'Boris Kuzmin')])).toHaveLength(2);
  });
  it('a surname-only mention fitting two people stays on its own', () => {
    expect(names([claim('a', 'Anna Kuzmin'), claim('b', 'Boris Kuzmin'), claim('c', 'Kuzmin')])).toHaveLength(3);
  });
  it('a short surname one letter apart without the same given name', () => {
    expect(names([claim('a', 'Ann Vick'), claim('b', 'Vik')])).toHaveLength(2);
  });
  it('different surnames', () => {
    expect(names([claim('a', 'Ray Ostrander'), claim('b', 'Ray Osmond')])).toHaveLength(2);
  });
});
