/**
 * `--shard k/n`: a deterministic slice of the corpus, so that n processes or machines (a job
 * array, a Kubernetes indexed job, GNU parallel) split the work. An article belongs to shard
 * `1 + hash(id) mod n`: the slice depends only on the article id, never on file order or on
 * which other files exist, so adding articles does not move the others between shards.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as in `--shard 2/4`. */
  index: number;
  count: number;
}

/** Parses "k/n" (1 ≤ k ≤ n); returns an error message for anything else. */
export function parseShard(spec: string): Shard | { error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) return { error: `--shard expects k/n, such as 1/4 (got "${spec}")` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return { error: `--shard k/n needs 1 ≤ k ≤ n (got "${spec}")` };
  return { index, count };
}

/** The shard (1..count) an article id falls in. */
export function shardOf(id: string, count: number): number {
  const h = createHash('sha1').update(id).digest();
  return 1 + (h.readUInt32BE(0) % count);
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(id, shard.count) === shard.index;
}

/** "shard-2-of-4", for file names of a shard's run-wide outputs. */
export function shardLabel(shard: Shard): string {
  return `shard-${shard.index}-of-${shard.count}`;
}
