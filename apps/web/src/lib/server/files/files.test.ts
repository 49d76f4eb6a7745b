import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { Forbidden, Invalid, NotFound } from '../errors.ts';
import { config } from '../config.ts';
import { auditLog } from '../audit/schema.ts';
import { getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import { assignEvaluators } from '../evaluation/assign.ts';
import { exportPersonalData } from '../privacy/export-personal-data.ts';
import { eraseAccount } from '../privacy/erase-account.ts';
import type { JobCtx } from '../module.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import { attachFiles } from './attach.ts';
import { deleteFile } from './remove.ts';
import { openFile } from './download.ts';
import { attachmentsOf } from './list.ts';
import { cleanUpFiles } from './cleanup.ts';
import { files, MAX_FILE_BYTES } from './schema.ts';
import { filesDirOf } from './store.ts';
import { bytesContain } from './testing.ts';
import { sampleDocx, samplePdf, samplePng } from './samples.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const AUTHOR = 'Cristina Sabău';
const file = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
const pdf = async (name = `Propunere ${AUTHOR}.pdf`) =>
  file(
    await samplePdf(`${AUTHOR} <cristina@primarie.ro>`, 'Fluturași digitali'),
    name,
    'application/pdf',
  );

/** An author with a draft in a blind call, a colleague, a visitor, another organisation's admin. */
async function world() {
  const w = await openCallWorld(database.db);
  const author = await makeUser(database.db, w.org, ['employee'], { name: AUTHOR });
  const asAuthor = await ctxFor(database.db, w.org, author);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const draft = await createProposal(asAuthor, w.call.id, {
    title: 'Fluturașul de salariu digital',
    problem: 'Tipărim lunar 1.050 de fluturași.',
    solution: 'Îi trimitem pe e-mail.',
    categoryId: categories[0]!.id,
    clientToken: uuidv7(),
  });
  const other = await makeOrganisation(database.db);
  const otherAdmin = await makeUser(database.db, other, ['admin', 'employee']);
  return {
    ...w,
    author,
    asAuthor,
    draft,
    asColleague: await ctxFor(database.db, w.org, w.colleague),
    asVisitor: await ctxFor(database.db, w.org, null),
    asOtherAdmin: await ctxFor(database.db, other, otherAdmin),
  };
}

const attach = (ctx: Parameters<typeof attachFiles>[0], proposalId: string, ...posted: File[]) =>
  attachFiles(ctx, 'proposal', proposalId, { files: posted });

async function invalidOf(promise: Promise<unknown>) {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(Invalid);
  return (e as Invalid).fields.files;
}

describe('attaching files to a draft proposal', () => {
  test('the author attaches; the stored copy has no author metadata; the audit says so', async () => {
    const w = await world();
    const [stored] = await attach(
      w.asAuthor,
      w.draft.id,
      await pdf(),
      file(samplePng(AUTHOR), 'poza.png'),
    );
    expect(stored).toMatchObject({ fileType: 'pdf', originalName: `Propunere ${AUTHOR}.pdf` });
    const listed = await attachmentsOf(w.asAuthor, 'proposal', w.draft.id, { anonymous: false });
    expect(listed.map((f) => [f.name, f.type, f.uploaderName])).toEqual([
      [`Propunere ${AUTHOR}.pdf`, 'pdf', AUTHOR],
      ['poza.png', 'png', AUTHOR],
    ]);
    const download = await openFile(w.asAuthor, stored!.id);
    expect(download).toMatchObject({ mediaType: 'application/pdf', inline: false });
    expect(bytesContain(download.bytes, 'Sabău')).toBe(false);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'file.upload'), eq(auditLog.resourceId, stored!.id)));
    expect(audit).toHaveLength(1);
  });

  test('a colleague, a visitor and another organisation’s admin can neither attach nor read', async () => {
    const w = await world();
    const [stored] = await attach(w.asAuthor, w.draft.id, await pdf());
    await expect(attach(w.asColleague, w.draft.id, await pdf())).rejects.toThrow(NotFound);
    await expect(attach(w.asVisitor, w.draft.id, await pdf())).rejects.toThrow(NotFound);
    await expect(attach(w.asOtherAdmin, w.draft.id, await pdf())).rejects.toThrow(NotFound);
    for (const ctx of [w.asColleague, w.asVisitor, w.asOtherAdmin, w.asAdmin]) {
      await expect(openFile(ctx, stored!.id)).rejects.toThrow(NotFound);
      await expect(deleteFile(ctx, stored!.id)).rejects.toThrow(NotFound);
    }
    for (const id of badInput.ids) await expect(openFile(w.asAuthor, id)).rejects.toThrow(NotFound);
  });

  test('once submitted, the files stay but the author can no longer change them', async () => {
    const w = await world();
    const [stored] = await attach(w.asAuthor, w.draft.id, await pdf());
    await transitionProposal(w.asAuthor, w.draft.id, 'submit');
    await expect(attach(w.asAuthor, w.draft.id, await pdf())).rejects.toThrow(Forbidden);
    await expect(deleteFile(w.asAuthor, stored!.id)).rejects.toThrow(Forbidden);
    // Now a listed proposal: colleagues read it and its files.
    expect((await openFile(w.asColleague, stored!.id)).name).toBe(`Propunere ${AUTHOR}.pdf`);
  });
});

