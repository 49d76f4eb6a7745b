import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { log } from '../log.ts';

/**
 * The chain's head — its latest entry's number and hash — kept in a second place, outside the
 * database: a log line after every committed entry, and a file (AUDIT_HEAD_FILE, by default in
 * DATA_DIR). Deleting the latest entries, or recomputing the chain, cannot then go unnoticed:
 * `audit:verify` compares the database with the head (decision 016). With several app servers,
 * each keeps its own file; any of them is a lower bound of the chain.
 */
export interface AuditHead {
  seq: number;
  hash: string;
}

let file: string | undefined;

/** Where this process keeps the head (set at start; unset in tests unless they set it). */
export function configureAuditHead(path: string | undefined) {
  file = path;
}

const headSchema = z.object({
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export function readHead(path: string): AuditHead | null {
  if (!existsSync(path)) return null;
  const parsed = headSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not an audit head`);
  return parsed.data;
}

/** After a commit: the new head goes to the log and, if it is further on, to the file. */
export function publishHead(head: AuditHead) {
  log.info({ auditHead: head }, 'audit head');
  if (!file) return;
  const current = readHead(file);
  if (current && current.seq >= head.seq) return;
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ ...head, at: new Date().toISOString() }), { mode: 0o600 });
  renameSync(temp, file);
}
