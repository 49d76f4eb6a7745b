import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Forbidden, Invalid, NotFound } from '../errors.ts';
import { files } from '../files/schema.ts';
import { attachFiles } from '../files/attach.ts';
import { deleteFile } from '../files/remove.ts';
import { openFile } from '../files/download.ts';
import { bytesContain } from '../files/testing.ts';
import { samplePdf, samplePng } from '../files/samples.ts';
import { createProject } from './commands.ts';
import { postUpdate } from './delivery.ts';
import { recordSaving, verifySaving } from './savings.ts';
import { getProject } from './queries.ts';
import { projectUpdates } from './schema.ts';
import { projectWorld } from './testing.ts';

/**
 * Issue 10: status updates carry photos and documents (public, as the updates are); savings
 * carry their evidence (inside the organisation only, fixed once signed off).
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const TEAM_MEMBER = 'Ioana Pop';
const asFile = (bytes: Uint8Array, name: string) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name);
const photo = () => asFile(samplePng(TEAM_MEMBER), 'Ghișeul nou.png');
const invoice = async () => asFile(await samplePdf(TEAM_MEMBER, 'Factura hârtie'), 'factura.pdf');
const saving = {
  metric: 'paper_sheets',
  baseline: '12600',
  measured: '11850',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  recurrence: 'monthly',
  method: 'Coli cumpărate în semestru.',
};

async function world() {
  const w = await projectWorld(database.db);
  const project = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
  return { ...w, project };
}

describe('a status update with photos and documents', () => {
  test('the team posts it with its files; anyone reads them, cleaned of their metadata', async () => {
    const w = await world();
    const update = await postUpdate(w.as.member, w.project.id, {
      body: 'Primul ghișeu fără hârtie funcționează.',
      photos: [photo(), await invoice()],
    });
    const view = await getProject(w.as.visitor, w.project.id);
    const shown = view.updates.find((u) => u.id === update.id)!;
    expect(shown.files.map((f) => [f.name, f.image])).toEqual([
      ['Ghișeul nou.png', true],
      ['factura.pdf', false],
    ]);
    const picture = await openFile(w.as.visitor, shown.files[0]!.id);
    expect(picture).toMatchObject({ mediaType: 'image/png', inline: true });
    expect(bytesContain(picture.bytes, TEAM_MEMBER)).toBe(false);
    await expect(openFile(w.as.otherAdminHere, shown.files[0]!.id)).resolves.toBeTruthy();
  });

  test('a bad file refuses the whole update, on its field; nothing is written', async () => {
    const w = await world();
    const html = asFile(new TextEncoder().encode('<script>alert(1)</script>'), 'poza.jpg');
    const error = await postUpdate(w.as.member, w.project.id, {
      body: 'Text care nu trebuie pierdut.',
      photos: [photo(), html],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields.photos).toMatchObject({ key: 'files.type.unsupported' });
    const updates = await database.db
      .select()
      .from(projectUpdates)
      .where(eq(projectUpdates.projectId, w.project.id));
    expect(updates).toEqual([]);
    expect(
      await database.db.select().from(files).where(eq(files.organisationId, w.org.id)),
    ).toEqual([]);
  });

  test('someone outside the team can post neither the update nor files on it', async () => {
    const w = await world();
    await expect(
      postUpdate(w.as.author, w.project.id, { body: 'Eu nu sunt în echipă.', photos: [photo()] }),
    ).rejects.toThrow(Forbidden);
    const update = await postUpdate(w.as.member, w.project.id, { body: 'Gata.' });
    await expect(
      attachFiles(w.as.participant, 'project_update', update.id, { files: [photo()] }),
    ).rejects.toThrow(Forbidden);
    await expect(
      attachFiles(w.as.visitor, 'project_update', update.id, { files: [photo()] }),
    ).rejects.toThrow(Forbidden);
  });
});

describe('a saving’s evidence', () => {
  test('staff read it; visitors and participants neither see nor download it', async () => {
    const w = await world();
    const entry = await recordSaving(w.as.member, w.project.id, {
      ...saving,
      evidenceFiles: [await invoice()],
    });
    const staff = await getProject(w.as.lead, w.project.id);
    const [evidence] = staff.savings.find((s) => s.id === entry.id)!.files;
    expect(evidence).toMatchObject({ name: 'factura.pdf', type: 'pdf' });
    await verifySaving(w.as.admin, entry.id);
    const seen = await getProject(w.as.visitor, w.project.id);
    expect(seen.savings.find((s) => s.id === entry.id)!.files).toEqual([]);
    for (const ctx of [w.as.visitor, w.as.participant, w.as.otherAdminHere]) {
      await expect(openFile(ctx, evidence!.id)).rejects.toThrow(NotFound);
    }
  });

  test('once signed off, its evidence can be neither added to nor removed', async () => {
    const w = await world();
    const entry = await recordSaving(w.as.member, w.project.id, {
      ...saving,
      evidenceFiles: [await invoice()],
    });
    const [evidence] = (await getProject(w.as.lead, w.project.id)).savings[0]!.files;
    await verifySaving(w.as.admin, entry.id);
    await expect(
      attachFiles(w.as.member, 'savings_entry', entry.id, { files: [await invoice()] }),
    ).rejects.toThrow(Forbidden);
    await expect(deleteFile(w.as.member, evidence!.id)).rejects.toThrow(Forbidden);
  });

  test('a type a saving does not take (a presentation) is refused on the evidence field', async () => {
    const w = await world();
    const { zipSync } = await import('fflate');
    const pptx = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'ppt/presentation.xml': new TextEncoder().encode('<p:presentation/>'),
    });
    const error = await recordSaving(w.as.member, w.project.id, {
      ...saving,
      evidenceFiles: [asFile(pptx, 'slides.pptx')],
    }).catch((e: unknown) => e);
    expect((error as Invalid).fields.evidenceFiles).toMatchObject({ key: 'files.type.not_here' });
  });
});
