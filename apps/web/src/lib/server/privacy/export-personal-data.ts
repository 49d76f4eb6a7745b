import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { getUser } from '../accounts/users.ts';
import type { PersonalDataPart } from '../module.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { modules } from '../modules.ts';

/**
 * The right of access and to portability (GDPR art. 15 and 20): everything the platform holds
 * about the signed-in person, as plain JSON — each module contributes its part (its manifest's
 * `personalData.export`), in the order of `modules.ts`. Secrets never leave.
 */
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
type Parts = NonNullable<(typeof modules)[number]['personalData']>;
type Exported = UnionToIntersection<
  Parts extends infer P
    ? P extends { export: (...a: never[]) => Promise<infer E> }
      ? E
      : never
    : never
>;

export type PersonalData = {
  format: 'innovato-r.personal-data.v1';
  exportedAt: string;
} & Exported;

/** The signed-in person's data; the export itself is audited (`account.export`). */
export async function exportPersonalData(ctx: Ctx): Promise<PersonalData> {
  authorize(ctx.actor, 'account.manage_own');
  const userId = ctx.actor!.userId;
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const user = await getUser(tx.db, userId);
    const data = {
      format: 'innovato-r.personal-data.v1',
      exportedAt: now.toISOString(),
    } as PersonalData;
    for (const part of personalDataParts()) {
      if (part.export) Object.assign(data, await part.export(tx.db, user, now));
    }
    await recordAudit(tx.db, tx, {
      action: 'account.export',
      resourceType: 'user',
      resourceId: userId,
    });
    return data;
  });
}

/** What the export holds and what erasure removes and keeps, in words, from every module. */
export function personalDataDescriptions() {
  const parts = personalDataParts();
  const list = (pick: (p: PersonalDataPart) => string[] | undefined) =>
    parts.flatMap((p) => pick(p) ?? []) as MessageKey[];
  return {
    exported: list((p) => p.exported),
    removed: list((p) => p.removed),
    kept: list((p) => p.kept),
  };
}

/** Every module's personal-data part, in the order of `modules.ts`. */
export const personalDataParts = (): PersonalDataPart[] =>
  modules.flatMap((m) => (m.personalData ? [m.personalData as PersonalDataPart] : []));
