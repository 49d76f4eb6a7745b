import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'pages.accessibility.title': {
    ro: 'Declarație de accesibilitate',
    en: 'Accessibility statement',
    hu: 'Akadálymentességi nyilatkozat',
  },
  'pages.accessibility.intro': {
    ro: '{org} se angajează să facă această platformă accesibilă, în conformitate cu Directiva (UE) 2016/2102 și cu standardul EN 301 549, care trimite la WCAG 2.2 nivel AA.',
    en: '{org} is committed to making this platform accessible, in accordance with Directive (EU) 2016/2102 and the EN 301 549 standard, which refers to WCAG 2.2 level AA.',
    hu: '{org} elkötelezett a platform akadálymentessége mellett, az (EU) 2016/2102 irányelvnek és a WCAG 2.2 AA szintjére hivatkozó EN 301 549 szabványnak megfelelően.',
  },
  'pages.accessibility.status_title': {
    ro: 'Stadiul conformității',
    en: 'Compliance status',
    hu: 'Megfelelőségi állapot',
  },
  'pages.accessibility.status': {
    ro: 'Platforma este parțial conformă cu WCAG 2.2 AA. Fiecare pagină este verificată automat la fiecare modificare a codului (axe-core, în Chromium), iar paginile funcționează fără JavaScript, cu tastatura, la lățimea de 320 px și la zoom de 200%. Verificările automate nu găsesc toate problemele: dacă întâlniți o barieră, spuneți-ne.',
    en: 'The platform is partially compliant with WCAG 2.2 AA. Every page is checked automatically on every code change (axe-core, in Chromium), and pages work without JavaScript, with the keyboard, at 320 px width and at 200% zoom. Automated checks do not find every problem: if you meet a barrier, tell us.',
    hu: 'A platform részben megfelel a WCAG 2.2 AA követelményeinek. Minden oldalt automatikusan ellenőrzünk minden kódváltozáskor (axe-core, Chromiumban), és az oldalak JavaScript nélkül, billentyűzettel, 320 px szélességben és 200%-os nagyításnál is működnek. Az automatikus ellenőrzés nem talál meg minden hibát: ha akadályba ütközik, jelezze nekünk.',
  },
  'pages.accessibility.prepared': {
    ro: 'Declarația a fost întocmită pe baza unei autoevaluări și a testelor automate ale proiectului.',
    en: "This statement was prepared from a self-assessment and the project's automated tests.",
    hu: 'A nyilatkozat önértékelés és a projekt automatikus tesztjei alapján készült.',
  },
  'pages.accessibility.feedback_title': {
    ro: 'Semnalați o problemă de accesibilitate',
    en: 'Report an accessibility problem',
    hu: 'Akadálymentességi probléma jelentése',
  },
  'pages.accessibility.feedback_intro': {
    ro: 'Nu aveți nevoie de cont. Vă răspundem în cel mult 30 de zile; dacă nu sunteți mulțumit de răspuns, vă puteți adresa autorității naționale de supraveghere.',
    en: 'You do not need an account. We answer within 30 days; if you are not satisfied with the answer, you can turn to the national enforcement body.',
    hu: 'Nincs szükség fiókra. 30 napon belül válaszolunk; ha a válasszal nem elégedett, a nemzeti felügyeleti szervhez fordulhat.',
  },
  'pages.accessibility.field.message': {
    ro: 'Ce problemă ați întâlnit?',
    en: 'What problem did you meet?',
    hu: 'Milyen problémába ütközött?',
  },
  'pages.accessibility.field.page': {
    ro: 'Pe ce pagină (adresa)',
    en: 'On which page (address)',
    hu: 'Melyik oldalon (cím)',
  },
  'pages.accessibility.field.name': {
    ro: 'Numele dumneavoastră',
    en: 'Your name',
    hu: 'Az Ön neve',
  },
  'pages.accessibility.field.email': {
    ro: 'Adresa de e-mail, dacă doriți un răspuns',
    en: 'Your e-mail address, if you want an answer',
    hu: 'E-mail-cím, ha választ szeretne',
  },
  'pages.accessibility.submit': { ro: 'Trimite', en: 'Send', hu: 'Küldés' },
  'pages.accessibility.thanks': {
    ro: 'Mulțumim! Mesajul a ajuns la administratorii platformei.',
    en: "Thank you! Your message has reached the platform's administrators.",
    hu: 'Köszönjük! Üzenete eljutott a platform adminisztrátoraihoz.',
  },
  'pages.accessibility.mail_subject': {
    ro: 'Problemă de accesibilitate semnalată',
    en: 'Accessibility problem reported',
    hu: 'Akadálymentességi problémát jelentettek',
  },
  'pages.accessibility.mail_intro': {
    ro: 'Cineva a semnalat o problemă de accesibilitate pe platformă:',
    en: 'Someone reported an accessibility problem on the platform:',
    hu: 'Valaki akadálymentességi problémát jelentett a platformon:',
  },
  'privacy.data.item.feedback': {
    ro: 'mesajele despre accesibilitate trimise cu adresa dumneavoastră de e-mail.',
    en: 'the accessibility feedback you sent with your e-mail address.',
    hu: 'az e-mail-címével küldött akadálymentességi visszajelzések.',
  },
});
