import { defineMessages } from '../../i18n/catalog.ts';
import { configMessages } from './config-messages.ts';

export const messages = defineMessages({
  ...configMessages,
  'calls.list.title': {
    ro: 'Apeluri de inovare',
    en: 'Innovation calls',
    hu: 'Innovációs felhívások',
  },
  'calls.list.empty': {
    ro: 'Nu există deocamdată apeluri pe care să le puteți vedea.',
    en: 'There are no calls you can see yet.',
    hu: 'Még nincs olyan felhívás, amelyet megtekinthetne.',
  },
  'calls.list.intro': {
    ro: 'Apelurile prin care angajații și cetățenii propun îmbunătățiri pentru oraș și pentru primărie.',
    en: 'The calls through which employees and citizens propose improvements for the city and its administration.',
    hu: 'A felhívások, amelyeken keresztül a munkatársak és a lakosok fejlesztéseket javasolnak a városnak és a hivatalnak.',
  },
  'calls.create.link': { ro: 'Creează un apel', en: 'Create a call', hu: 'Felhívás létrehozása' },
  'calls.create.title': {
    ro: 'Apel nou de inovare',
    en: 'New innovation call',
    hu: 'Új innovációs felhívás',
  },
  'calls.field.title': {
    ro: 'Titlu în {language}',
    en: 'Title in {language}',
    hu: 'Cím ({language})',
  },
  'calls.field.description': {
    ro: 'Descriere în {language}',
    en: 'Description in {language}',
    hu: 'Leírás ({language})',
  },
  'calls.field.opens_at': { ro: 'Se deschide la', en: 'Opens on', hu: 'Megnyílik' },
  'calls.field.closes_at': { ro: 'Se închide la', en: 'Closes on', hu: 'Lezárul' },
  'calls.field.dates_hint': {
    ro: 'Data și ora, în fusul orar al organizației ({timeZone}).',
    en: "Date and time, in the organisation's time zone ({timeZone}).",
    hu: 'Dátum és idő, a szervezet időzónájában ({timeZone}).',
  },
  'calls.field.audience': { ro: 'Cine participă', en: 'Who takes part', hu: 'Kik vehetnek részt' },
  'calls.audience.internal': {
    ro: 'Intern: doar angajații organizației',
    en: "Internal: the organisation's employees only",
    hu: 'Belső: csak a szervezet munkatársai',
  },
  'calls.audience.public': {
    ro: 'Public: oricine își poate face cont',
    en: 'Public: anyone with an account',
    hu: 'Nyilvános: bárki, akinek van fiókja',
  },
  'calls.field.categories': { ro: 'Categorii', en: 'Categories', hu: 'Kategóriák' },
  'calls.field.categories_hint': {
    ro: 'Categoriile implicite Innovato-R: Optimizare, Comunicare, Calitate, Sustenabilitate.',
    en: 'The Innovato-R default categories: Optimisation, Communication, Quality, Sustainability.',
    hu: 'Az Innovato-R alapértelmezett kategóriái: Optimalizálás, Kommunikáció, Minőség, Fenntarthatóság.',
  },
  'calls.create.submit': {
    ro: 'Creează apelul',
    en: 'Create the call',
    hu: 'Felhívás létrehozása',
  },
  'calls.created': {
    ro: 'Apelul a fost creat ca ciornă. Publicați-l când este gata.',
    en: 'The call was created as a draft. Publish it when it is ready.',
    hu: 'A felhívás piszkozatként jött létre. Tegye közzé, ha elkészült.',
  },
  'calls.closes_at.before_opens': {
    ro: 'Data de închidere trebuie să fie după data de deschidere.',
    en: 'The closing date must be after the opening date.',
    hu: 'A lezárás dátumának a megnyitás utánra kell esnie.',
  },
  'calls.state.draft': { ro: 'Ciornă', en: 'Draft', hu: 'Piszkozat' },
  'calls.state.open': { ro: 'Deschis', en: 'Open', hu: 'Nyitott' },
  'calls.state.closed': { ro: 'Închis', en: 'Closed', hu: 'Lezárt' },
  'calls.transition.publish': {
    ro: 'Publică apelul',
    en: 'Publish the call',
    hu: 'Felhívás közzététele',
  },
  'calls.transition.close': { ro: 'Închide apelul', en: 'Close the call', hu: 'Felhívás lezárása' },
  'calls.transition.reopen': {
    ro: 'Redeschide apelul',
    en: 'Reopen the call',
    hu: 'Felhívás újranyitása',
  },
  'calls.dates': {
    ro: 'Propuneri între {opens} și {closes}',
    en: 'Proposals from {opens} to {closes}',
    hu: 'Javaslatok: {opens} – {closes}',
  },
  'calls.proposals_count': {
    ro: '{count} propuneri depuse',
    en: '{count} proposals submitted',
    hu: '{count} beadott javaslat',
  },
  'calls.propose': { ro: 'Scrie o propunere', en: 'Write a proposal', hu: 'Javaslat írása' },
  'calls.not_accepting': {
    ro: 'Apelul nu primește propuneri în acest moment.',
    en: 'This call is not taking proposals at the moment.',
    hu: 'A felhívás jelenleg nem fogad javaslatokat.',
  },
  'calls.sign_in_to_propose': {
    ro: 'Autentificați-vă cu contul de angajat pentru a trimite o propunere.',
    en: 'Sign in with your employee account to send a proposal.',
    hu: 'Javaslat beküldéséhez jelentkezzen be munkatársi fiókjával.',
  },
  'calls.proposals.title': { ro: 'Propuneri', en: 'Proposals', hu: 'Javaslatok' },
  'calls.proposals.filter_category': { ro: 'Categorie', en: 'Category', hu: 'Kategória' },
  'calls.proposals.filter_q': {
    ro: 'Caută în titlu',
    en: 'Search titles',
    hu: 'Keresés a címekben',
  },
  'calls.proposals.none': {
    ro: 'Nicio propunere nu corespunde filtrelor.',
    en: 'No proposal matches the filters.',
    hu: 'Egy javaslat sem felel meg a szűrőknek.',
  },
  'calls.audience_tag.internal': { ro: 'Intern', en: 'Internal', hu: 'Belső' },
  'calls.audience_tag.public': { ro: 'Public', en: 'Public', hu: 'Nyilvános' },
});
