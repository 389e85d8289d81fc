/**
 * One system in its own process: `node --import tsx bench/accuracy/worker.ts <system>` reads
 * the articles (JSON BenchDoc[]) on stdin and prints `{ [id]: Predictions }` on stdout.
 * A process per system keeps each as shipped: compromise-dates loads a plugin into compromise,
 * and our extractors add our lexicon words to it; neither must leak into another system.
 */
import type { BenchDoc, Predictions, SystemName } from './predictions.ts';

const loaders: Record<SystemName, () => Promise<(d: BenchDoc) => Predictions>> = {
  ours: async () => (await import('./systems/ours.ts')).predictOurs,
  chrono: async () => (await import('./systems/chrono.ts')).predictChrono,
  compromise: async () => (await import('./systems/compromise.ts')).predictCompromise,
  compromiseDates: async () => (await import('./systems/compromise-dates.ts')).predictCompromiseDates,
};

async function main(): Promise<void> {
  const name = process.argv[2] as SystemName;
  if (!(name in loaders)) throw new Error(`unknown system "${name}" (one of ${Object.keys(loaders).join(', ')})`);
  const predict = await loaders[name]();
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const out: Record<string, Predictions> = {};
  for (const d of JSON.parse(input) as BenchDoc[]) out[d.id] = predict(d);
  process.stdout.write(JSON.stringify(out));
}

await main();
