import { defineMessages } from '../catalog.ts';

export const shell = defineMessages({
  'shell.skip_link': { ro: 'Sari la conținut', en: 'Skip to content', hu: 'Ugrás a tartalomhoz' },
  'shell.site_name': { ro: 'Innovato-R', en: 'Innovato-R', hu: 'Innovato-R' },
  'shell.nav_label': { ro: 'Navigare principală', en: 'Main navigation', hu: 'Fő navigáció' },
  'shell.nav.home': { ro: 'Acasă', en: 'Home', hu: 'Kezdőlap' },
  'shell.nav.calls': {
    ro: 'Apeluri de inovare',
    en: 'Innovation calls',
    hu: 'Innovációs felhívások',
  },
  'shell.nav.my_proposals': { ro: 'Propunerile mele', en: 'My proposals', hu: 'Javaslataim' },
  'shell.nav.admin': { ro: 'Administrare', en: 'Administration', hu: 'Adminisztráció' },
  'shell.account_label': { ro: 'Cont', en: 'Account', hu: 'Fiók' },
  'shell.sign_in': { ro: 'Autentificare', en: 'Sign in', hu: 'Bejelentkezés' },
  'shell.sign_up': { ro: 'Creează cont', en: 'Create account', hu: 'Fiók létrehozása' },
  'shell.sign_out': { ro: 'Ieșire', en: 'Sign out', hu: 'Kijelentkezés' },
  'shell.profile': { ro: 'Profilul meu', en: 'My profile', hu: 'Profilom' },
  'shell.signed_in_as': {
    ro: 'Conectat ca {name}',
    en: 'Signed in as {name}',
    hu: 'Bejelentkezve: {name}',
  },
  'shell.language_label': { ro: 'Limba', en: 'Language', hu: 'Nyelv' },
  'shell.language_submit': { ro: 'Schimbă limba', en: 'Change language', hu: 'Nyelv váltása' },
  'shell.footer_label': { ro: 'Informații despre site', en: 'About this site', hu: 'A webhelyről' },
  'shell.footer.accessibility': {
    ro: 'Declarație de accesibilitate',
    en: 'Accessibility statement',
    hu: 'Akadálymentességi nyilatkozat',
  },
  'shell.footer.privacy': {
    ro: 'Confidențialitate',
    en: 'Privacy notice',
    hu: 'Adatvédelmi tájékoztató',
  },
  'shell.footer.contact': { ro: 'Contact', en: 'Contact', hu: 'Kapcsolat' },
  'shell.footer.open_source': {
    ro: 'Innovato-R este software liber (EUPL-1.2).',
    en: 'Innovato-R is free software (EUPL-1.2).',
    hu: 'Az Innovato-R szabad szoftver (EUPL-1.2).',
  },
  'shell.demo_banner_short': {
    ro: 'Demo: date fictive.',
    en: 'Demo: fictional data.',
    hu: 'Bemutató: kitalált adatok.',
  },
  'shell.demo_mailbox_short': { ro: 'Cutia poștală', en: 'Mailbox', hu: 'Postafiók' },
  'shell.demo_banner': {
    ro: 'Mod demonstrativ: datele sunt fictive, iar e-mailurile nu pleacă.',
    en: 'Demo mode: the data is fictional, and e-mails are not sent.',
    hu: 'Bemutató mód: az adatok kitaláltak, az e-maileket nem küldjük el.',
  },
});
