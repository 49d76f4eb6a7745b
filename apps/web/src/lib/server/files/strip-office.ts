import type { Unzipped } from 'fflate';
import { writeZip } from './zip.ts';

/**
 * Elements whose text names a person: OOXML's core properties (creator, last modified by), its
 * extended ones (company, manager), spreadsheet comment authors; ODF's creators (the document's,
 * each comment's, each tracked change's), initial creator and who printed it last.
 */
const PERSON_ELEMENTS = [
  'dc:creator',
  'cp:lastModifiedBy',
  'Company',
  'Manager',
  'author',
  'meta:initial-creator',
  'meta:printed-by',
];
/** Attributes that name a person: comment and tracked-change authors, people parts. */
const PERSON_ATTRIBUTES =
  /\b((?:[\w]+:)?(?:author|initials|displayName|userId|providerId))="[^"]*"/g;
const COMMENT_AUTHOR_NAME = /(<p:cmAuthor\b[^>]*?\bname=)"[^"]*"/g;

function blankPeople(xml: string): string {
  let out = xml;
  for (const el of PERSON_ELEMENTS) {
    const escaped = el.replace(':', '\\:');
    out = out.replace(
      new RegExp(`(<${escaped}(?:\\s[^>]*)?>)[\\s\\S]*?(</${escaped}>)`, 'g'),
      '$1$2',
    );
  }
  return out.replace(PERSON_ATTRIBUTES, '$1=""').replace(COMMENT_AUTHOR_NAME, '$1""');
}

/**
 * An office document (docx, xlsx, pptx, odt, ods) without who wrote, edited or commented on it
 * (decision 085): the names are emptied in every XML part, nothing else changes.
 */
export function stripOffice(zip: Unzipped): Uint8Array {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const encoder = new TextEncoder();
  const cleaned: Unzipped = {};
  for (const [name, data] of Object.entries(zip)) {
    cleaned[name] = /\.(xml|rels)$/i.test(name)
      ? encoder.encode(blankPeople(decoder.decode(data)))
      : data;
  }
  return writeZip(cleaned);
}
