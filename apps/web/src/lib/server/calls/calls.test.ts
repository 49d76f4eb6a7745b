import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import {
  callInput,
  ctxFor,
  makeDepartment,
  makeUser,
  openCallWorld,
} from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { memberships } from '../accounts/schema.ts';
import { can } from '../permissions/can.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import { createCall, getCall, transitionCall, updateCall } from './service.ts';
import { isBlind, rubricOf } from '../calls/rubric.ts';
import { removeCriterion, saveCriterion } from './rubric-commands.ts';
import { localizedLines } from './lines.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function world() {
  const w = await openCallWorld(database.db);
  const moderator = await makeUser(database.db, w.org, ['moderator']);
  const asModerator = await ctxFor(database.db, w.org, moderator);
  const asEmployee = await ctxFor(database.db, w.org, w.employee);
  return { ...w, asModerator, asEmployee };
}

/** The form as the edit page shows it for a call (what an administrator posts back). */
function formOf(
  call: Awaited<ReturnType<typeof getCall>>,
  overrides: Record<string, unknown> = {},
) {
  return {
    ...callInput(),
    title_ro: call.title.ro,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    categories: localizedLines(call.categories.map((c) => c.name)),
    version: String(call.version),
    ...overrides,
  };
}

const criterion = (overrides: Record<string, unknown> = {}) => ({
  name_ro: 'Sustenabilitate',
  name_en: 'Sustainability',
  weight: '2',
  level1: 'Nimic | Nothing',
  level2: 'Puțin',
  level3: 'Ceva',
  level4: 'Mult',
  level5: 'Foarte mult',
  ...overrides,
});

