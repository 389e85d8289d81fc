/** End to end on the seed article (corpus/iss-coolant-leak.txt, ingested as the pipeline does). */
import { describe, expect, it } from 'vitest';
import { seedDoc } from '../../helpers.ts';
import { extractCauses } from '../../../src/extract/causes/index.ts';
import { articleDoc, expectSpans } from './helpers.ts';


describe('causes on the seed', () => {
  const doc = seedDoc();
  const causes = extractCauses(doc);

  it('keeps every span equal to its text', () => expectSpans(doc, causes));

  it('finds the meteoroid (due to) and the unknown cause under investigation, nothing else', () => {
    expect(causes.map((m) => [m.ruleId, m.cue, m.clause])).toEqual([
      [
        'cause.unknown',
        'unknown',
        'Roscosmos has already launched an investigation into the possible reason behind the leakage',
      ],
      ['cause.due-to', 'due-to', "a tiny meteoroid that left a small hole in the radiator's exterior"],
    ]);
    expect(causes[1].text).toBe("due to a tiny meteoroid that left a small hole in the radiator's exterior");
  });

  it('does not take "Due to the issue" (an anaphor of the incident) as a cause', () => {
    expect(causes.some((m) => /issue/.test(m.clause))).toBe(false);
  });

  it('does not take the locked hatch (why nothing was affected) as a cause', () => {
    expect(causes.some((m) => /hatch/.test(m.clause))).toBe(false);
  });
});
