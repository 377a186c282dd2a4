import { sql } from 'drizzle-orm';
import { rowsOf } from './rows';
import type { Database } from './types';

/** The hash the chain starts from (the head before any row). */
export const GENESIS_HASH = '0'.repeat(64);
/** Rows checked per query: each batch is one index range scan, so memory stays flat however long the log. */
export const VERIFY_BATCH_SIZE = 20_000;

export interface ChainLink {
  position: number;
  hash: string;
}

export interface ChainBreak {
  /** The audit row where the chain stops holding (null when rows at the end are missing). */
  id: number | null;
  position: number;
  message: string;
}

export interface ChainReport {
  rows: number;
  /** The last link that checked out: write it down elsewhere to anchor the log. */
  last: ChainLink;
  broken: ChainBreak | null;
}

type CheckedRow = {
  id: string | number;
  chain_seq: string | number;
  hash: string;
  prev_hash: string;
  expected: string;
  before_seq: string | number;
  before_hash: string;
  broken: boolean;
};

/**
 * Walks the audit log's hash chain in position order and reports the first
 * broken link: a row whose content no longer matches its hash (edited), a
 * gap in positions (deleted rows), a row whose link does not match the row
 * before it, or rows missing from the end (the chain head names a later
 * position). Hashes are recomputed inside the database with the same
 * function the insert trigger uses (migration 0009), a batch at a time.
 */
export async function verifyAuditChain(
  db: Database,
  options: { batchSize?: number; onBatch?: (rows: number) => void } = {},
): Promise<ChainReport> {
  const batchSize = options.batchSize ?? VERIFY_BATCH_SIZE;
  let last: ChainLink = { position: 0, hash: GENESIS_HASH };
  let rows = 0;
  for (;;) {
    const checked = rowsOf<CheckedRow>(await db.execute(batchQuery(last, batchSize)));
    const [first] = checked;
    if (!first) break;
    if (first.broken) {
      // Every position before the broken row checked out (the batch is judged in order).
      const before = { position: Number(first.before_seq), hash: first.before_hash };
      return { rows: rows + before.position - last.position, last: before, broken: describeBreak(first) };
    }
    // With nothing broken the query answers the batch's last row, and how many it held.
    rows += Number(first.chain_seq) - last.position;
    last = { position: Number(first.chain_seq), hash: first.hash };
    options.onBatch?.(rows);
  }
  const head = rowsOf<{ seq: string | number; hash: string }>(
    await db.execute(sql`select seq, hash from audit_chain_head where id`),
  )[0];
  if (head && (Number(head.seq) !== last.position || head.hash !== last.hash)) {
    const missing = Number(head.seq) > last.position ? positions(last.position + 1, Number(head.seq)) : null;
    const message = missing
      ? `${missing} missing from the end of the log: deleted after they were written.`
      : `The chain head (position ${String(head.seq)}) does not match the last row (position ${last.position}): it was rewritten.`;
    return { rows, last, broken: { id: null, position: last.position + 1, message } };
  }
  return { rows, last, broken: null };
}

/**
 * The first broken row of the next batch after `after`, or else the batch's
 * last row (`broken` false). Each row is compared with the one before it
 * (`lag`, seeded with the previous batch's last link).
 */
function batchQuery(after: ChainLink, batchSize: number) {
  return sql`
    with batch as (
      select e.id, e.chain_seq, e.hash, e.prev_hash, audit_event_hash(e) as expected
      from audit_events e
      where e.chain_seq > ${after.position}
      order by e.chain_seq
      limit ${batchSize}
    ), linked as (
      select batch.*,
        lag(chain_seq, 1, ${after.position}::bigint) over w as before_seq,
        lag(hash, 1, ${after.hash}::text) over w as before_hash,
        row_number() over w = count(*) over () as is_last
      from batch
      window w as (order by chain_seq)
    ), judged as (
      select linked.*,
        (chain_seq <> before_seq + 1 or prev_hash is distinct from before_hash or expected is distinct from hash) as broken
      from linked
    )
    select id, chain_seq, hash, prev_hash, expected, before_seq, before_hash, broken
    from judged
    where broken or is_last
    order by broken desc, chain_seq
    limit 1`;
}

function describeBreak(row: CheckedRow): ChainBreak {
  const id = Number(row.id);
  const position = Number(row.chain_seq);
  const before = Number(row.before_seq);
  const where = `Row ${id} (position ${position})`;
  if (position !== before + 1) {
    return { id, position, message: `${positions(before + 1, position - 1)} before row ${id} are missing: deleted.` };
  }
  if (row.prev_hash !== row.before_hash) {
    return {
      id,
      position,
      message: `${where} does not link to the row before it: that row's hash or this row's link was rewritten.`,
    };
  }
  return {
    id,
    position,
    message: `${where} was changed after it was written: its content no longer matches its hash.`,
  };
}

function positions(from: number, to: number): string {
  return from === to ? `The row at position ${from}` : `The ${to - from + 1} rows at positions ${from}–${to}`;
}
