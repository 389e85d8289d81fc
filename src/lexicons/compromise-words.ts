/**
 * Words compromise should know before it tags: `{ word: Tag }`. Keep entries general
 * (agency names, role titles), never names from one article.
 * Traps: a word listed here is tagged that way everywhere ("Progress" must not become an
 * Organization, it is also a common noun). Multi-word keys work ("coast guard").
 *
 * Owned by the people/organisations/locations extraction; other rules read the same tags, so
 * say why in a comment when you add a word.
 */
export const compromiseWords: Record<string, string> = {
  roscosmos: 'Organization',
  nasa: 'Organization',
  esa: 'Organization',
  jaxa: 'Organization',
  ntsb: 'Organization',
  faa: 'Organization',
  easa: 'Organization',
  spacex: 'Organization',
  // compromise reads "Coast Guard" as a Place ("the Coast Guard said")
  'coast guard': 'Organization',
  coastguard: 'Organization',
  // role titles compromise does not know as people words; Actor lets `#Actor` patterns see them
  cosmonaut: 'Actor',
  spokesperson: 'Actor',
};