describe('bad uploads get a clear message on the field, and nothing is stored', () => {
  test('empty, too big, lying about its type, a script, no file, too many', async () => {
    const w = await world();
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const svg = new TextEncoder().encode('<svg onload="alert(1)"/>');
    expect(
      await invalidOf(attach(w.asAuthor, w.draft.id, file(new Uint8Array(), 'gol.pdf'))),
    ).toMatchObject({
      key: 'files.empty',
    });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7'));
    expect(await invalidOf(attach(w.asAuthor, w.draft.id, file(big, 'mare.pdf')))).toMatchObject({
      key: 'files.too_big',
      params: { max: 10 },
    });
    for (const [bytes, name] of [
      [html, 'raport.pdf'],
      [svg, 'desen.svg'],
    ] as const) {
      expect(
        await invalidOf(attach(w.asAuthor, w.draft.id, file(bytes, name, 'application/pdf'))),
      ).toMatchObject({
        key: 'files.type.unsupported',
        params: { name },
      });
    }
    expect(await invalidOf(attachFiles(w.asAuthor, 'proposal', w.draft.id, {}))).toBe(
      'files.required',
    );
    expect(await invalidOf(attach(w.asAuthor, w.draft.id, file(new Uint8Array(), '')))).toBe(
      'files.required',
    );
    expect(
      await invalidOf(attachFiles(w.asAuthor, 'proposal', w.draft.id, { files: 'text' })),
    ).toBe('files.required');
    const eleven = await Promise.all(Array.from({ length: 11 }, () => pdf()));
    expect(await invalidOf(attach(w.asAuthor, w.draft.id, ...eleven))).toMatchObject({
      key: 'files.too_many',
    });
    expect(await attachmentsOf(w.asAuthor, 'proposal', w.draft.id, { anonymous: false })).toEqual(
      [],
    );
  });

  test('the bad-input names are stored safely; a PNG sent as a PDF is a PNG', async () => {
    const w = await world();
    const named = await Promise.all(badInput.uploads.names.map((n) => pdf(n)));
    const stored = await attach(w.asAuthor, w.draft.id, ...named);
    expect(stored.map((f) => f.originalName)).toEqual([
      'evil.pdf',
      'a.pdf.pdf',
      '_CON.pdf',
      `${'x'.repeat(196)}.pdf`,
      'ok.pdf',
    ]);
    const [png] = await attach(
      w.asAuthor,
      w.draft.id,
      file(samplePng(AUTHOR), 'scan.pdf', 'application/pdf'),
    );
    expect(png).toMatchObject({ fileType: 'png', originalName: 'scan.png' });
    expect(await openFile(w.asAuthor, png!.id)).toMatchObject({
      mediaType: 'image/png',
      inline: true,
    });
  });

  test('two uploads at once cannot pass the limit together', async () => {
    const w = await world();
    const six = () => Promise.all(Array.from({ length: 6 }, () => pdf()));
    const [a, b] = [await six(), await six()];
    const results = await Promise.allSettled([
      attach(w.asAuthor, w.draft.id, ...a),
      attach(w.asAuthor, w.draft.id, ...b),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rows = await database.db.select().from(files).where(eq(files.subjectId, w.draft.id));
    expect(rows).toHaveLength(6);
  });
});

describe('a blind call’s evaluator', () => {
  test('downloads the files with neither the author’s name nor the original file name', async () => {
    const w = await world();
    const evaluator = await makeUser(database.db, w.org, ['evaluator'], { name: 'Mihaela Rus' });
    await attach(w.asAuthor, w.draft.id, await pdf(), file(sampleDocx(AUTHOR), `${AUTHOR}.docx`));
    await transitionProposal(w.asAuthor, w.draft.id, 'submit');
    await transitionProposal(w.asAdmin, w.draft.id, 'mark_eligible', {});
    await transitionProposal(w.asAdmin, w.draft.id, 'start_evaluation');
    await assignEvaluators(w.asAdmin, w.call.id, { mode: 'all', evaluatorIds: [evaluator.id] });
    const asEvaluator = await ctxFor(database.db, w.org, evaluator);
    const listed = await attachmentsOf(asEvaluator, 'proposal', w.draft.id, { anonymous: true });
    expect(listed.map((f) => [f.name, f.uploaderName])).toEqual([
      ['attachment-1.pdf', ''],
      ['attachment-2.docx', ''],
    ]);
    for (const f of listed) {
      const d = await openFile(asEvaluator, f.id);
      expect(d.name).toBe(f.name);
      for (const secret of [AUTHOR, 'Sabău', 'cristina@', w.author.email]) {
        expect(bytesContain(d.bytes, secret), secret).toBe(false);
      }
    }
  });
});

describe('removing, house-keeping and personal data', () => {
  const jobCtx = (now = new Date()): JobCtx => ({
    db: database.db as unknown as JobCtx['db'],
    org: null,
    actor: null,
    now: () => now,
    afterCommit: (f) => void f(),
    job: { id: uuidv7(), kind: 'files.clean_up', attempt: 1, maxAttempts: 5, runAt: now },
  });
  const blobPath = (orgId: string, id: string) =>
    join(filesDirOf(config()), orgId, id.slice(-2), id);

  test('the author removes a file: row and bytes go, the removal is audited', async () => {
    const w = await world();
    const [stored] = await attach(w.asAuthor, w.draft.id, await pdf());
    expect(existsSync(blobPath(w.org.id, stored!.id))).toBe(true);
    await deleteFile(w.asAuthor, stored!.id);
    expect(existsSync(blobPath(w.org.id, stored!.id))).toBe(false);
    await expect(openFile(w.asAuthor, stored!.id)).rejects.toThrow(NotFound);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'file.delete'));
    expect(audit.some((a) => a.resourceId === stored!.id)).toBe(true);
  });

  test('the clean-up removes files of vanished things and old stray bytes, not fresh ones', async () => {
    const w = await world();
    const [stored] = await attach(w.asAuthor, w.draft.id, await pdf());
    await database.db.update(files).set({ subjectId: uuidv7() }).where(eq(files.id, stored!.id));
    const dir = join(filesDirOf(config()), w.org.id, 'zz');
    await mkdir(dir, { recursive: true });
    const [old, fresh] = [join(dir, `${uuidv7()}.partial`), join(dir, uuidv7())];
    await writeFile(old, 'half');
    await writeFile(fresh, 'committing');
    await utimes(old, new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));
    const later: (() => unknown)[] = [];
    const result = await database.db.transaction((tx) =>
      cleanUpFiles({ ...jobCtx(), db: tx, afterCommit: (f) => later.push(f) }, {}),
    );
    for (const f of later) await f();
    expect(result).toMatchObject({ orphans: expect.any(Number) });
    expect(existsSync(blobPath(w.org.id, stored!.id))).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(await database.db.select().from(files).where(eq(files.id, stored!.id))).toEqual([]);
  });

  test('the export lists one’s uploads; erasure removes a draft’s files and keeps a submitted one’s', async () => {
    const w = await world();
    const [onDraft] = await attach(w.asAuthor, w.draft.id, await pdf('ciornă.pdf'));
    const { categories } = await getCall(w.asAdmin, w.call.id);
    const sent = await createProposal(w.asAuthor, w.call.id, {
      title: 'A doua',
      problem: 'Problema.',
      solution: 'Soluția.',
      categoryId: categories[0]!.id,
      clientToken: uuidv7(),
    });
    const [onSent] = await attach(w.asAuthor, sent.id, await pdf('trimisă.pdf'));
    await transitionProposal(w.asAuthor, sent.id, 'submit');
    const exported = (await exportPersonalData(w.asAuthor)) as unknown as {
      uploads: { name: string }[];
    };
    expect(exported.uploads.map((u) => u.name).sort()).toEqual(['ciornă.pdf', 'trimisă.pdf']);
    await eraseAccount(w.asAuthor, { confirm: 'on' });
    expect(await database.db.select().from(files).where(eq(files.id, onDraft!.id))).toEqual([]);
    expect(existsSync(blobPath(w.org.id, onDraft!.id))).toBe(false);
    const [kept] = await database.db.select().from(files).where(eq(files.id, onSent!.id));
    expect(kept).toMatchObject({ uploaderId: null, originalName: 'trimisă.pdf' });
  });
});
