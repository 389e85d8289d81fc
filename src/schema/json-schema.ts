/** JSON Schema files generated from the zod schemas: the zod objects are the only source. */
import path from 'node:path';
import { z } from 'zod';
import { stableJson, writeAtomic } from '../output/write.ts';
import { Manifest } from './manifest.ts';
import { ReconciledIncident } from './reconciled.ts';
import { ArticleRecord, SCHEMA_VERSION } from './record.ts';

export const SCHEMA_FILES: Record<string, z.ZodType> = {
  'record.schema.json': ArticleRecord,
  'reconciled-incident.schema.json': ReconciledIncident,
  'manifest.schema.json': Manifest,
};

export function jsonSchemaText(name: string): string {
  const schema = z.toJSONSchema(SCHEMA_FILES[name], { target: 'draft-2020-12' }) as Record<string, unknown>;
  return stableJson({ ...schema, $id: `https://factwire.dev/schemas/${SCHEMA_VERSION}/${name}` });
}

export async function writeSchemas(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of Object.keys(SCHEMA_FILES)) {
    const file = path.join(dir, name);
    await writeAtomic(file, jsonSchemaText(name));
    out.push(file);
  }
  return out;
}
