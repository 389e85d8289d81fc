import { Command } from 'commander';
import { writeSchemas } from '../../schema/json-schema.ts';

export function schemaCommand(): Command {
  return new Command('schema')
    .description('Write the JSON Schema files (schemas/*.json) from the zod schemas.')
    .option('--dir <dir>', 'where to write them', 'schemas')
    .addHelpText('after', '\nExamples:\n  factwire schema\n  factwire schema --dir /tmp/schemas')
    .action(async (opts: { dir: string }) => {
      const files = await writeSchemas(opts.dir);
      for (const f of files) console.log(`wrote ${f}`);
    });
}
