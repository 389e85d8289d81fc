/**
 * Data for lenient scoring (factwire eval): incident-type synonyms and stop words for the
 * content-word overlap of free-text fields. Same rules as the incidents-dev benchmark README.
 */

/** Labels in one group count as the same type ("crash" ≈ "collision" for rail). */
export const typeSynonyms: string[][] = [
  ['collision', 'crash', 'allision', 'rollover'],
  ['leak', 'depressurization'],
  ['explosion', 'blast'],
  ['capsize', 'sinking'],
  ['hard landing', 'crash landing', 'runway excursion'],
  ['breakup', 'in-flight breakup'],
  ['engine failure', 'engine cover loss', 'system failure'],
];

export const stopWords = new Set(
  `a an the of in on at to for from by with and or but as is are was were be been being it its this that these those
  there their they them he she his her him we our you your i not no after before into onto over under than then so such
  which who whom whose what when where why how all any some more most other off out up down about also just only very
  has have had do does did will would can could may might must shall should said says say`.split(/\s+/),
);
