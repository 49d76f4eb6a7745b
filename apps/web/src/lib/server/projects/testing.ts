import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { ctxFor, makeDepartment, makeUser, openCallWorld } from '../testing/factories.ts';
import { getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import type { Ctx } from '../context.ts';

/**
 * For tests: an organisation with an open call, an administrator, a lead, a team member, a
 * verifier-to-be, an outsider and another organisation's administrator; `selected()` makes a
 * proposal and walks it to "selected" through the real lifecycle.
 */
export async function projectWorld(db: Db) {
  const w = await openCallWorld(db);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const department = await makeDepartment(db, w.org, `dept-${uuidv7().slice(-6)}`);
  const lead = await makeUser(db, w.org, ['employee']);
  const finance = await makeUser(db, w.org, ['employee']);
  const elsewhere = await openCallWorld(db);
  const as = {
    admin: w.asAdmin,
    author: await ctxFor(db, w.org, w.employee),
    member: await ctxFor(db, w.org, w.colleague),
    lead: await ctxFor(db, w.org, lead),
    finance: await ctxFor(db, w.org, finance),
    participant: await ctxFor(db, w.org, w.participant),
    visitor: await ctxFor(db, w.org, null),
    otherAdminHere: await ctxFor(db, w.org, elsewhere.admin),
  };
  async function selected(title = 'Fluturașul de salariu digital', by: Ctx = as.author) {
    const p = await createProposal(
      by,
      w.call.id,
      {
        title,
        problem: 'Tipărim lunar 1.050 de fluturași.',
        solution: 'Îi trimitem pe e-mail, ca PDF protejat.',
        categoryId: categories[0]!.id,
        clientToken: uuidv7(),
      },
      'submit',
    );
    await transitionProposal(as.admin, p.id, 'mark_eligible', {});
    await transitionProposal(as.admin, p.id, 'start_evaluation');
    return transitionProposal(as.admin, p.id, 'select', { decisionJustification: 'Merită.' });
  }
  const projectInput = (proposalIds: string[], extra: Record<string, unknown> = {}) => ({
    proposalIds,
    departmentId: department.id,
    leadId: lead.id,
    team: [w.colleague.id],
    support: '20 de ore pe lună de la Direcția Digitalizare',
    budgetRon: '5000',
    climateArea: 'digital_paperless',
    ...extra,
  });
  return { ...w, categories, department, lead, finance, elsewhere, as, selected, projectInput };
}
