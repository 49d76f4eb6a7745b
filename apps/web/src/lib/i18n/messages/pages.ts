import { defineMessages } from '../catalog.ts';

export const pages = defineMessages({
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
