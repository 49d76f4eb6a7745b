import { defineMessages } from '../catalog.ts';

export const pages = defineMessages({
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
  'pages.privacy.title': {
    ro: 'Confidențialitate',
    en: 'Privacy notice',
    hu: 'Adatvédelmi tájékoztató',
  },
  'pages.privacy.controller': {
    ro: 'Operatorul datelor este {org}. Prelucrăm datele dumneavoastră în temeiul Regulamentului (UE) 2016/679 (GDPR), pentru a vă permite să participați: contul (nume, e-mail, limbă), rolul și direcția (pentru angajați) și ce scrieți pe platformă.',
    en: 'The data controller is {org}. We process your data under Regulation (EU) 2016/679 (GDPR) so that you can take part: your account (name, e-mail, language), your role and department (for employees) and what you write on the platform.',
    hu: 'Az adatkezelő: {org}. Adatait az (EU) 2016/679 rendelet (GDPR) alapján kezeljük, hogy részt vehessen: fiókja (név, e-mail, nyelv), szerepköre és szervezeti egysége (munkatársaknál), valamint amit a platformon ír.',
  },
  'pages.privacy.what': {
    ro: 'Ce păstrăm și de ce',
    en: 'What we keep and why',
    hu: 'Mit tárolunk és miért',
  },
  'pages.privacy.what_body': {
    ro: 'Păstrăm o sesiune de autentificare (un cookie strict necesar) și alegerea limbii (un cookie). Nu folosim cookie-uri de urmărire sau de publicitate. Jurnalul de audit păstrează cine a modificat ce, pentru transparență și securitate. Voturile, când vor exista, sunt secrete: se știe cine a votat, nu ce a ales.',
    en: 'We keep a sign-in session (a strictly necessary cookie) and your language choice (a cookie). We use no tracking or advertising cookies. The audit log keeps who changed what, for transparency and security. Votes, when there are any, are secret: who voted is known, not what they chose.',
    hu: 'Tárolunk egy bejelentkezési munkamenetet (feltétlenül szükséges süti) és a választott nyelvet (süti). Nem használunk követő vagy reklámsütiket. Az auditnapló rögzíti, ki mit módosított, az átláthatóság és a biztonság érdekében. A szavazatok – ha lesznek – titkosak: az ismert, ki szavazott, az nem, hogy mit választott.',
  },
  'pages.privacy.rights': { ro: 'Drepturile dumneavoastră', en: 'Your rights', hu: 'Az Ön jogai' },
  'pages.privacy.rights_body': {
    ro: 'Aveți dreptul de acces, rectificare, ștergere, restricționare, portabilitate și opoziție, precum și dreptul de a depune plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal. Pentru orice cerere, folosiți pagina de contact.',
    en: 'You have the right of access, rectification, erasure, restriction, portability and objection, and the right to lodge a complaint with the national data protection authority. For any request, use the contact page.',
    hu: 'Önt megilleti a hozzáférés, helyesbítés, törlés, korlátozás, adathordozhatóság és tiltakozás joga, valamint panaszt tehet a nemzeti adatvédelmi hatóságnál. Bármilyen kéréshez használja a kapcsolati oldalt.',
  },
  'pages.contact.title': { ro: 'Contact', en: 'Contact', hu: 'Kapcsolat' },
  'pages.contact.body': {
    ro: 'Platforma este administrată de {org}. Pentru întrebări despre apeluri și propuneri, scrieți administratorilor platformei la adresa de mai jos sau veniți la Centrul de Informare pentru Cetățeni, unde vă putem ajuta și fără internet.',
    en: 'The platform is run by {org}. For questions about calls and proposals, write to the platform administrators at the address below, or come to the Citizen Information Centre, where we can help you without the internet too.',
    hu: 'A platformot {org} működteti. A felhívásokkal és javaslatokkal kapcsolatos kérdéseivel írjon a platform adminisztrátorainak az alábbi címre, vagy keresse fel a Lakossági Tájékoztató Központot, ahol internet nélkül is segítünk.',
  },
  'pages.contact.accessibility': {
    ro: 'Pentru probleme de accesibilitate, folosiți formularul din declarația de accesibilitate.',
    en: 'For accessibility problems, use the form in the accessibility statement.',
    hu: 'Akadálymentességi problémák esetén használja az akadálymentességi nyilatkozat űrlapját.',
  },
});
