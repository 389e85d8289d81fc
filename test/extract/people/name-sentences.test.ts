/**
 * The name rules' sentence gate: only sentences with a capitalised word (other than function
 * words and weekdays) are read with tags; the others stay untagged and hold no name.
 */
import { describe, expect, it } from 'vitest';
import { extractLocations } from '../../../src/extract/locations/index.ts';
import { extractOrganizations } from '../../../src/extract/organizations/index.ts';
import { extractPeople } from '../../../src/extract/people/index.ts';
import { mayHoldName, nameSentences } from '../../../src/extract/people/spans.ts';
import { corpusDoc, doc } from '../../helpers.ts';

describe('nameSentences', () => {
  it('skips sentences whose only capitals are function words or weekdays', () => {
    const d = doc('The cause has not been determined. No one was hurt on Tuesday. Jane Roe of Tarn Ferries said it sank. It was towed to Elmira.');
    expect(d.sentences.map((_, i) => mayHoldName(d, i))).toEqual([false, false, true, true]);
    expect(nameSentences(d)).toEqual([2, 3]);
    expect(d.taggedCount).toBe(2);
  });

  it('a gated-out sentence holds no person, nor an organisation or place compromise read, in the corpus', () => {
    for (const rel of ['iss-coolant-leak.txt', 'aircraft/lisbon-hard-landing-blog.html', 'rail/kendallville-freight-derailment-newspaper.txt']) {
      const d = corpusDoc(rel);
      const skipped = d.sentences.filter((_, i) => !mayHoldName(d, i));
      const found = [...extractPeople(d), ...extractOrganizations(d).filter((m) => m.ruleId === 'org.compromise'), ...extractLocations(d).filter((m) => m.ruleId === 'location.compromise')];
      expect(skipped.length).toBeGreaterThan(0);
      for (const s of skipped) expect(found.filter((m) => m.start >= s.start && m.end <= s.end)).toEqual([]);
    }
  });
});
