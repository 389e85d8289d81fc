import { describe, expect, it } from 'vitest';
import { isEmbedded, segmentsOf } from '../../../src/extract/causes/segments.ts';
import { articleDoc } from './helpers.ts';

const segs = (text: string) => {
  const d = articleDoc(text);
  return segmentsOf(d, 0).map((s) => d.text.slice(s.start, s.end).trim());
};

describe('clause segments: relative clauses', () => {
  it('keeps an embedded relative clause inside its main clause', () => {
    expect(segs('The crew, which includes three cosmonauts, was not in danger.')).toEqual(['The crew, which includes three cosmonauts, was not in danger.']);
  });
  it('cuts a trailing relative clause', () => {
    expect(segs('The fire started in the galley, which was closed for repairs.')).toEqual(['The fire started in the galley', 'which was closed for repairs.']);
  });
  it.each([
    ['which includes three cosmonauts, was not in danger', true],
    ['who was driving, suffered a broken arm', true],
    ['which was closed for repairs', false],
    ['which left; the crew, was', false],
  ])('isEmbedded(%s) = %s', (rest, expected) => {
    expect(isEmbedded(rest, 0)).toBe(expected);
  });
});
