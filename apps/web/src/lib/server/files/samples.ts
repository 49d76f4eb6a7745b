import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { zipSync } from 'fflate';

/**
 * Small real files made by code, for the demo seed and the tests: a PDF, PNG, JPEG, WebP,
 * DOCX and ODT, each carrying its author's name where that format keeps it — so that a test can
 * show the name gone after upload, and the demo has documents without binaries in the repository.
 */
const utf8 = (s: string) => new TextEncoder().encode(s);
const u32be = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
};
const join = (...parts: Uint8Array[]) => Buffer.concat(parts);

function pngChunk(type: string, data: Uint8Array) {
  const body = join(utf8(type), data);
  return join(u32be(data.length), body, u32be(crc32(body)));
}

/** A PNG of `width`×`height` pixels in one colour, with the author in tEXt and iTXt chunks. */
export function samplePng(author: string, rgb: [number, number, number] = [0, 94, 184], size = 24) {
  const ihdr = join(u32be(size), u32be(size), new Uint8Array([8, 2, 0, 0, 0]));
  const row = join(
    new Uint8Array([0]),
    new Uint8Array(Array.from({ length: size }, () => rgb).flat()),
  );
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return new Uint8Array(
    join(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', ihdr),
      pngChunk('tEXt', utf8(`Author\0${author}`)),
      pngChunk('iTXt', utf8(`XML:com.adobe.xmp\0\0\0\0\0<dc:creator>${author}</dc:creator>`)),
      pngChunk('IDAT', pixels),
      pngChunk('IEND', new Uint8Array()),
    ),
  );
}

/** A one-page PDF with a title and text, its author in the Info dictionary and in XMP. */
export async function samplePdf(author: string, title: string, lines: string[] = []) {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setCreator(`Word (${author})`);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const ascii = (s: string) => s.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  page.drawText(ascii(title), { x: 56, y: 770, size: 18, font });
  lines.forEach((line, i) =>
    page.drawText(ascii(line), { x: 56, y: 730 - i * 18, size: 11, font }),
  );
  const xmp = doc.context.stream(
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${author}</dc:creator></x:xmpmeta>`,
    { Type: 'Metadata', Subtype: 'XML' },
  );
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  return doc.save({ useObjectStreams: false });
}

/**
 * The PDF above, reviewed: a sticky note whose /T names its author, with the same comment as rich
 * text (/RC), one as an object of its own and one written inside the page's /Annots; and a form
 * field (a widget, whose /T is the field's name, not a person).
 */
export async function sampleReviewedPdf(author: string, comment: string) {
  const doc = await PDFDocument.load(await samplePdf(author, 'Raport revizuit'));
  const note = (x: number) =>
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [x, 700, x + 20, 720],
      Contents: PDFString.of(comment),
      T: PDFString.of(author),
      RC: PDFString.of(`<body><p>${comment}</p><p>${author}</p></body>`),
    });
  const field = doc.context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Tx', T: 'suma' });
  const page = doc.getPage(0).node;
  page.set(
    PDFName.of('Annots'),
    doc.context.obj([doc.context.register(note(56)), note(96), doc.context.register(field)]),
  );
  return doc.save({ useObjectStreams: false });
}

/** JPEG segments only (no decodable picture): enough to test what is kept and what goes. */
export function sampleJpeg(author: string) {
  const segment = (marker: number, data: Uint8Array) =>
    join(new Uint8Array([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff]), data);
  return new Uint8Array(
    join(
      new Uint8Array([0xff, 0xd8]),
      segment(0xe0, utf8('JFIF\0\x01\x01\0\0\x01\0\x01\0\0')),
      segment(0xe1, utf8(`Exif\0\0Artist=${author}`)),
      segment(0xe1, utf8(`http://ns.adobe.com/xap/1.0/\0<dc:creator>${author}</dc:creator>`)),
      segment(0xfe, utf8(`made by ${author}`)),
      segment(0xda, new Uint8Array([1, 1, 0, 0, 0x3f, 0])),
      new Uint8Array([0x12, 0x34, 0xff, 0xd9]),
    ),
  );
}

/** A WebP container with an extended header, a lossless image chunk and an EXIF chunk. */
export function sampleWebp(author: string) {
  const chunk = (type: string, data: Uint8Array) => {
    const size = new Uint8Array(4);
    new DataView(size.buffer).setUint32(0, data.length, true);
    return join(utf8(type), size, data, data.length % 2 ? new Uint8Array([0]) : new Uint8Array());
  };
  const body = join(
    utf8('WEBP'),
    chunk('VP8X', new Uint8Array([0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
    chunk('VP8L', new Uint8Array([0x2f, 0, 0, 0, 0])),
    chunk('EXIF', utf8(`Artist=${author}`)),
  );
  const size = new Uint8Array(4);
  new DataView(size.buffer).setUint32(0, body.length, true);
  return new Uint8Array(join(utf8('RIFF'), size, body));
}

/** A Word document with its author, last editor, company and a comment's author. */
export function sampleDocx(author: string, text = 'Propunere') {
  return zipSync({
    '[Content_Types].xml': utf8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': utf8(
      `<w:document><w:body><w:p><w:ins w:id="1" w:author="${author}"><w:r><w:t>${text}</w:t></w:r></w:ins></w:p></w:body></w:document>`,
    ),
    'word/comments.xml': utf8(
      `<w:comments><w:comment w:id="0" w:author="${author}" w:initials="XY"><w:p/></w:comment></w:comments>`,
    ),
    'docProps/core.xml': utf8(
      `<cp:coreProperties><dc:title>${text}</dc:title><dc:creator>${author}</dc:creator><cp:lastModifiedBy>${author}</cp:lastModifiedBy></cp:coreProperties>`,
    ),
    'docProps/app.xml': utf8(
      `<Properties><Company>${author} SRL</Company><Manager>${author}</Manager></Properties>`,
    ),
  });
}

/** An OpenDocument text with its initial creator and a comment's author. */
export function sampleOdt(author: string) {
  return zipSync({
    mimetype: [utf8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': utf8(
      `<office:document-content><office:annotation><dc:creator>${author}</dc:creator></office:annotation></office:document-content>`,
    ),
    'meta.xml': utf8(
      `<office:document-meta><office:meta><meta:initial-creator>${author}</meta:initial-creator><dc:creator>${author}</dc:creator></office:meta></office:document-meta>`,
    ),
  });
}
