/** Builds a VehicleMention from a span; every vehicle rule goes through here. */
import type { VehicleKind } from '../../schema/index.ts';
import type { ExtractDoc } from '../doc.ts';
import type { VehicleMention } from '../types.ts';
import { squash } from '../shared/regex.ts';

export interface VehicleFields {
  name?: string;
  vehicleKind: VehicleKind;
  family?: string;
  operator?: string;
  generic?: boolean;
}

export function makeVehicle(
  doc: ExtractDoc,
  start: number,
  end: number,
  sentence: number,
  ruleId: string,
  f: VehicleFields,
): VehicleMention {
  const text = doc.text.slice(start, end);
  const m: VehicleMention = {
    kind: 'vehicle',
    start,
    end,
    text,
    ruleId,
    sentence,
    name: squash(f.name ?? text),
    vehicleKind: f.vehicleKind,
    generic: f.generic ?? false,
  };
  if (f.family) m.family = f.family;
  if (f.operator) m.operator = f.operator;
  return m;
}

/** Normalised key for comparing vehicle names: "Progress MS-29" ≡ "progress ms29". */
export function vehicleKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}
