import { defineMessages } from '../catalog.ts';

export const audit = defineMessages({
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
});
