import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import { UnreadableFile } from './zip.ts';

/** Keys of a PDF's document information that say who made it (PDF 32000-1, 14.3.3). */
const PERSONAL_KEYS = ['Author', 'Creator', 'Producer', 'LastModifiedBy', 'Company', 'Manager'].map(
  (k) => PDFName.of(k),
);
const METADATA = PDFName.of('Metadata');
const TYPE = PDFName.of('Type');
const ANNOT = PDFName.of('Annot');
const SUBTYPE = PDFName.of('Subtype');
const WIDGET = PDFName.of('Widget');
/**
 * Keys of an annotation that name who wrote it (PDF 32000-1, 12.5.6.2): /T, the author of a
 * comment, and /RC, its rich text, which reviewing tools sign with the author's name too.
 */
const ANNOTATION_AUTHOR_KEYS = [PDFName.of('T'), PDFName.of('RC')];

/**
 * A PDF without who made it (decision 085): every XMP metadata stream is dropped and no longer
 * referenced, and the author, creator and producer keys go from every information dictionary —
 * the current one and those left over from earlier saves (incremental updates keep them, and a
 * reader of the raw bytes would find them). The file is written again as a whole, so nothing of
 * an earlier revision survives. Comments (annotations) lose their author's name. Encrypted PDFs
 * cannot be cleaned and are refused.
 */
export async function stripPdf(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await rewritten(await PDFDocument.load(bytes, { updateMetadata: false }));
  } catch {
    // Encrypted, damaged, or something pdf-lib cannot follow: not served to anyone uncleaned.
    throw new UnreadableFile('pdf not readable or encrypted');
  }
}

function rewritten(doc: PDFDocument) {
  const { context } = doc;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict =
      object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : null;
    if (!dict) continue;
    if (object instanceof PDFRawStream && dict.get(TYPE) === METADATA) {
      context.delete(ref);
      continue;
    }
    dict.delete(METADATA);
    for (const key of PERSONAL_KEYS) dict.delete(key);
    if (dict.get(TYPE) === ANNOT) withoutCommentAuthor(dict);
  }
  // Annotations written inside a page's /Annots, and those that leave out the optional /Type.
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (annot instanceof PDFDict) withoutCommentAuthor(annot);
    }
  }
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * A comment keeps its text (/Contents) but not who wrote it — a blind call's evaluator would read
 * the name. A form field's widget keeps its /T: there it is the field's name, which the form needs.
 */
function withoutCommentAuthor(annot: PDFDict) {
  if (annot.get(SUBTYPE) === WIDGET) return;
  for (const key of ANNOTATION_AUTHOR_KEYS) annot.delete(key);
}
