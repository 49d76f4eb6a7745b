import { asc, desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import type { DemoWorld } from '../seed/world.ts';
import { proposals } from '../proposals/schema.ts';
import { projectUpdates, savingsEntries } from '../projects/schema.ts';
import { FILE_TYPES, MAX_FILE_BYTES, type SubjectType } from './schema.ts';
import { prepareBytes, type PreparedFile } from './prepare.ts';
import { storePrepared } from './attach.ts';
import { samplePdf, samplePng } from './samples.ts';

const LIMITS = { maxBytes: MAX_FILE_BYTES, maxFiles: 10, types: FILE_TYPES };

/** Demo files are made as people make them: with their author in the metadata, then cleaned. */
async function prepared(name: string, bytes: Uint8Array): Promise<PreparedFile> {
  const p = await prepareBytes(name, bytes, LIMITS);
  if ('key' in p) throw new Error(`demo file ${name}: ${p.key}`);
  return p;
}

/** The demo files' author as their office software wrote it: name and address. */
function authorOf(w: DemoWorld, userId: string) {
  const key = [...w.ids].find(([k, v]) => k.startsWith('user:') && v === userId)?.[0].slice(5);
  const person = w.data.people.find((p) => p.key === key);
  return person ? `${person.name} <${person.email}>` : 'Primăria Cluj-Napoca';
}

/** Stores demo files on a thing, as its first author uploaded them. */
export async function seedFilesOn(
  tx: Tx,
  w: DemoWorld,
  on: { subjectType: SubjectType; subjectId: string; uploaderId: string },
  made: { name: string; bytes: Uint8Array }[],
) {
  const ready = await Promise.all(made.map((m) => prepared(m.name, m.bytes)));
  await storePrepared(tx, { organisationId: w.organisationId, ...on }, ready);
  w.counts.files = (w.counts.files ?? 0) + ready.length;
}

/**
 * Small real files made by code (no binaries in the repository): a submitted proposal's
 * study and photo, a draft's plan, and a document on each proposal of the blind call — whose
 * author names the jury's pages and downloads must not reveal (evaluation/demo.test.ts).
 */
export async function seedFiles(tx: Tx, w: DemoWorld) {
  const sheets = await tx
    .select({ id: proposals.id, authorId: proposals.authorId })
    .from(proposals)
    .where(eq(proposals.id, w.id('proposal', 'current:electronic-timesheets')));
  for (const p of sheets) {
    await seedFilesOn(tx, w, { subjectType: 'proposal', subjectId: p.id, uploaderId: p.authorId }, [
      {
        name: 'Analiza pontajelor pe hârtie.pdf',
        bytes: await samplePdf(authorOf(w, p.authorId), 'Analiza pontajelor pe hartie', [
          '420 de foi de pontaj pe luna, 3 zile de centralizare.',
          'Propunere: pontaj electronic in aplicatia de resurse umane.',
        ]),
      },
      { name: 'Dosarul de pontaje.png', bytes: samplePng(authorOf(w, p.authorId), [121, 85, 61]) },
    ]);
  }
  const draftId = w.id('proposal', 'current:job-shadowing');
  const [draft] = await tx.select().from(proposals).where(eq(proposals.id, draftId));
  await seedFilesOn(
    tx,
    w,
    { subjectType: 'proposal', subjectId: draftId, uploaderId: draft!.authorId },
    [
      {
        name: 'Plan de o zi — job shadowing.pdf',
        bytes: await samplePdf(authorOf(w, draft!.authorId), 'Plan de o zi - job shadowing'),
      },
    ],
  );
  await seedProjectFiles(tx, w);
  const blind = await tx
    .select({ id: proposals.id, authorId: proposals.authorId, title: proposals.title })
    .from(proposals)
    .where(eq(proposals.callId, w.id('call', 'evaluation')))
    .orderBy(asc(proposals.createdAt));
  for (const p of blind) {
    const author = authorOf(w, p.authorId);
    await seedFilesOn(tx, w, { subjectType: 'proposal', subjectId: p.id, uploaderId: p.authorId }, [
      // The name carries the author, as real names often do: the jury sees "attachment-1.pdf".
      {
        name: `${p.title} — ${author.split(' <')[0]}.pdf`,
        bytes: await samplePdf(author, p.title),
      },
    ]);
  }
}

/** A photo on the latest status update of a project, and an invoice as a saving's evidence. */
async function seedProjectFiles(tx: Tx, w: DemoWorld) {
  const [update] = await tx
    .select()
    .from(projectUpdates)
    .where(eq(projectUpdates.organisationId, w.organisationId))
    .orderBy(desc(projectUpdates.createdAt))
    .limit(1);
  if (update?.authorId) {
    const author = authorOf(w, update.authorId);
    await seedFilesOn(
      tx,
      w,
      { subjectType: 'project_update', subjectId: update.id, uploaderId: update.authorId },
      [{ name: 'Ghișeul, după.png', bytes: samplePng(author, [0, 112, 60], 48) }],
    );
  }
  const [entry] = await tx
    .select()
    .from(savingsEntries)
    .where(eq(savingsEntries.organisationId, w.organisationId))
    .orderBy(asc(savingsEntries.createdAt))
    .limit(1);
  if (entry) {
    const author = authorOf(w, entry.authorId);
    await seedFilesOn(
      tx,
      w,
      { subjectType: 'savings_entry', subjectId: entry.id, uploaderId: entry.authorId },
      [
        {
          name: 'Facturi hârtie — semestrul I.pdf',
          bytes: await samplePdf(author, 'Facturi hartie - semestrul I', [
            'Coli cumparate: 11.850 (fata de 12.600 in acelasi semestru al anului trecut).',
          ]),
        },
      ],
    );
  }
}
