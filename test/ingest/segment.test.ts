import { describe, expect, it } from 'vitest';
import { NON_TERMINAL, TERMINAL } from '../../src/lexicons/abbreviations.ts';
import { assembleText, sentenceSpans, splitSentences } from '../../src/ingest/segment.ts';

const split = (text: string) => sentenceSpans(text).map(([s, e]) => text.slice(s, e));

describe('sentenceSpans', () => {
  it.each([
    ['The leak reportedly began around 7:45 PM EST on Dec. 14. The controllers noticed it.', ['The leak reportedly began around 7:45 PM EST on Dec. 14.', 'The controllers noticed it.']],
    ['It launched on Sept. 21 from the Baikonur Cosmodrome in Kazakhstan. The crew was safe.', ['It launched on Sept. 21 from the Baikonur Cosmodrome in Kazakhstan.', 'The crew was safe.']],
    ['Gov. Cuomo spoke. Then he left.', ['Gov. Cuomo spoke.', 'Then he left.']],
    ['The U.S. agency announced it.', ['The U.S. agency announced it.']],
    ['He joined the U.S. Navy in 1990.', ['He joined the U.S. Navy in 1990.']],
    ['It docked at 9 p.m. The crew slept.', ['It docked at 9 p.m.', 'The crew slept.']],
    ['The NASA TV coverage began around 9 p.m. when Prokoopyev suited up.', ['The NASA TV coverage began around 9 p.m. when Prokoopyev suited up.']],
    ['Dr. Smith and Mr. Jones met Lt. Gen. Ivanov.', ['Dr. Smith and Mr. Jones met Lt. Gen. Ivanov.']],
    ['John F. Kennedy Space Center hosted it.', ['John F. Kennedy Space Center hosted it.']],
    ['Acme Inc. said so. The Acme Inc. The end.', ['Acme Inc. said so.', 'The Acme Inc.', 'The end.']],
    ['"We are safe." The crew said so.', ['"We are safe."', 'The crew said so.']],
    ['He said, "We are safe." Then he left.', ['He said, "We are safe."', 'Then he left.']],
    ['"Are we safe?" he asked.', ['"Are we safe?" he asked.']],
    ['Really? Yes! It is.', ['Really?', 'Yes!', 'It is.']],
    ['It cost 3.5 million. No. 5 was next.', ['It cost 3.5 million.', 'No. 5 was next.']],
    ['The answer was no. The crew agreed.', ['The answer was no.', 'The crew agreed.']],
    ['Spacewalk canceled at around 9: 45 PM EST.', ['Spacewalk canceled at around 9: 45 PM EST.']],
    ['Leak found (see photo.) Crew safe.', ['Leak found (see photo.)', 'Crew safe.']],
    ['The station e.g. Zvezda was fine.', ['The station e.g. Zvezda was fine.']],
    ['It waited... Then it leaked.', ['It waited...', 'Then it leaked.']],
    ['First line ends.\nSecond line.', ['First line ends.', 'Second line.']],
    ['No terminator at the end', ['No terminator at the end']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('assembleText / splitSentences', () => {
  const { text, blocks } = assembleText([
    { kind: 'title', text: 'Soyuz leaks coolant' },
    { kind: 'heading', text: 'Russia Releases A Statement About The Coolant Leakage' },
    { kind: 'paragraph', text: 'Roscosmos spoke. NASA agreed.' },
  ]);

  it('joins blocks with a blank line and records offsets', () => {
    expect(text).toBe('Soyuz leaks coolant\n\nRussia Releases A Statement About The Coolant Leakage\n\nRoscosmos spoke. NASA agreed.');
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Soyuz leaks coolant',
      'Russia Releases A Statement About The Coolant Leakage',
      'Roscosmos spoke. NASA agreed.',
    ]);
  });

  it('headings are one sentence of their own; sentences never cross blocks', () => {
    const sentences = splitSentences(text, blocks);
    expect(sentences.map((s) => [s.block, text.slice(s.start, s.end)])).toEqual([
      [0, 'Soyuz leaks coolant'],
      [1, 'Russia Releases A Statement About The Coolant Leakage'],
      [2, 'Roscosmos spoke.'],
      [2, 'NASA agreed.'],
    ]);
  });

  it('empty input gives empty text', () => {
    expect(assembleText([])).toEqual({ text: '', blocks: [] });
  });
});

describe('abbreviation lexicon', () => {
  it('lists the required abbreviations, each once, each ending in a period', () => {
    const all = [...NON_TERMINAL, ...TERMINAL];
    for (const a of ['Mr.', 'Gov.', 'Dec.', 'Sept.', 'a.m.', 'p.m.', 'U.S.', 'No.', 'Inc.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'Jr.']) expect(all).toContain(a);
    expect(new Set(all).size).toBe(all.length);
    for (const a of all) expect(a.endsWith('.')).toBe(true);
  });
});
