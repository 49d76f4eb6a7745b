import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
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
