import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { callInput, ctxFor, makeUser, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { createCall, getCall, listCalls, transitionCall } from '../calls/service.ts';
import { createProposal, transitionProposal, updateProposal } from './commands.ts';
import { getProposal, listProposals, myProposals } from './queries.ts';
import { proposals } from './schema.ts';
import { draftSchema, submitSchema } from './form.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function world() {
  const w = await openCallWorld(database.db);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const asEmployee = await ctxFor(database.db, w.org, w.employee);
  const asColleague = await ctxFor(database.db, w.org, w.colleague);
  const asParticipant = await ctxFor(database.db, w.org, w.participant);
  const asAnonymous = await ctxFor(database.db, w.org, null);
  const fields = {
    title: 'Fluturașul de salariu digital',
    problem: 'Tipărim lunar 1.050 de fluturași.',
    solution: 'Îi trimitem pe e-mail, ca PDF protejat.',
    categoryId: categories[0]!.id,
  };
  return { ...w, categories, asEmployee, asColleague, asParticipant, asAnonymous, fields };
}

describe('writing a proposal', () => {
  test('an employee keeps a draft, edits it, submits it and finds it under "my proposals"', async () => {
    const w = await world();
    const draft = await createProposal(w.asEmployee, w.call.id, {
      ...w.fields,
      solution: '',
      clientToken: uuidv7(),
    });
    expect(draft.state).toBe('draft');
    await expect(transitionProposal(w.asEmployee, draft.id, 'submit')).rejects.toThrow(Invalid);
    await updateProposal(w.asEmployee, draft.id, w.fields);
    const submitted = await transitionProposal(w.asEmployee, draft.id, 'submit');
    expect(submitted.state).toBe('submitted');
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    const mine = await myProposals(w.asEmployee);
    expect(mine.proposals.map((p) => [p.id, p.state])).toEqual([[draft.id, 'submitted']]);
    // Submitted proposals cannot be edited any more.
    await expect(updateProposal(w.asEmployee, draft.id, w.fields)).rejects.toThrow(Conflict);
  });

  test('a double submit of the same form makes one proposal, not two', async () => {
    const w = await world();
    const token = uuidv7();
    const [a, b] = await Promise.all([
      createProposal(w.asEmployee, w.call.id, { ...w.fields, clientToken: token }),
      createProposal(w.asEmployee, w.call.id, { ...w.fields, clientToken: token }),
    ]);
    expect(a.id).toBe(b.id);
    const rows = await database.db.select().from(proposals).where(eq(proposals.clientToken, token));
    expect(rows).toHaveLength(1);
  });

  test('two saves of one draft opened at the same version: one is kept, the other is told, nothing is overwritten', async () => {
    const w = await world();
    const draft = await createProposal(w.asEmployee, w.call.id, {
      ...w.fields,
      clientToken: uuidv7(),
    });
    const opened = draft.version;
    const results = await Promise.allSettled([
      updateProposal(w.asEmployee, draft.id, { ...w.fields, version: opened, title: 'Tab A' }),
      updateProposal(w.asEmployee, draft.id, { ...w.fields, version: opened, title: 'Tab B' }),
    ]);
    const kept = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(kept).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
    expect((refused[0] as PromiseRejectedResult).reason.key).toBe('proposals.changed_meanwhile');
    const winner = (kept[0] as PromiseFulfilledResult<{ title: string; version: number }>).value;
    const { proposal: now } = await getProposal(w.asEmployee, draft.id);
    expect(now.title).toBe(winner.title);
    expect(now.version).toBe(opened + 1);
    // Submitting from the stale form is refused as well; from the current one it goes through,
    // and the same submit again is a success, not an error.
    await expect(
      transitionProposal(w.asEmployee, draft.id, 'submit', { ...w.fields, version: opened }),
    ).rejects.toThrow(Conflict);
    const current = { ...w.fields, version: now.version };
    expect((await transitionProposal(w.asEmployee, draft.id, 'submit', current)).state).toBe(
      'submitted',
    );
    expect((await transitionProposal(w.asEmployee, draft.id, 'submit', current)).state).toBe(
      'submitted',
    );
  });

  test('drafts are private to their author; others get "not found", and cannot edit', async () => {
    const w = await world();
    const draft = await createProposal(w.asEmployee, w.call.id, {
      ...w.fields,
      clientToken: uuidv7(),
    });
    for (const ctx of [w.asColleague, w.asAdmin, w.asParticipant, w.asAnonymous]) {
      await expect(getProposal(ctx, draft.id)).rejects.toThrow(NotFound);
      await expect(
        updateProposal(ctx, draft.id, { ...w.fields, title: 'hijacked' }),
      ).rejects.toThrow(NotFound);
      await expect(transitionProposal(ctx, draft.id, 'submit')).rejects.toThrow(NotFound);
    }
    expect((await getProposal(w.asEmployee, draft.id)).proposal.title).toBe(w.fields.title);
  });

  test('a submitted proposal is readable by staff, but only its author may withdraw it', async () => {
    const w = await world();
    const p = await createProposal(w.asEmployee, w.call.id, { ...w.fields, clientToken: uuidv7() });
    await transitionProposal(w.asEmployee, p.id, 'submit');
    expect((await getProposal(w.asColleague, p.id)).proposal.authorName).toBe(w.employee.name);
    await expect(transitionProposal(w.asColleague, p.id, 'withdraw')).rejects.toThrow(Forbidden);
    await transitionProposal(w.asEmployee, p.id, 'withdraw');
    await expect(getProposal(w.asColleague, p.id)).rejects.toThrow(NotFound);
  });

  test('only employees write to an internal call; participants and visitors cannot', async () => {
    const w = await world();
    await expect(
      createProposal(w.asParticipant, w.call.id, { ...w.fields, clientToken: uuidv7() }),
    ).rejects.toThrow(NotFound);
    await expect(
      createProposal(w.asAnonymous, w.call.id, { ...w.fields, clientToken: uuidv7() }),
    ).rejects.toThrow(NotFound);
  });

  test('a call that has not opened yet, or has closed, takes no proposals', async () => {
    const w = await world();
    const later = await createCall(
      w.asAdmin,
      callInput({
        opensAt: new Date(Date.now() + 86_400_000),
        closesAt: new Date(Date.now() + 9 * 86_400_000),
      }),
    );
    await transitionCall(w.asAdmin, later.id, 'publish');
    const { categories } = await getCall(w.asAdmin, later.id);
    await expect(
      createProposal(w.asEmployee, later.id, {
        ...w.fields,
        categoryId: categories[0]!.id,
        clientToken: uuidv7(),
      }),
    ).rejects.toThrow(Conflict);
    const draft = await createProposal(w.asEmployee, w.call.id, {
      ...w.fields,
      clientToken: uuidv7(),
    });
    await transitionCall(w.asAdmin, w.call.id, 'close');
    await expect(transitionProposal(w.asEmployee, draft.id, 'submit')).rejects.toThrow(Forbidden);
  });

  test('a category of another call is refused', async () => {
    const w = await world();
    const other = await createCall(w.asAdmin, callInput());
    const { categories } = await getCall(w.asAdmin, other.id);
    await expect(
      createProposal(w.asEmployee, w.call.id, {
        ...w.fields,
        categoryId: categories[0]!.id,
        clientToken: uuidv7(),
      }),
    ).rejects.toThrow(Invalid);
  });

  test("another organisation's call and proposals are not found", async () => {
    const w = await world();
    const elsewhere = await world();
    const p = await createProposal(elsewhere.asEmployee, elsewhere.call.id, {
      ...elsewhere.fields,
      clientToken: uuidv7(),
    });
    await transitionProposal(elsewhere.asEmployee, p.id, 'submit');
    await expect(getCall(w.asAdmin, elsewhere.call.id)).rejects.toThrow(NotFound);
    await expect(getProposal(w.asAdmin, p.id)).rejects.toThrow(NotFound);
    await expect(
      createProposal(w.asEmployee, elsewhere.call.id, { ...w.fields, clientToken: uuidv7() }),
    ).rejects.toThrow(NotFound);
  });

  test('ids that are not UUIDs are simply not found (no database error)', async () => {
    const w = await world();
    for (const id of ["' OR '1'='1", '1; DELETE FROM proposals', '', 'x'.repeat(10_000)]) {
      await expect(getProposal(w.asEmployee, id)).rejects.toThrow(NotFound);
      await expect(getCall(w.asEmployee, id)).rejects.toThrow(NotFound);
    }
  });
});

