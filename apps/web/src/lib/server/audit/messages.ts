import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
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
