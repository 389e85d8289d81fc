/**
 * The fact kinds of a record as the report shows them: label, colours and underline style.
 *
 * Traps:
 * - Colour is never the only signal (WCAG 1.4.1): every highlight also carries its text label
 *   and an underline style of its own, so a reader who cannot tell the colours apart, or
 *   prints the page in black and white, still sees which kind a span is.
 * - The hues follow the Okabe–Ito palette (distinguishable with the common colour-vision
 *   deficiencies); the light tints keep dark text above 4.5:1 contrast, the dark tints keep
 *   light text above it.
 * - Highlights nest (a cause clause contains a vehicle name), so the tints are translucent
 *   enough for the inner one to show through the outer one, and clauses (causes,
 *   consequences) underline further below the text (`offset`, px) than names, so both lines
 *   show when a name sits inside a clause.
 */
export const FACT_KINDS = [
  { key: 'vehicles', label: 'vehicle', line: { light: '#0072b2', dark: '#56b4e9' }, tint: { light: 'rgba(86,180,233,0.35)', dark: 'rgba(86,180,233,0.30)' }, underline: 'solid', offset: 3 },
  { key: 'dates', label: 'date', line: { light: '#9a6a00', dark: '#e69f00' }, tint: { light: 'rgba(230,159,0,0.35)', dark: 'rgba(230,159,0,0.30)' }, underline: 'double', offset: 3 },
  { key: 'people', label: 'person', line: { light: '#a3366e', dark: '#e08fbe' }, tint: { light: 'rgba(204,121,167,0.35)', dark: 'rgba(204,121,167,0.32)' }, underline: 'dotted', offset: 3 },
  { key: 'organizations', label: 'organisation', line: { light: '#00795a', dark: '#2fc79b' }, tint: { light: 'rgba(0,158,115,0.28)', dark: 'rgba(0,158,115,0.32)' }, underline: 'dashed', offset: 3 },
  { key: 'locations', label: 'location', line: { light: '#6f6500', dark: '#f0e442' }, tint: { light: 'rgba(240,228,66,0.45)', dark: 'rgba(240,228,66,0.25)' }, underline: 'wavy', offset: 3 },
  { key: 'causes', label: 'cause', line: { light: '#b34700', dark: '#ff8a3d' }, tint: { light: 'rgba(213,94,0,0.22)', dark: 'rgba(213,94,0,0.30)' }, underline: 'solid', offset: 7 },
  { key: 'consequences', label: 'consequence', line: { light: '#555555', dark: '#bbbbbb' }, tint: { light: 'rgba(120,120,120,0.18)', dark: 'rgba(180,180,180,0.18)' }, underline: 'dashed', offset: 7 },
] as const;

export type FactKindKey = (typeof FACT_KINDS)[number]['key'];
export type FactKind = (typeof FACT_KINDS)[number];

export const KIND_KEYS: readonly FactKindKey[] = FACT_KINDS.map((k) => k.key);

export function kindOf(key: FactKindKey): FactKind {
  return FACT_KINDS.find((k) => k.key === key)!;
}