describe('listing a call’s proposals', () => {
  test('filters by category, searches titles (wildcards literal), and pages by 20', async () => {
    const w = await world();
    for (let i = 0; i < 23; i++) {
      const categoryId = w.categories[i % 2]!.id;
      const title = i === 7 ? 'Arhivă 100% digitală_nouă' : `Propunerea ${i} — Ștefan`;
      const p = await createProposal(w.asEmployee, w.call.id, {
        ...w.fields,
        title,
        categoryId,
        clientToken: uuidv7(),
      });
      await transitionProposal(w.asEmployee, p.id, 'submit');
    }
    await createProposal(w.asEmployee, w.call.id, {
      ...w.fields,
      title: 'Ciornă ascunsă',
      clientToken: uuidv7(),
    });
    const first = await listProposals(w.asColleague, w.call.id, { page: 1 });
    expect([first.total, first.pages, first.proposals.length]).toEqual([23, 2, 20]);
    const second = await listProposals(w.asColleague, w.call.id, { page: 2 });
    expect(second.proposals).toHaveLength(3);
    const byCategory = await listProposals(w.asColleague, w.call.id, {
      page: 1,
      categoryKey: w.categories[1]!.key,
    });
    expect(byCategory.total).toBe(11);
    expect((await listProposals(w.asColleague, w.call.id, { page: 1, q: '100%' })).total).toBe(1);
    expect((await listProposals(w.asColleague, w.call.id, { page: 1, q: '%' })).total).toBe(1);
    expect((await listProposals(w.asColleague, w.call.id, { page: 1, q: 'ștefan' })).total).toBe(
      22,
    );
    expect((await listProposals(w.asColleague, w.call.id, { page: 99, q: 'Ciornă' })).total).toBe(
      0,
    );
  });

  test('an internal call is invisible to participants and visitors; a public one is not', async () => {
    const w = await world();
    await expect(listProposals(w.asParticipant, w.call.id, { page: 1 })).rejects.toThrow(NotFound);
    await expect(listProposals(w.asAnonymous, w.call.id, { page: 1 })).rejects.toThrow(NotFound);
    expect((await listCalls(w.asAnonymous)).map((c) => c.id)).not.toContain(w.call.id);
    const open = await createCall(w.asAdmin, callInput({ audience: 'public' }));
    expect((await listCalls(w.asAnonymous)).map((c) => c.id)).not.toContain(open.id); // still a draft
    await transitionCall(w.asAdmin, open.id, 'publish');
    expect((await listCalls(w.asAnonymous)).map((c) => c.id)).toContain(open.id);
    expect((await listProposals(w.asAnonymous, open.id, { page: 1 })).total).toBe(0);
  });
});

