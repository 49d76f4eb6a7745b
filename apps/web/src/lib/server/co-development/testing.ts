import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { callInput, ctxFor, makeUser, openCallWorld } from '../testing/factories.ts';
import { createCall, getCall, transitionCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import type { Ctx } from '../context.ts';

/**
 * An organisation with an open call and a submitted proposal by `author`; colleagues, a
 * moderator, an evaluator, a participant, a visitor, and another organisation's admin.
 */
export async function coDevelopmentWorld(db: Db, { blind = false } = {}) {
  const w = await openCallWorld(db);
  const call = blind
    ? w.call
    : await transitionCall(
        w.asAdmin,
        (await createCall(w.asAdmin, callInput({ anonymousToJury: undefined }))).id,
        'publish',
      );
  const { categories } = await getCall(w.asAdmin, call.id);
  const moderator = await makeUser(db, w.org, ['moderator', 'employee']);
  const moderator2 = await makeUser(db, w.org, ['moderator']);
  const evaluator = await makeUser(db, w.org, ['evaluator']);
  const third = await makeUser(db, w.org, ['employee']);
  const elsewhere = await openCallWorld(db);
  const ctx = (u: Parameters<typeof ctxFor>[2]) => ctxFor(db, w.org, u);
  const as = {
    author: await ctx(w.employee),
    colleague: await ctx(w.colleague),
    third: await ctx(third),
    moderator: await ctx(moderator),
    moderator2: await ctx(moderator2),
    admin: w.asAdmin,
    evaluator: await ctx(evaluator),
    participant: await ctx(w.participant),
    visitor: await ctx(null),
    otherOrgAdmin: elsewhere.asAdmin,
  };
  const propose = async (by: Ctx = as.author, title = 'Fluturașul de salariu digital') => {
    const p = await createProposal(by, call.id, {
      title,
      problem: 'Tipărim lunar 1.050 de fluturași.',
      solution: 'Îi trimitem pe e-mail, ca PDF protejat.',
      categoryId: categories[0]!.id,
      clientToken: uuidv7(),
    });
    return transitionProposal(by, p.id, 'submit');
  };
  const proposal = await propose();
  return { ...w, call, as, moderator, third, evaluator, propose, proposal, elsewhere };
}
