/** execAll: the matches `matchAll` gives, without copying the regex on each call. */
import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/extract/shared/regex.ts';

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ index: m.index, all: [...m], groups: m.groups, indices: m.indices }));
const viaExecAll = (re: RegExp, text: string) => execAll(re, text).map((m) => ({ index: m.index, all: [...m], groups: m.groups, indices: m.indices }));

describe('execAll', () => {
  const cases: [RegExp, string][] = [
    [/(?<![\p{L}])(?<w>\p{Lu}\p{L}*)/dgu, 'The ferry MV Isle of Tarn left Ålesund.'],
    [/a*/g, 'baaac'],
    [/(?:)/gu, 'a😀b'],
    [/x|(?<=y)/gi, 'yXyx'],
    [/nothing/g, 'here'],
  ];
  for (const [re, text] of cases) {
    it(`${re} on ${JSON.stringify(text)} gives what matchAll gives`, () => {
      expect(viaExecAll(re, text)).toEqual(viaMatchAll(re, text));
    });
  }

  it('starts at lastIndex, as matchAll does, and leaves it as it was', () => {
    const re = /\d/g;
    re.lastIndex = 2;
    expect(viaExecAll(re, '1234')).toEqual(viaMatchAll(re, '1234'));
    expect(re.lastIndex).toBe(2);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
