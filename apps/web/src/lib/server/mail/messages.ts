import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'mail.demo_mailbox.title': {
    ro: 'Cutia poștală demonstrativă',
    en: 'Demo mailbox',
    hu: 'Bemutató postafiók',
  },
  'mail.demo_mailbox.intro': {
    ro: 'În modul demonstrativ e-mailurile nu pleacă. Aici vedeți e-mailurile trimise adresei dumneavoastră sau adreselor pentru care ați cerut un e-mail din acest browser.',
    en: 'In demo mode e-mails are not sent. Here you see the e-mails sent to your address, or to the addresses you asked an e-mail for from this browser.',
    hu: 'Bemutató módban az e-mailek nem mennek ki. Itt az Ön címére küldött, vagy az ebből a böngészőből kért e-maileket látja.',
  },
  'mail.demo_mailbox.empty': {
    ro: 'Niciun e-mail deocamdată.',
    en: 'No e-mail yet.',
    hu: 'Még nincs e-mail.',
  },
  'mail.demo_mailbox.link': {
    ro: 'Deschideți cutia poștală demonstrativă',
    en: 'Open the demo mailbox',
    hu: 'A bemutató postafiók megnyitása',
  },
  'admin.index.emails': { ro: 'E-mailuri păstrate', en: 'Stored e-mails', hu: 'Tárolt e-mailek' },
  'admin.index.emails_desc': {
    ro: 'E-mailurile trimise sau păstrate de platformă (fără server SMTP ele nu pleacă).',
    en: 'E-mails sent or kept by the platform (without an SMTP server they are not sent).',
    hu: 'A platform által küldött vagy tárolt e-mailek (SMTP-kiszolgáló nélkül nem mennek ki).',
  },
  'admin.emails.title': { ro: 'E-mailuri păstrate', en: 'Stored e-mails', hu: 'Tárolt e-mailek' },
  'admin.emails.intro': {
    ro: 'Fără server SMTP configurat, e-mailurile nu pleacă: sunt păstrate aici, cu starea „păstrat”.',
    en: 'Without an SMTP server configured, e-mails are not sent: they are kept here with the status “stored”.',
    hu: 'Beállított SMTP-kiszolgáló nélkül az e-mailek nem mennek ki: itt tároljuk őket „tárolt” állapottal.',
  },
  'admin.emails.col_to': { ro: 'Destinatar', en: 'To', hu: 'Címzett' },
  'admin.emails.col_subject': { ro: 'Subiect', en: 'Subject', hu: 'Tárgy' },
  'admin.emails.col_status': { ro: 'Stare', en: 'Status', hu: 'Állapot' },
  'admin.emails.show_body': { ro: 'Textul e-mailului', en: 'E-mail text', hu: 'Az e-mail szövege' },
  'admin.emails.status.pending': { ro: 'în așteptare', en: 'pending', hu: 'várakozik' },
  'admin.emails.status.sent': { ro: 'trimis', en: 'sent', hu: 'elküldve' },
  'admin.emails.status.stored': { ro: 'păstrat', en: 'stored', hu: 'tárolt' },
  'admin.emails.status.failed': { ro: 'eșuat', en: 'failed', hu: 'sikertelen' },
  'privacy.data.item.emails': {
    ro: 'e-mailurile trimise către dumneavoastră (subiectul, data și starea trimiterii);',
    en: 'the e-mails sent to you (subject, date and delivery status);',
    hu: 'az Önnek küldött e-mailek (tárgy, dátum, kézbesítési állapot);',
  },
  'privacy.delete.removed.emails': {
    ro: 'e-mailurile trimise către dumneavoastră păstrate de platformă.',
    en: 'the e-mails to you kept by the platform.',
    hu: 'a platform által tárolt, Önnek küldött e-mailek.',
  },
});
