import { defineMessages } from '../catalog.ts';

export const admin = defineMessages({
  'admin.index.title': { ro: 'Administrare', en: 'Administration', hu: 'Adminisztráció' },
  'admin.index.intro': {
    ro: 'Instrumentele la care aveți acces.',
    en: 'The tools you have access to.',
    hu: 'Az Ön számára elérhető eszközök.',
  },
  'admin.index.members': {
    ro: 'Membri și roluri',
    en: 'Members and roles',
    hu: 'Tagok és szerepkörök',
  },
  'admin.index.members_desc': {
    ro: 'Căutați membri, schimbați-le rolurile și direcția.',
    en: 'Find members, change their roles and department.',
    hu: 'Tagok keresése, szerepkörük és szervezeti egységük módosítása.',
  },
  'admin.index.emails': { ro: 'E-mailuri păstrate', en: 'Stored e-mails', hu: 'Tárolt e-mailek' },
  'admin.index.emails_desc': {
    ro: 'E-mailurile trimise sau păstrate de platformă (fără server SMTP ele nu pleacă).',
    en: 'E-mails sent or kept by the platform (without an SMTP server they are not sent).',
    hu: 'A platform által küldött vagy tárolt e-mailek (SMTP-kiszolgáló nélkül nem mennek ki).',
  },
  'admin.index.audit': { ro: 'Jurnal de audit', en: 'Audit log', hu: 'Naplózás' },
  'admin.index.audit_desc': {
    ro: 'Cine a schimbat ce și când, într-un jurnal care nu poate fi modificat.',
    en: 'Who changed what and when, in a log that cannot be altered.',
    hu: 'Ki, mit és mikor módosított, egy nem módosítható naplóban.',
  },

  'admin.members.title': {
    ro: 'Membri și roluri',
    en: 'Members and roles',
    hu: 'Tagok és szerepkörök',
  },
  'admin.members.search_label': {
    ro: 'Caută după nume sau e-mail',
    en: 'Search by name or e-mail',
    hu: 'Keresés név vagy e-mail szerint',
  },
  'admin.members.col_name': { ro: 'Nume', en: 'Name', hu: 'Név' },
  'admin.members.col_email': { ro: 'E-mail', en: 'E-mail', hu: 'E-mail' },
  'admin.members.col_roles': { ro: 'Roluri', en: 'Roles', hu: 'Szerepkörök' },
  'admin.members.col_department': {
    ro: 'Direcția',
    en: 'Department',
    hu: 'Szervezeti egység',
  },
  'admin.members.edit': { ro: 'Modifică', en: 'Edit', hu: 'Szerkesztés' },
  'admin.members.edit_for': {
    ro: 'Modifică {name}',
    en: 'Edit {name}',
    hu: '{name} szerkesztése',
  },
  'admin.members.unverified': {
    ro: 'adresă neconfirmată',
    en: 'address not confirmed',
    hu: 'nem megerősített cím',
  },
  'admin.members.edit_title': {
    ro: 'Rolurile lui {name}',
    en: 'Roles of {name}',
    hu: '{name} szerepkörei',
  },
  'admin.members.roles_legend': { ro: 'Roluri', en: 'Roles', hu: 'Szerepkörök' },
  'admin.members.roles_hint': {
    ro: 'Toți membrii sunt participanți. Direcția se păstrează doar pentru angajați.',
    en: 'Every member is a participant. Only employees keep a department.',
    hu: 'Minden tag résztvevő. Szervezeti egysége csak munkatársnak lehet.',
  },
  'admin.members.saved': {
    ro: 'Rolurile lui {name} au fost salvate.',
    en: 'The roles of {name} were saved.',
    hu: '{name} szerepköreit mentettük.',
  },
  'admin.members.keep_own_admin': {
    ro: 'Nu vă puteți retrage propriul rol de administrator. Rugați alt administrator.',
    en: 'You cannot remove your own administrator role. Ask another administrator.',
    hu: 'Saját adminisztrátori szerepkörét nem veheti el. Kérjen meg egy másik adminisztrátort.',
  },
  'admin.members.back': {
    ro: 'Înapoi la membri',
    en: 'Back to members',
    hu: 'Vissza a tagokhoz',
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
});