describe('a call configured in full', () => {
  test('keeps its dates, audience, submissions, tags, anonymity, winners and support; starts with the default rubric and checklist', async () => {
    const w = await world();
    const call = await createCall(
      w.asAdmin,
      callInput({
        excludedGrades: ['director', 'executive'],
        tags: 'digitalizare, hârtie,  digitalizare',
        supportBudget: '150.000,50',
        supportKind: 'both',
        supportDescription_ro: 'Buget și o echipă IT pentru MVP.',
      }),
    );
    expect(call.excludedGrades).toEqual(['director', 'executive']);
    expect(call.tags).toEqual(['digitalizare', 'hârtie']);
    expect([call.supportBudgetMinor, call.supportKind, call.winnersCount]).toEqual([
      15_000_050,
      'both',
      3,
    ]);
    expect([call.allowsIndividual, call.allowsTeam, call.maxTeamSize]).toEqual([true, true, 4]);
    expect(isBlind(call)).toBe(true);
    expect(call.checklist.map((c) => c.key)).toEqual([
      'competence',
      'not_funded',
      'feasible',
      'complete',
    ]);
    const rubric = await rubricOf(w.asAdmin, call);
    expect(rubric.map((c) => [c.key, c.weight])).toEqual([
      ['impact', 3],
      ['feasibility', 2],
      ['innovation', 1],
      ['value', 2],
      ['scalability', 1],
    ]);
    expect(rubric[0]!.levels).toHaveLength(5);
  });

  test('categories given one a line (with translations) replace the defaults', async () => {
    const w = await world();
    const call = await createCall(
      w.asAdmin,
      callInput({
        categories:
          'Digitalizare | Digitalisation\nMobilitate urbană | Urban mobility | Városi mobilitás',
      }),
    );
    const { categories } = await getCall(w.asAdmin, call.id);
    expect(categories.map((c) => [c.key, c.name])).toEqual([
      ['digitalisation', { ro: 'Digitalizare', en: 'Digitalisation' }],
      ['urban_mobility', { ro: 'Mobilitate urbană', en: 'Urban mobility', hu: 'Városi mobilitás' }],
    ]);
  });

  test('the audience decides who may propose: roles, departments, staff grades', async () => {
    const w = await world();
    const payroll = await makeDepartment(database.db, w.org, 'payroll');
    const it = await makeDepartment(database.db, w.org, 'it');
    const call = await createCall(
      w.asAdmin,
      callInput({ eligibleDepartmentIds: [payroll.id], excludedGrades: 'director' }),
    );
    const open = await transitionCall(w.asAdmin, call.id, 'publish');
    const person = async (
      departmentId: string,
      staffGrade: 'staff' | 'director' | null,
      roles = ['employee'] as const,
    ) => {
      const u = await makeUser(database.db, null, []);
      await database.db.insert(memberships).values({
        organisationId: w.org.id,
        userId: u.id,
        roles: [...roles],
        departmentId,
        staffGrade,
      });
      return (await ctxFor(database.db, w.org, u)).actor;
    };
    expect(can(await person(payroll.id, 'staff'), 'call.propose', open)).toBe(true);
    expect(can(await person(payroll.id, null), 'call.propose', open)).toBe(true);
    expect(can(await person(payroll.id, 'director'), 'call.propose', open)).toBe(false);
    expect(can(await person(it.id, 'staff'), 'call.propose', open)).toBe(false);
    const { categories } = await getCall(w.asAdmin, call.id);
    const director = await makeUser(database.db, null, []);
    await database.db.insert(memberships).values({
      organisationId: w.org.id,
      userId: director.id,
      roles: ['employee'],
      departmentId: payroll.id,
      staffGrade: 'director',
    });
    const asDirector = await ctxFor(database.db, w.org, director);
    await expect(
      createProposal(asDirector, call.id, {
        title: 'x',
        categoryId: categories[0]!.id,
        problem: '',
        solution: '',
        clientToken: uuidv7(),
      }),
    ).rejects.toThrow(Forbidden);
    // Another organisation's department is not a choice.
    const elsewhere = await openCallWorld(database.db);
    const theirs = await makeDepartment(database.db, elsewhere.org, 'theirs');
    await expect(
      createCall(w.asAdmin, callInput({ eligibleDepartmentIds: theirs.id })),
    ).rejects.toThrow(Invalid);
  });

  test('bad input is refused field by field', async () => {
    const w = await world();
    const refused = async (overrides: Record<string, unknown>, field: string) => {
      const e = await createCall(w.asAdmin, callInput(overrides)).catch((x: unknown) => x);
      expect(e, JSON.stringify(overrides)).toBeInstanceOf(Invalid);
      expect(Object.keys((e as Invalid).fields)).toContain(field);
    };
    for (const v of [...badInput.numbers.filter((n) => n !== ' 7 '), 'abc', '1.5', '21', '1'])
      await refused({ maxTeamSize: v }, 'maxTeamSize');
    for (const v of ['-1', '0', 'abc', '1e309']) await refused({ winnersCount: v }, 'winnersCount');
    for (const v of [...badInput.money.filter((m) => m !== '150 000'), 'abc', '1e309'])
      await refused({ supportBudget: v }, 'supportBudget');
    for (const [typed, bani] of [
      [' 7 ', 700],
      ['150 000', 15_000_000],
      ['25.000,5', 2_500_050],
      ['25000.50', 2_500_050],
    ] as const) {
      const call = await createCall(
        w.asAdmin,
        callInput({ supportBudget: typed, maxTeamSize: ' 7 ' }),
      );
      expect([call.supportBudgetMinor, call.maxTeamSize]).toEqual([bani, 7]);
    }
    for (const v of badInput.dates) await refused({ decisionAt: v }, 'decisionAt');
    await refused({ decisionAt: new Date(Date.now() + 45 * 86_400_000) }, 'decisionAt');
    await refused({ evaluationEndsAt: new Date(Date.now() + 86_400_000) }, 'evaluationEndsAt');
    await refused({ eligibleRoles: ['employee', 'participant'] }, 'eligibleRoles');
    await refused({ eligibleRoles: '' }, 'eligibleRoles');
    await refused({ excludedGrades: 'king' }, 'excludedGrades');
    await refused({ allowsIndividual: '', allowsTeam: '' }, 'allowsIndividual');
    await refused({ supportKind: 'gold' }, 'supportKind');
    await refused({ tags: Array.from({ length: 31 }, (_, i) => `t${i}`).join(',') }, 'tags');
    await refused(
      { categories: Array.from({ length: 21 }, (_, i) => `C${i}`).join('\n') },
      'categories',
    );
    for (const c of badInput.control_chars.filter((s) => /[\u0000-\u0008]/.test(s)))
      await refused({ categories: `A${c}` }, 'categories');
    await refused({ eligibleDepartmentIds: ["' OR '1'='1"] }, 'eligibleDepartmentIds');
  });
});

