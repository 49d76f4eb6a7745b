import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'files.heading': { ro: 'Fișiere atașate', en: 'Attachments', hu: 'Csatolt fájlok' },
  'files.none': {
    ro: 'Niciun fișier atașat.',
    en: 'No files attached.',
    hu: 'Nincs csatolt fájl.',
  },
  'files.col.name': { ro: 'Fișier', en: 'File', hu: 'Fájl' },
  'files.col.size': { ro: 'Mărime', en: 'Size', hu: 'Méret' },
  'files.col.uploaded': { ro: 'Încărcat', en: 'Uploaded', hu: 'Feltöltve' },
  'files.col.actions': { ro: 'Acțiuni', en: 'Actions', hu: 'Műveletek' },
  'files.uploaded_by': {
    ro: '{date}, de {name}',
    en: '{date}, by {name}',
    hu: '{date}, feltöltötte: {name}',
  },
  'files.field.files': { ro: 'Adăugați fișiere', en: 'Add files', hu: 'Fájlok hozzáadása' },
  'files.field.photos': {
    ro: 'Fotografii sau documente (opțional)',
    en: 'Photos or documents (optional)',
    hu: 'Fényképek vagy dokumentumok (nem kötelező)',
  },
  'files.field.evidence': {
    ro: 'Dovezi: documente, scanări, tabele (opțional)',
    en: 'Evidence: documents, scans, spreadsheets (optional)',
    hu: 'Bizonyítékok: dokumentumok, szkennelések, táblázatok (nem kötelező)',
  },
  'files.hint': {
    ro: 'Acceptăm {types}; cel mult {max} MB pe fișier și {count} fișiere în total. Numele autorilor din fișiere (EXIF, proprietățile documentului) sunt șterse la încărcare.',
    en: 'We accept {types}; at most {max} MB a file and {count} files in all. Authors’ names inside the files (EXIF, document properties) are removed on upload.',
    hu: 'Elfogadott formátumok: {types}; fájlonként legfeljebb {max} MB, összesen {count} fájl. A fájlokban lévő szerzőneveket (EXIF, dokumentumtulajdonságok) feltöltéskor eltávolítjuk.',
  },
  'files.upload': { ro: 'Încărcați', en: 'Upload', hu: 'Feltöltés' },
  'files.delete': { ro: 'Ștergeți {name}', en: 'Remove {name}', hu: '{name} törlése' },
  'files.manage': {
    ro: 'Adăugați sau ștergeți fișiere',
    en: 'Add or remove files',
    hu: 'Fájlok hozzáadása vagy törlése',
  },
  'files.page.title': {
    ro: 'Fișierele propunerii',
    en: 'The proposal’s files',
    hu: 'A javaslat fájljai',
  },
  'files.notice.uploaded': {
    ro: 'Fișierele au fost încărcate.',
    en: 'The files were uploaded.',
    hu: 'A fájlok feltöltve.',
  },
  'files.notice.deleted': {
    ro: 'Fișierul a fost șters.',
    en: 'The file was removed.',
    hu: 'A fájl törölve.',
  },
  'files.required': {
    ro: 'Alegeți cel puțin un fișier.',
    en: 'Choose at least one file.',
    hu: 'Válasszon legalább egy fájlt.',
  },
  'files.empty': {
    ro: 'Fișierul „{name}” este gol (0 octeți). Alegeți din nou fișierul corect.',
    en: 'The file “{name}” is empty (0 bytes). Choose the right file again.',
    hu: 'A(z) „{name}” fájl üres (0 bájt). Válassza ki újra a megfelelő fájlt.',
  },
  'files.too_big': {
    ro: 'Fișierul „{name}” depășește {max} MB. Micșorați-l (de exemplu, exportați PDF-ul la calitate mai mică) și alegeți-l din nou.',
    en: 'The file “{name}” is larger than {max} MB. Make it smaller (for instance, export the PDF at a lower quality) and choose it again.',
    hu: 'A(z) „{name}” fájl nagyobb, mint {max} MB. Csökkentse a méretét (például alacsonyabb minőségű PDF-exporttal), és válassza ki újra.',
  },
  'files.too_many': {
    ro: 'Cel mult {max} fișiere aici. Ștergeți unul înainte de a adăuga altele.',
    en: 'At most {max} files here. Remove one before adding more.',
    hu: 'Itt legfeljebb {max} fájl lehet. Töröljön egyet, mielőtt újabbat ad hozzá.',
  },
  'files.type.unsupported': {
    ro: 'Fișierul „{name}” nu este PDF, imagine (JPEG, PNG, WebP) sau document Office/OpenDocument, oricare i-ar fi numele. Alegeți alt fișier.',
    en: 'The file “{name}” is not a PDF, an image (JPEG, PNG, WebP) or an Office/OpenDocument document, whatever its name says. Choose another file.',
    hu: 'A(z) „{name}” fájl – a nevétől függetlenül – nem PDF, kép (JPEG, PNG, WebP) vagy Office/OpenDocument dokumentum. Válasszon másik fájlt.',
  },
  'files.type.not_here': {
    ro: 'Fișierele de tipul lui „{name}” nu sunt acceptate aici.',
    en: 'Files of the type of “{name}” are not accepted here.',
    hu: 'A(z) „{name}” típusú fájlok itt nem fogadhatók el.',
  },
  'files.type.macros': {
    ro: 'Fișierul „{name}” conține macrocomenzi; salvați-l fără macrocomenzi (de exemplu, .docx în loc de .docm).',
    en: 'The file “{name}” contains macros; save it without them (for instance as .docx instead of .docm).',
    hu: 'A(z) „{name}” fájl makrókat tartalmaz; mentse makrók nélkül (például .docm helyett .docx formátumban).',
  },
  'files.unreadable': {
    ro: 'Fișierul „{name}” nu poate fi citit (deteriorat sau protejat cu parolă). Salvați-l din nou, fără parolă.',
    en: 'The file “{name}” cannot be read (damaged or password-protected). Save it again without a password.',
    hu: 'A(z) „{name}” fájl nem olvasható (sérült vagy jelszóval védett). Mentse el újra jelszó nélkül.',
  },
  'files.quota': {
    ro: 'Ați atins limita de fișiere încărcate în această organizație. Ștergeți fișiere de care nu mai aveți nevoie.',
    en: 'You have reached your upload limit in this organisation. Remove files you no longer need.',
    hu: 'Elérte a feltöltési korlátot ebben a szervezetben. Törölje a már nem szükséges fájlokat.',
  },
  'privacy.data.item.files': {
    ro: 'lista fișierelor încărcate de dumneavoastră (nume, tip, mărime, amprentă SHA-256, unde sunt atașate);',
    en: 'the list of files you uploaded (name, type, size, SHA-256 fingerprint, where they are attached);',
    hu: 'az Ön által feltöltött fájlok listája (név, típus, méret, SHA-256 ujjlenyomat, hová vannak csatolva);',
  },
  'privacy.delete.removed.files': {
    ro: 'fișierele atașate ciornelor șterse;',
    en: 'the files attached to the deleted drafts;',
    hu: 'a törölt piszkozatokhoz csatolt fájlok;',
  },
  'privacy.delete.kept.files': {
    ro: 'fișierele atașate propunerilor trimise și proiectelor rămân cu acestea, fără numele celui care le-a încărcat (metadatele lor au fost șterse la încărcare).',
    en: 'files attached to submitted proposals and to projects stay with them, without who uploaded them (their metadata was removed on upload).',
    hu: 'a beküldött javaslatokhoz és projektekhez csatolt fájlok megmaradnak, de a feltöltő neve nélkül (metaadataikat feltöltéskor eltávolítottuk).',
  },
});
