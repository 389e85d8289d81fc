/**
 * The shared parse: compromise tagging passes over the sentences rules read, sentence views, and
 * offsets read from the terms. It must give every rule exactly what one `nlp()` call per
 * sentence gave (same terms, same tags, same offsets), only cheaper.
 */
import { describe, expect, it } from 'vitest';
import { ExtractDoc, holdsTag, type TermInfo } from '../../src/extract/doc.ts';
import { nlp, rangesView, rangeView, tagSentences } from '../../src/extract/nlp.ts';
import { corpusDoc, doc } from '../helpers.ts';

type Json = { terms: { text: string; tags: string[]; pre: string; post: string; offset: { start: number; length: number } }[] }[];

/** What the per-sentence parse gave: compromise's own json with offsets, mapped to the text, per match. */
function reference(d: ExtractDoc, i: number, view: { json(o: object): unknown }): TermInfo[][] {
  const base = d.sentences[i].start;
  return (view.json({ offset: true, terms: { offset: true } }) as Json).map((m) =>
    m.terms.map((t) => ({ start: base + t.offset.start, end: base + t.offset.start + t.offset.length, text: t.text, tags: t.tags, post: t.post, pre: t.pre })),
  );
}
const referenceTerms = (d: ExtractDoc, i: number) => reference(d, i, nlp(d.sentenceText(i))).flat();

const terms = (d: ExtractDoc, i: number) => d.toSpans(d.parse(i), i).flatMap((m) => m.terms);

