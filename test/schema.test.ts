import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, jsonSchemaText } from '../src/schema/json-schema.ts';

describe('schemas/*.json', () => {
  it.each(Object.keys(SCHEMA_FILES))('%s is current (regenerate with `npm run schema`)', async (name) => {
    const committed = await readFile(`schemas/${name}`, 'utf8').catch(() => '(missing)');
    expect(committed).toBe(jsonSchemaText(name));
  });
});
