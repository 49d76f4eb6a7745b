import { randomInt } from 'node:crypto';
import { and, count, eq, isNotNull, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { lockProcess } from './lifecycle.ts';
import { pbVotingCodes } from './schema.ts';
import { sha256 } from '../secrets.ts';
import { normaliseCode } from './voters.ts';

/** No 0/O, 1/I: read aloud and typed from paper. 32 symbols × 12 = 60 bits. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 12;

export function newCode(): string {
  const raw = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return raw.match(/.{4}/g)!.join('-');
}

const generateSchema = z.object({
  count: z.coerce
    .number({ error: 'pb.codes.count' satisfies MessageKey })
    .int({ error: 'pb.codes.count' satisfies MessageKey })
    .min(1, { error: 'pb.codes.count' satisfies MessageKey })
    .max(500, { error: 'pb.codes.count' satisfies MessageKey }),
});

/**
 * Makes a batch of one-time voting codes for the city desk to print. Only their hashes are
 * stored: the codes exist in this answer alone (the printed page), never in the database or log.
 */
export async function generateCodes(ctx: Ctx, processId: string, input: unknown) {
  const { count: n } = parseInput(generateSchema, input);
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.codes.manage', process);
    const [top] = await tx.db
      .select({ b: max(pbVotingCodes.batch) })
      .from(pbVotingCodes)
      .where(eq(pbVotingCodes.processId, process.id));
    const batch = (top?.b ?? 0) + 1;
    const codes = Array.from({ length: n }, newCode);
    await tx.db.insert(pbVotingCodes).values(
      codes.map((c) => ({
        organisationId: ctx.org.id,
        processId: process.id,
        codeHash: sha256(normaliseCode(c)),
        batch,
      })),
    );
    await recordAudit(tx.db, tx, {
      action: 'pb.codes.generate',
      resourceType: 'pb_process',
      resourceId: process.id,
      after: { batch, count: n },
    });
    return { process, batch, codes };
  });
}

/** How many codes exist and how many were used (the codes page). */
export async function codeCounts(ctx: Ctx, processId: string) {
  const [all] = await ctx.db
    .select({ n: count() })
    .from(pbVotingCodes)
    .where(eq(pbVotingCodes.processId, processId));
  const [used] = await ctx.db
    .select({ n: count() })
    .from(pbVotingCodes)
    .where(and(eq(pbVotingCodes.processId, processId), isNotNull(pbVotingCodes.usedAt)));
  return { total: all?.n ?? 0, used: used?.n ?? 0 };
}
