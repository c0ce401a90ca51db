import { createHash } from 'node:crypto';

export interface Shard {
  index: number; // 1-based K
  count: number; // N
}

/** Parses `K/N` (1 ≤ K ≤ N); null when malformed. */
export function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** Deterministic by id: the same id lands in the same shard on every machine. */
export function inShard(id: string, shard: Shard | null): boolean {
  if (!shard || shard.count === 1) return true;
  const h = createHash('sha256').update(id).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