describe('calls', () => {
  test('only administrators create calls; dates must be in order', async () => {
    const w = await world();
    await expect(createCall(w.asEmployee, callInput())).rejects.toThrow(Forbidden);
    await expect(
      createCall(
        w.asAdmin,
        callInput({ opensAt: new Date('2026-05-01'), closesAt: new Date('2026-04-01') }),
      ),
    ).rejects.toThrow(Invalid);
    const call = await createCall(w.asAdmin, callInput());
    const { categories } = await getCall(w.asAdmin, call.id);
    expect(categories.map((c) => c.name.ro)).toEqual([
      'Optimizare',
      'Comunicare',
      'Calitate',
      'Sustenabilitate',
    ]);
  });

  test('a transition from the wrong state is a conflict; an employee cannot publish', async () => {
    const w = await world();
    await expect(transitionCall(w.asAdmin, w.call.id, 'publish')).rejects.toThrow(Conflict);
    const draft = await createCall(w.asAdmin, callInput());
    // An employee cannot even see a draft call: not found, not "forbidden" (nothing revealed).
    await expect(transitionCall(w.asEmployee, draft.id, 'publish')).rejects.toThrow(NotFound);
    // A published call they can read, but not close.
    await expect(transitionCall(w.asEmployee, w.call.id, 'close')).rejects.toThrow(Forbidden);
    await expect(transitionCall(w.asAdmin, w.call.id, 'archive')).rejects.toThrow(Invalid);
  });
});

describe('bad input never reaches the database unexplained', () => {
  const base = { title: 'Titlu', categoryId: uuidv7(), problem: 'p', solution: 's' };
  const longText = (n: number) => badInput.too_long.repeat.repeat(n);

  test.each(badInput.empty)('an empty title (%j) is refused with "required"', (title) => {
    const r = draftSchema.safeParse({ ...base, title });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('form.required');
  });

  test.each(badInput.too_long.lengths)('a %i-character title is refused when over 200', (n) => {
    const r = draftSchema.safeParse({ ...base, title: longText(n) });
    expect(r.success).toBe(n <= 200);
  });

  test.each(badInput.valid_but_awkward_text.filter((s) => !s.includes('\n')))(
    'awkward but valid text is kept exactly: %j',
    (title) => {
      const r = draftSchema.safeParse({ ...base, title });
      expect(r.success).toBe(true);
      expect(r.data?.title).toBe(title.trim());
    },
  );

  test.each([...badInput.script_injection, ...badInput.sql_like])(
    'markup and SQL look-alikes are just text: %j',
    async (text) => {
      const w = await world();
      const parsed = submitSchema.parse({
        ...base,
        title: text.slice(0, 200),
        problem: text,
        categoryId: w.categories[0]!.id,
      });
      const p = await createProposal(w.asEmployee, w.call.id, { ...parsed, clientToken: uuidv7() });
      expect((await getProposal(w.asEmployee, p.id)).proposal.problem).toBe(text.trim());
    },
  );

  test.each(badInput.control_chars.filter((s) => /[\u0000-\u0008]/.test(s)))(
    'control characters are refused with a message: %j',
    (title) => {
      const r = draftSchema.safeParse({ ...base, title: `x${title}y` });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('form.control_chars');
    },
  );

  test('wrong types are refused, not thrown', () => {
    for (const value of [42, null, ['a', 'b'], { a: 1 }]) {
      expect(draftSchema.safeParse({ ...base, title: value }).success).toBe(false);
    }
    expect(draftSchema.safeParse({ ...base, categoryId: 'not-a-uuid' }).success).toBe(false);
  });
});

test('a user with no membership is treated as a visitor', async () => {
  const w = await world();
  const stranger = await makeUser(database.db, null, []);
  const asStranger = await ctxFor(database.db, w.org, stranger);
  await expect(getCall(asStranger, w.call.id)).rejects.toThrow(NotFound);
});
