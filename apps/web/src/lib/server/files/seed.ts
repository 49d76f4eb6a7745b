import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import type { DemoWorld } from '../seed/world.ts';
import { proposals } from '../proposals/schema.ts';
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