describe('ExtractDoc.parse: tagging passes, same tags as a parse per sentence', () => {
  const articles = ['iss-coolant-leak.txt', 'aircraft/lisbon-hard-landing-blog.html', 'ships/nordic-meridian-grounding-followup.json', 'rail/kendallville-freight-derailment-newspaper.txt'];
  for (const rel of articles) {
    it(`${rel}: every sentence's terms, tags and offsets`, () => {
      const d = corpusDoc(rel);
      for (let i = 0; i < d.sentences.length; i++) expect(terms(d, i), `sentence ${i}: ${d.sentenceText(i)}`).toEqual(referenceTerms(d, i));
    });
  }

  it('sentences that compromise would split or quote-merge stay apart (each tokenised on its own)', () => {
    const d = doc('"We heard a bang.\nThen smoke," said Capt. Ana Doe of the U.S. Coast Guard.\n\nNo one was hurt (two crew were checked.\nBoth are fine).');
    for (let i = 0; i < d.sentences.length; i++) expect(terms(d, i)).toEqual(referenceTerms(d, i));
  });

  it('topic views (people, places, organisations) match the per-sentence parse', () => {
    const d = corpusDoc('iss-coolant-leak.txt');
    for (let i = 0; i < d.sentences.length; i++) {
      const one = nlp(d.sentenceText(i));
      for (const topic of ['people', 'places', 'organizations'] as const) {
        const ours = d.toSpans(d.parse(i)[topic](), i).map((m) => m.terms);
        expect(ours, `${topic} in sentence ${i}`).toEqual(reference(d, i, one[topic]()));
      }
    }
  });

  it('match: a compiled pattern finds what the string pattern finds in a per-sentence parse, once per document', () => {
    const d = corpusDoc('iss-coolant-leak.txt');
    for (const pattern of ['#PastTense', '#Person+', '(leak|leaked|leaking)', '#Noun of the #Noun']) {
      const want = [...d.sentences.keys()].flatMap((i) => reference(d, i, nlp(d.sentenceText(i)).match(pattern)));
      const got = d.match(pattern).map((m) => m.terms);
      expect(got, pattern).toEqual(want);
      expect(want.length, pattern).toBeGreaterThan(0);
      expect(d.match(pattern, [3, 1]).map((m) => m.sentence)).toEqual([...d.match(pattern, [3]), ...d.match(pattern, [1])].map((m) => m.sentence));
    }
  });

  it('a sentence is tagged once; sentences tagged together share one parse', () => {
    const d = corpusDoc('iss-coolant-leak.txt');
    expect(d.parse(0)).toBe(d.parse(0));
    const last = d.sentences.length - 1;
    d.tag([1, last]);
    expect(d.parse(1).document).toBe(d.parse(last).document);
    expect(d.parse(0).document).not.toBe(d.parse(1).document); // tagged before, on its own
    expect(d.taggedCount).toBe(3);
  });

  it('tags only the sentences read (lazy per sentence)', () => {
    const d = corpusDoc('iss-coolant-leak.txt');
    expect(d.taggedCount).toBe(0);
    d.match('#PastTense', [2]);
    expect(d.taggedCount).toBe(1);
  });

  it('a repeated sentence is tagged once and mapped to each copy', () => {
    const d = doc('The ferry lost power near Tarn. Crews towed it. The ferry lost power near Tarn.');
    expect(d.sentences.length).toBe(3);
    d.tag([0, 1, 2]);
    expect(d.taggedCount).toBe(3);
    expect(d.taggedTexts).toBe(2);
    expect(d.parse(2)).toBe(d.parse(0));
    for (let i = 0; i < d.sentences.length; i++) expect(terms(d, i)).toEqual(referenceTerms(d, i));
  });

  it('spansPerSentence: one topic call per tagging pass gives what one call per sentence gives', () => {
    const count = { people: 0, places: 0, organizations: 0 };
    for (const rel of ['iss-coolant-leak.txt', 'aircraft/lisbon-hard-landing-blog.html']) {
      const d = corpusDoc(rel);
      const all = [...d.sentences.keys()];
      d.tag(all.filter((i) => i % 3 === 0)); // two passes: the batch call must span both
      d.tag(all);
      const which = [...all].reverse(); // spans come in the order asked, per sentence
      for (const topic of ['people', 'places', 'organizations'] as const) {
        const got = d.spansPerSentence(which, (v) => v[topic]());
        expect([...got.keys()]).toEqual(which);
        for (const i of which) expect(got.get(i), `${rel} ${topic} in sentence ${i}`).toEqual(d.toSpans(d.parse(i)[topic](), i));
        count[topic] += [...got.values()].flat().length;
      }
    }
    for (const n of Object.values(count)) expect(n).toBeGreaterThan(0);
  });

  it('spansPerSentence: a repeated sentence gets its own offsets; an unread sentence is tagged first', () => {
    const d = doc('Capt. Ana Doe flew to Lisbon. Crews towed it. Capt. Ana Doe flew to Lisbon.');
    const got = d.spansPerSentence([0, 2], (v) => v.people());
    expect(got.get(0)!.map((m) => m.text)).toEqual(['Capt. Ana Doe']);
    expect(got.get(2)!.map((m) => [m.text, m.sentence])).toEqual([['Capt. Ana Doe', 2]]);
    expect(got.get(2)![0].start).toBe(got.get(0)![0].start + d.sentences[2].start - d.sentences[0].start);
    expect(d.taggedTexts).toBe(1);
  });

  it('spansPerSentence with the tags a topic needs: same spans, fewer sentences in the call', () => {
    const needs = { people: ['Person'], places: ['Place', 'Address'], organizations: ['Organization'] } as const;
    for (const rel of ['iss-coolant-leak.txt', 'rail/kendallville-freight-derailment-newspaper.txt']) {
      const d = corpusDoc(rel);
      const all = [...d.sentences.keys()];
      for (const topic of ['people', 'places', 'organizations'] as const) {
        let seen = 0;
        const got = d.spansPerSentence(all, (v) => {
          seen += v.docs.length;
          return v[topic]();
        }, needs[topic]);
        for (const i of all) expect(got.get(i), `${rel} ${topic} in sentence ${i}`).toEqual(d.spansPerSentence([i], (v) => v[topic]()).get(i));
        expect(seen, `${rel} ${topic}`).toBeLessThan(all.length);
      }
    }
  });

  it('holdsTag: whether a sentence of a pass has a term with one of the tags', () => {
    const tagged = tagSentences(['Ana Doe flew home.', 'The ship sank.']);
    expect(holdsTag(tagged, 0, ['Person'])).toBe(true);
    expect(holdsTag(tagged, 1, ['Person'])).toBe(false);
    expect(holdsTag(tagged, 1, ['Person', 'Noun'])).toBe(true);
  });

  it('rangesView: the sentences of a pass, in the order given', () => {
    const tagged = tagSentences(['The ship sank.', 'Two crew died. Rescuers came.', 'The port closed.']);
    expect(rangesView(tagged, [2, 0]).text()).toBe('The port closed.The ship sank.');
    expect(rangesView(tagged, [1]).docs.length).toBe(2);
    expect(rangeView(tagged, 1).text()).toBe(rangesView(tagged, [1]).text());
  });

  it('empty and blank sentences give empty views', () => {
    const tagged = tagSentences(['', '   ', 'The ship sank.']);
    expect(tagged.ranges).toEqual([[0, 0], [0, 0], [0, 1]]);
  });

  it('refuses a view that is not of its own parse (offsets would be wrong)', () => {
    const d = doc('The ferry MV Isle of Tarn caught fire.');
    expect(() => d.toSpans(nlp('The ferry MV Isle of Tarn caught fire.'), 0)).toThrow(/not of this document/);
  });
});
