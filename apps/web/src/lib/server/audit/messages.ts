import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'audit.verify.submit': {
    ro: 'Verifică lanțul jurnalului acum',
    en: 'Verify the log’s chain now',
    hu: 'A napló láncának ellenőrzése most',
  },
  'audit.verify.ok': {
    ro: 'Jurnalul este intact: {entries} intrări verificate.',
    en: 'The log is intact: {entries} entries verified.',
    hu: 'A napló sértetlen: {entries} bejegyzés ellenőrizve.',
  },
  'audit.verify.broken': {
    ro: 'Jurnalul este ALTERAT la intrarea #{entry}:',
    en: 'The log is BROKEN at entry #{entry}:',
    hu: 'A napló SÉRÜLT a(z) {entry}. bejegyzésnél:',
  },
  'audit.verify.reason.hash': {
    ro: 'conținutul ei nu se potrivește cu amprenta.',
    en: 'its content does not match its hash.',
    hu: 'tartalma nem egyezik a lenyomatával.',
  },
  'audit.verify.reason.link': {
    ro: 'nu se leagă de intrarea dinaintea ei.',
    en: 'it does not link to the entry before it.',
    hu: 'nem kapcsolódik az előző bejegyzéshez.',
  },
  'audit.verify.reason.gap': {
    ro: 'lipsesc intrări dinaintea ei.',
    en: 'entries before it are missing.',
    hu: 'hiányoznak előtte bejegyzések.',
  },
  'audit.verify.reason.truncated': {
    ro: 'ea și cele de după lipsesc: jurnalul se termină înaintea capătului înregistrat.',
    en: 'it and the entries after it are missing: the log ends before its recorded head.',
    hu: 'ez és az utána következők hiányoznak: a napló a rögzített vége előtt ér véget.',
  },
  'audit.verify.reason.head': {
    ro: 'diferă de capătul înregistrat: lanțul a fost înlocuit sau recalculat.',
    en: 'it differs from the recorded head: the chain was replaced or recomputed.',
    hu: 'eltér a rögzített végtől: a láncot lecserélték vagy újraszámolták.',
  },
  'admin.index.audit': { ro: 'Jurnal de audit', en: 'Audit log', hu: 'Naplózás' },
  'admin.index.audit_desc': {
    ro: 'Cine a schimbat ce și când, într-un jurnal care nu poate fi modificat.',
    en: 'Who changed what and when, in a log that cannot be altered.',
    hu: 'Ki, mit és mikor módosított, egy nem módosítható naplóban.',
  },

  'audit.title': { ro: 'Jurnal de audit', en: 'Audit log', hu: 'Naplózás' },
  'audit.intro': {
    ro: 'Fiecare modificare de pe platformă, cine a făcut-o și când. Intrările sunt legate printr-un lanț de hash-uri, astfel încât orice alterare poate fi detectată.',
    en: 'Every change on the platform, who made it and when. Entries are linked in a hash chain, so any tampering can be detected.',
    hu: 'A platform minden változása: ki és mikor végezte. A bejegyzések hash-lánccal kapcsolódnak egymáshoz, így minden módosítás kimutatható.',
  },
  'audit.filters': { ro: 'Filtre pentru jurnal', en: 'Log filters', hu: 'Naplószűrők' },
  'audit.field.action': { ro: 'Acțiune', en: 'Action', hu: 'Művelet' },
  'audit.field.action_hint': {
    ro: 'Începutul numelui, de exemplu „proposal.”',
    en: 'The start of the name, for example "proposal."',
    hu: 'A név eleje, például „proposal.”',
  },
  'audit.field.resource_type': {
    ro: 'Tip de resursă',
    en: 'Resource type',
    hu: 'Erőforrás típusa',
  },
  'audit.field.resource': { ro: 'Resursă', en: 'Resource', hu: 'Erőforrás' },
  'audit.field.actor': { ro: 'Cine', en: 'Who', hu: 'Ki' },
  'audit.field.from': { ro: 'De la data', en: 'From date', hu: 'Kezdő dátum' },
  'audit.field.to': { ro: 'Până la data', en: 'To date', hu: 'Záró dátum' },
  'audit.field.change': { ro: 'Modificare', en: 'Change', hu: 'Változás' },
  'audit.show_change': {
    ro: 'Arată modificarea',
    en: 'Show the change',
    hu: 'Változás megjelenítése',
  },
  'audit.before': { ro: 'Înainte', en: 'Before', hu: 'Előtte' },
  'audit.after': { ro: 'După', en: 'After', hu: 'Utána' },
  'audit.system': { ro: 'Sistem', en: 'System', hu: 'Rendszer' },
  'privacy.data.item.activity': {
    ro: 'jurnalul acțiunilor făcute de dumneavoastră (ce, asupra cărui element, când);',
    en: 'the log of the actions you took (what, on which item, when);',
    hu: 'az Ön által végzett műveletek naplója (mit, melyik elemen, mikor);',
  },
  'privacy.delete.kept.audit': {
    ro: 'jurnalul de audit: înregistrările existente nu pot fi modificate (protejează integritatea deciziilor instituției) și pot conține datele consemnate la momentul respectiv.',
    en: 'the audit log: existing entries cannot be changed (they protect the integrity of the organisation’s decisions) and may hold the data recorded at the time.',
    hu: 'az ellenőrzési napló: a meglévő bejegyzések nem módosíthatók (a szervezet döntéseinek sértetlenségét védik), és tartalmazhatják az akkor rögzített adatokat.',
  },
});
