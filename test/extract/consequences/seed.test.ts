/** End to end on the seed article (corpus/iss-coolant-leak.txt, ingested as the pipeline does). */
import { describe, expect, it } from 'vitest';
import { seedDoc } from '../../helpers.ts';
import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { articleDoc, expectSpans } from '../causes/helpers.ts';


describe('consequences on the seed', () => {
  const doc = seedDoc();
  const found = extractConsequences(doc);
  const has = (cue: string, clause: string | RegExp) =>
    found.some((m) => m.cue === cue && (typeof clause === 'string' ? m.clause === clause : clause.test(m.clause)));

  it('keeps every span equal to its text', () => expectSpans(doc, found));

  it('finds the safety outcomes', () => {
    expect(has('safe', 'The incident didn\'t affect and posed no threat to the crew at the station')).toBe(true);
    expect(has('safe', 'the crew is safe')).toBe(true);
    expect(has('containment', 'the hatch between the station and the Progress MS-21 had been locked')).toBe(true);
  });

  it('finds the investigation launched by Roscosmos', () => {
    expect(has('investigation', 'Roscosmos has already launched an investigation into the possible reason behind the leakage')).toBe(true);
  });

  it('finds the canceled spacewalk three times, with one cue and clean clauses', () => {
    const cancels = found.filter((m) => m.cue === 'cancellation').map((m) => m.clause);
    expect(cancels).toEqual([
      'the planned spacewalk aboard the ISS on Dec. 14 evening involving Sergey Prokopyev and Dmitri Petelin was canceled',
      'prompting NASA to cancel the spacewalk at around 9: 45 PM EST',
      'The spacewalk had been canceled',
    ]);
    const first = found.find((m) => m.cue === 'cancellation')!;
    expect(first.text.startsWith('Due to the issue, ')).toBe(true);
  });

  it('emits no death, injury or damage on a leak that hurt nobody', () => {
    expect(found.filter((m) => ['death', 'injury', 'damage', 'fire'].includes(m.cue))).toEqual([]);
  });

  it('is deterministic', () => {
    expect(extractConsequences(seedDoc())).toEqual(found);
  });
});