describe('the rules lock once submission opens', () => {
  test('a draft call changes freely; an open one only with a reason, which the audit keeps', async () => {
    const w = await world();
    const draft = await createCall(w.asAdmin, callInput());
    const edited = await updateCall(
      w.asAdmin,
      draft.id,
      formOf(await getCall(w.asAdmin, draft.id), { winnersCount: '5' }),
    );
    expect([edited.winnersCount, edited.version]).toEqual([5, 2]);

    const open = await getCall(w.asAdmin, w.call.id);
    const noReason = await updateCall(
      w.asAdmin,
      open.id,
      formOf(open, { winnersCount: '5' }),
    ).catch((e: unknown) => e);
    expect(noReason).toBeInstanceOf(Invalid);
    expect((noReason as Invalid).fields.changeReason).toBe('calls.change_reason.required');
    expect((await getCall(w.asAdmin, open.id)).winnersCount).toBe(3);

    await updateCall(
      w.asAdmin,
      open.id,
      formOf(open, { winnersCount: '5', changeReason: 'Buget suplimentat de consiliu.' }),
    );
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, open.id), eq(auditLog.action, 'call.update')));
    expect(entry!.after).toMatchObject({
      winnersCount: 5,
      changeReason: 'Buget suplimentat de consiliu.',
    });
    expect(entry!.before).toMatchObject({ winnersCount: 3 });
  });

  test('an edit made on an older version is a conflict, not a silent overwrite', async () => {
    const w = await world();
    const draft = await getCall(w.asAdmin, (await createCall(w.asAdmin, callInput())).id);
    await updateCall(w.asAdmin, draft.id, formOf(draft, { winnersCount: '7' }));
    await expect(
      updateCall(w.asAdmin, draft.id, formOf(draft, { winnersCount: '9' })),
    ).rejects.toThrow(Conflict);
    expect((await getCall(w.asAdmin, draft.id)).winnersCount).toBe(7);
  });

  test('only administrators configure; another organisation’s call is not found', async () => {
    const w = await world();
    const call = await getCall(w.asAdmin, w.call.id);
    const form = formOf(call, { changeReason: 'x' });
    await expect(updateCall(w.asModerator, call.id, form)).rejects.toThrow(Forbidden);
    await expect(updateCall(w.asEmployee, call.id, form)).rejects.toThrow(Forbidden);
    await expect(
      saveCriterion(w.asModerator, call.id, { ...criterion(), version: '1', changeReason: 'x' }),
    ).rejects.toThrow(Forbidden);
    const elsewhere = await openCallWorld(database.db);
    await expect(updateCall(elsewhere.asAdmin, call.id, form)).rejects.toThrow(NotFound);
    await expect(
      saveCriterion(elsewhere.asAdmin, call.id, { ...criterion(), version: '1' }),
    ).rejects.toThrow(NotFound);
  });

  test('a category in use cannot be dropped; a renamed one keeps its key', async () => {
    const w = await world();
    const call = await getCall(w.asAdmin, w.call.id);
    await createProposal(w.asEmployee, call.id, {
      title: 'T',
      categoryId: call.categories[0]!.id,
      problem: '',
      solution: '',
      clientToken: uuidv7(),
    });
    const [, ...rest] = call.categories.map((c) => c.name);
    await expect(
      updateCall(
        w.asAdmin,
        call.id,
        formOf(call, { categories: localizedLines(rest), changeReason: 'x' }),
      ),
    ).rejects.toThrow(Invalid);
    const renamed = call.categories.map((c, i) =>
      i === 1 ? { ...c.name, ro: 'Comunicare internă' } : c.name,
    );
    renamed[1] = { ro: 'Comunicare internă', en: 'Communication' };
    await updateCall(
      w.asAdmin,
      call.id,
      formOf(call, { categories: localizedLines(renamed), changeReason: 'Nume mai clar' }),
    );
    const after = await getCall(w.asAdmin, call.id);
    expect(after.categories.map((c) => c.key)).toEqual(call.categories.map((c) => c.key));
    expect(after.categories[1]!.name.ro).toBe('Comunicare internă');
  });

  test('once evaluation started, the rubric and the anonymity no longer change', async () => {
    const w = await world();
    const call = await getCall(w.asAdmin, w.call.id);
    const asModerator = w.asModerator;
    const p = await createProposal(w.asEmployee, call.id, {
      title: 'T',
      categoryId: call.categories[0]!.id,
      problem: 'p',
      solution: 's',
      clientToken: uuidv7(),
    });
    await transitionProposal(w.asEmployee, p.id, 'submit');
    await transitionProposal(asModerator, p.id, 'mark_eligible');
    await transitionProposal(w.asAdmin, p.id, 'start_evaluation');
    const now = await getCall(w.asAdmin, call.id);
    await expect(
      updateCall(w.asAdmin, call.id, formOf(now, { anonymousToJury: '', changeReason: 'x' })),
    ).rejects.toThrow(Invalid);
    await expect(
      saveCriterion(w.asAdmin, call.id, {
        ...criterion(),
        version: String(now.version),
        changeReason: 'x',
      }),
    ).rejects.toThrow(Conflict);
    await expect(
      removeCriterion(w.asAdmin, call.id, 'impact', {
        version: String(now.version),
        changeReason: 'x',
      }),
    ).rejects.toThrow(Conflict);
    expect(await rubricOf(w.asAdmin, call)).toHaveLength(5);
  });
});

