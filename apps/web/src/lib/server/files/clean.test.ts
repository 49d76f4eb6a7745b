import { describe, expect, test } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { unzipSync, zipSync } from 'fflate';
import { sniff } from './types.ts';
import { withoutMetadata } from './clean.ts';
import { sanitiseName } from './names.ts';
import { UnreadableFile } from './zip.ts';
import { bytesContain } from './testing.ts';
import {
  sampleDocx,
  sampleJpeg,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleReviewedPdf,
  sampleWebp,
} from './samples.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };

/**
 * What is kept of an upload: its type from its bytes alone, and none of the names its
 * metadata carried (decision 085) — checked on the raw bytes, as an evaluator could read them.
 */
const AUTHOR = 'Cristina Sabău';
const EMAIL = 'cristina.sabau@primariaclujnapoca.ro';
const who = `${AUTHOR} <${EMAIL}>`;
const contains = bytesContain;

async function clean(bytes: Uint8Array) {
  const sniffed = sniff(bytes);
  if (!sniffed.type) throw new Error(`not recognised: ${sniffed.reason}`);
  return { type: sniffed.type, bytes: await withoutMetadata(sniffed, bytes) };
}

describe('the type comes from the bytes', () => {
  test.each([
    ['pdf', () => samplePdf(who, 'Raport')],
    ['png', () => samplePng(who)],
    ['jpeg', () => sampleJpeg(who)],
    ['webp', () => sampleWebp(who)],
    ['docx', () => sampleDocx(who)],
    ['odt', () => sampleOdt(who)],
  ] as const)('%s: recognised, and no name of its author is left in it', async (type, make) => {
    const original = await make();
    expect(contains(original, AUTHOR) || contains(original, EMAIL)).toBe(true);
    const cleaned = await clean(original);
    expect(cleaned.type).toBe(type);
    expect(contains(cleaned.bytes, AUTHOR), 'name').toBe(false);
    expect(contains(cleaned.bytes, EMAIL), 'e-mail').toBe(false);
    expect(contains(cleaned.bytes, 'Sab'), 'part of the name').toBe(false);
  });

  test('what is not a document of ours is refused, whatever it is called', () => {
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
    const zipOfScripts = zipSync({ 'evil.sh': new TextEncoder().encode('rm -rf /') });
    for (const bytes of [html, svg, zipOfScripts, new Uint8Array([0x25, 0x50])]) {
      expect(sniff(bytes)).toEqual({ type: null, reason: 'files.type.unsupported' });
    }
  });

  test('office documents with macros are refused', () => {
    const docm = unzipSync(sampleDocx(AUTHOR));
    docm['word/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    expect(sniff(zipSync(docm))).toEqual({ type: null, reason: 'files.type.macros' });
  });

  test('a zip that claims to unpack to gigabytes is refused before it is unpacked', () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.setUint32(central + 24, 0x7fffffff, true); // the uncompressed size it declares
    expect(() => sniff(zip)).toThrow(UnreadableFile);
  });
});

describe('the cleaned files are still the same documents', () => {
  test('the PDF opens, with its page and title', async () => {
    const { bytes } = await clean(await samplePdf(who, 'Raport de testare', ['Prima linie']));
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Raport de testare');
    expect(doc.getAuthor()).toBeUndefined();
  });

  test('the PNG keeps its header and pixels; the Word document its text', async () => {
    const png = await clean(samplePng(who));
    expect(Buffer.from(png.bytes).includes(Buffer.from('IDAT'))).toBe(true);
    expect(Buffer.from(png.bytes).includes(Buffer.from('tEXt'))).toBe(false);
    const docx = unzipSync((await clean(sampleDocx(who, 'Fluturași'))).bytes);
    expect(new TextDecoder().decode(docx['word/document.xml'])).toContain('Fluturași');
  });

  test('a PDF’s comments keep their text but not who wrote them; a form field keeps its name', async () => {
    const reviewer = 'Cristina Sabau'; // PDF strings are Latin-1: as a reviewing tool writes it
    const original = await sampleReviewedPdf(reviewer, 'De verificat suma');
    expect(contains(original, reviewer)).toBe(true);
    const { bytes } = await clean(original);
    expect(contains(bytes, reviewer), 'name').toBe(false);
    expect(contains(bytes, 'Sabau'), 'part of the name').toBe(false);
    const page = (await PDFDocument.load(bytes)).getPage(0).node;
    const annots = page.lookup(PDFName.of('Annots'), PDFArray);
    const [first, second, field] = [0, 1, 2].map((i) => annots.lookup(i, PDFDict));
    for (const note of [first!, second!]) {
      expect(note.lookup(PDFName.of('Contents'), PDFString).decodeText()).toBe('De verificat suma');
      expect(note.has(PDFName.of('T')), '/T').toBe(false);
      expect(note.has(PDFName.of('RC')), '/RC').toBe(false);
    }
    expect(field!.get(PDFName.of('T'))).toBeDefined();
  });

  test('a damaged PDF is refused as unreadable', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n garbage with no objects at all');
    await expect(clean(broken)).rejects.toThrow(UnreadableFile);
  });
});

describe('file names', () => {
  test.each(badInput.uploads.names)('%s becomes a safe name of the real type', (name) => {
    const safe = sanitiseName(name, 'pdf');
    expect(safe).toMatch(/\.pdf$/);
    expect(safe).not.toMatch(/[/\\]/);
    expect(safe.length).toBeLessThanOrEqual(200);
    expect(safe).not.toMatch(/^(con|prn|aux|nul)\./i);
  });

  test('diacritics stay; control and direction characters go; a lie about the type is corrected', () => {
    expect(sanitiseName('Propunere — străzi.pdf', 'pdf')).toBe('Propunere — străzi.pdf');
    expect(sanitiseName('poză\u202Egpj.exe', 'png')).toBe('pozăgpj.png');
    expect(sanitiseName('a.pdf.exe', 'pdf')).toBe('a.pdf.pdf');
    expect(sanitiseName('../../evil.sh', 'pdf')).toBe('evil.pdf');
    expect(sanitiseName('Raport v1.2 final', 'docx')).toBe('Raport v1.2 final.docx');
  });
});
