import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import {
  ctxFor,
  makeDepartment,
  makeOrganisation,
  makeUser,
  openCallWorld,
} from '../testing/factories.ts';
import { memberships } from '../accounts/schema.ts';
import { getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import { and, eq } from 'drizzle-orm';

/**
 * A call with proposals in evaluation, for the jury's tests: an admin, a moderator, three
 * evaluators (one of them also an employee), two authors in two departments, an employee
 * outside it all, a participant, and another organisation with its own admin.
 */
export async function evaluationWorld(db: Db, proposalCount = 3) {
  const w = await openCallWorld(db);
  const payroll = await makeDepartment(db, w.org, 'payroll');
  const taxes = await makeDepartment(db, w.org, 'local-taxes');
  const moderator = await makeUser(db, w.org, ['moderator', 'employee']);
  const evaluators = await Promise.all(
    ['Mihaela Rus', 'Radu Moldovan', 'Dana Florea'].map((name, i) =>
      makeUser(db, w.org, i === 0 ? ['evaluator', 'employee'] : ['evaluator'], {
        name,
        email: `eval-${uuidv7().slice(-10)}@example.org`,
      }),
    ),
  );
  const authors = [
    await makeUser(db, w.org, ['employee'], { name: 'Cristina Sabău' }),
    await makeUser(db, w.org, ['employee'], { name: 'Bogdan Crișan' }),
  ];
  await setDepartment(db, w.org.id, authors[0]!.id, payroll.id);
  await setDepartment(db, w.org.id, authors[1]!.id, taxes.id);
  const other = await makeOrganisation(db);
  const otherAdmin = await makeUser(db, other, ['admin', 'evaluator']);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const proposals = [];
  for (let i = 0; i < proposalCount; i++) {
    const author = authors[i % authors.length]!;
    const asAuthor = await ctxFor(db, w.org, author);
    const p = await createProposal(
      asAuthor,
      w.call.id,
      {
        title: i === 0 ? '=HYPERLINK("http://evil.example")' : `Propunerea ${i + 1}`,
        problem: 'Tipărim lunar 1.050 de fluturași de salariu.',
        solution: 'Îi trimitem pe e-mail, ca PDF protejat cu parolă.',
        categoryId: categories[i % categories.length]!.id,
        clientToken: uuidv7(),
      },
      'submit',
    );
    await transitionProposal(w.asAdmin, p.id, 'mark_eligible', {});
    proposals.push(await transitionProposal(w.asAdmin, p.id, 'start_evaluation'));
  }
  const ctx = (user: Parameters<typeof ctxFor>[2], org = w.org) => ctxFor(db, org, user);
  return {
    ...w,
    other,
    otherAdmin,
    moderator,
    evaluators,
    authors,
    departments: [payroll, taxes],
    categories,
    proposals,
    ctx,
    asEvaluators: await Promise.all(evaluators.map((e) => ctx(e))),
  };
}

async function setDepartment(db: Db, organisationId: string, userId: string, departmentId: string) {
  await db
    .update(memberships)
    .set({ departmentId })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}