describe('the rubric', () => {
  test('criteria are added, edited and removed (never the last); five levels or none', async () => {
    const w = await world();
    const draft = await createCall(w.asAdmin, callInput());
    const version = async () => String((await getCall(w.asAdmin, draft.id)).version);
    await expect(
      saveCriterion(w.asAdmin, draft.id, {
        ...criterion({ level3: '' }),
        version: await version(),
      }),
    ).rejects.toThrow(Invalid);
    for (const weight of ['0', '101', '-1', 'abc', '2.5']) {
      await expect(
        saveCriterion(w.asAdmin, draft.id, { ...criterion({ weight }), version: await version() }),
      ).rejects.toThrow(Invalid);
    }
    const added = await saveCriterion(w.asAdmin, draft.id, {
      ...criterion(),
      version: await version(),
    });
    expect(added.key).toBe('sustainability');
    expect(added.levels[0]).toEqual({ ro: 'Nimic', en: 'Nothing' });
    await saveCriterion(w.asAdmin, draft.id, {
      ...criterion({ weight: '4', level1: '', level2: '', level3: '', level4: '', level5: '' }),
      key: 'sustainability',
      version: await version(),
    });
    const rubric = await rubricOf(w.asAdmin, draft);
    expect(rubric.at(-1)).toMatchObject({ key: 'sustainability', weight: 4 });
    expect(rubric.at(-1)!.levels).toBeUndefined();
    for (const c of rubric.slice(1))
      await removeCriterion(w.asAdmin, draft.id, c.key, { version: await version() });
    await expect(
      removeCriterion(w.asAdmin, draft.id, 'impact', { version: await version() }),
    ).rejects.toThrow(Invalid);
    expect((await rubricOf(w.asAdmin, draft)).map((c) => c.key)).toEqual(['impact']);
  });
});
