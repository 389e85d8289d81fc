/**
 * Abbreviations the sentence splitter must not break after. Written exactly as they appear in
 * text (matching is case-sensitive: "No." is a number sign, "no." ends "the answer was no.").
 *
 * Two kinds, because they fail in opposite directions:
 * - `NON_TERMINAL`: almost always followed by a name, a number or an example ("Gov. Cuomo",
 *   "Dec. 14", "No. 5", "e.g. Soyuz"). The splitter never ends a sentence on them.
 *   Trap: "Mar." / "Jun." also end sentences in rare styles ("in Jun. The"); we accept that miss.
 * - `TERMINAL`: often followed by a proper noun ("U.S. Navy", "Acme Inc. said") but also often end a
 *   sentence ("launched at 9 p.m. The crew"). The splitter ends a sentence on them only when the
 *   next word is a usual sentence opener (`SENTENCE_STARTERS`).
 *
 * Single capital initials ("J.") and dotted acronyms ("N.A.S.A.") are handled by pattern in
 * segment.ts, not listed here. Trap: "Plan B. The" stays one sentence.
 */

/** Titles, months, and markers that precede what they qualify. */
export const NON_TERMINAL: readonly string[] = [
  // honorifics and ranks: "Gov. Cuomo", "Lt. Gen. Smith"
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gov.', 'Sen.', 'Rep.', 'Gen.', 'Lt.', 'Col.', 'Maj.',
  'Capt.', 'Cmdr.', 'Cdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Rev.', 'Hon.', 'Pres.', 'Supt.', 'Insp.',
  // places before names: "St. Louis", "Mt. Everest", "Ft. Worth"
  'St.', 'Mt.', 'Ft.',
  // months before days: "on Dec. 14", "Sept. 21"
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  // markers before numbers or examples: "No. 5", "vs. Boeing", "e.g. Soyuz"
  'No.', 'Nos.', 'Vol.', 'Fig.', 'pp.', 'vs.', 'e.g.', 'i.e.', 'approx.', 'ca.',
];

/** Abbreviations that may end a sentence. */
export const TERMINAL: readonly string[] = [
  'a.m.', 'p.m.', 'A.M.', 'P.M.',
  'U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.S.R.',
  'Inc.', 'Co.', 'Corp.', 'Ltd.', 'LLC.', 'Bros.',
  'Jr.', 'Sr.',
  'etc.', 'al.',
];

/**
 * Capitalised words that usually open a sentence: after a TERMINAL abbreviation, one of these
 * means a new sentence ("at 9 p.m. The crew"), anything else means the same one ("U.S. Navy").
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However',
  'In', 'On', 'At', 'By', 'For', 'From', 'After', 'Before', 'During', 'When', 'While', 'Since',
  'As', 'If', 'According', 'Officials', 'No', 'Some', 'Many', 'All', 'Both', 'Then', 'Now',
];
