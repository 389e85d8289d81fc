/**
 * compromise, configured once for the whole process: our lexicon words and tag fixes are
 * mixed in here, so every rule sees the same tagger. Import `nlp` from here, never from
 * 'compromise' directly.
 */
import base from 'compromise';
import { compromiseWords } from '../lexicons/compromise-words.ts';

base.addWords(compromiseWords);

export const nlp = base;
export type View = ReturnType<typeof base>;
