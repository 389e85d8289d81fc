/**
 * The annotation format `factwire eval` reads: one `<article-id>.json` per article, in the
 * record shape without evidence, every field optional (partial annotations are fine).
 * It is the shape of the incidents-dev benchmark's gold files.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const named = z.object({ name: z.string() }).loose();
export const GoldIncident = z
  .object({
    key: z.string().optional(),
    type: z.string().default('incident'),
    mention: z.enum(['main', 'background']).default('main'),
    vehicles: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]) }).loose()).default([]),
    dates: z.array(z.object({ text: z.string().optional(), value: z.string(), role: z.string().optional() }).loose()).default([]),
    people: z.array(z.object({ name: z.string(), role: z.string().nullish() }).loose()).default([]),
    organizations: z.array(named).default([]),
    locations: z.array(named).default([]),
    causes: z.array(z.object({ text: z.string() }).loose()).default([]),
    consequences: z.array(z.object({ text: z.string() }).loose()).default([]),
  })
  .loose();
export type GoldIncident = z.infer<typeof GoldIncident>;
export const GoldFile = z.object({ incidents: z.array(GoldIncident) }).loose();

/** Reads every `*.json` under the gold folder; the id is the relative path without `.json`. */
export async function readGoldDir(dir: string): Promise<Map<string, GoldIncident[]>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => path.join(e.parentPath, e.name)).sort();
  const out = new Map<string, GoldIncident[]>();
  for (const f of files) {
    const id = path.relative(dir, f).split(path.sep).join('/').replace(/\.json$/, '');
    const parsed = GoldFile.safeParse(JSON.parse(await readFile(f, 'utf8')));
    if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
    out.set(id, parsed.data.incidents);
  }
  return out;
}
