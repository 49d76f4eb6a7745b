import { join } from 'node:path';
import type { Config } from '../config.ts';
import { dataDirOf } from '../db/open-configured.ts';

/** Where the head is kept: AUDIT_HEAD_FILE, else DATA_DIR/audit-head.json. */
export const auditHeadFile = (c: Config) =>
  c.AUDIT_HEAD_FILE ?? join(dataDirOf(c), 'audit-head.json');
