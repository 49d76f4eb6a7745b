import { defineMessages } from '../catalog.ts';

export const common = defineMessages({
  'common.save': { ro: 'Salvează', en: 'Save', hu: 'Mentés' },
  'common.cancel': { ro: 'Renunță', en: 'Cancel', hu: 'Mégse' },
  'common.search': { ro: 'Caută', en: 'Search', hu: 'Keresés' },
  'common.filter': { ro: 'Filtrează', en: 'Filter', hu: 'Szűrés' },
  'common.all': { ro: 'Toate', en: 'All', hu: 'Mind' },
  'common.back': { ro: 'Înapoi', en: 'Back', hu: 'Vissza' },
  'common.optional': { ro: '(opțional)', en: '(optional)', hu: '(nem kötelező)' },
  'common.none': {
    ro: 'Nimic de afișat.',
    en: 'Nothing to show.',
    hu: 'Nincs megjeleníthető elem.',
  },
  'common.yes': { ro: 'Da', en: 'Yes', hu: 'Igen' },
  'common.no': { ro: 'Nu', en: 'No', hu: 'Nem' },
  'common.date': { ro: 'Data', en: 'Date', hu: 'Dátum' },
  'common.actions': { ro: 'Acțiuni', en: 'Actions', hu: 'Műveletek' },
  'common.results_count': {
    ro: '{count} rezultate',
    en: '{count} results',
    hu: '{count} találat',
  },
  'pagination.label': { ro: 'Paginare', en: 'Pagination', hu: 'Lapozás' },
  'pagination.previous': { ro: 'Pagina anterioară', en: 'Previous page', hu: 'Előző oldal' },
  'pagination.next': { ro: 'Pagina următoare', en: 'Next page', hu: 'Következő oldal' },
  'pagination.page': { ro: 'Pagina {page}', en: 'Page {page}', hu: '{page}. oldal' },
  'pagination.status': {
    ro: 'Pagina {page} din {pages}',
    en: 'Page {page} of {pages}',
    hu: '{page}. oldal / {pages}',
  },
  'error_summary.title': { ro: 'Există o problemă', en: 'There is a problem', hu: 'Probléma van' },
  'form.required': {
    ro: 'Completați acest câmp.',
    en: 'Fill in this field.',
    hu: 'Töltse ki ezt a mezőt.',
  },
  'form.too_long': {
    ro: 'Scrieți cel mult {max} caractere.',
    en: 'Use at most {max} characters.',
    hu: 'Legfeljebb {max} karaktert használjon.',
  },
  'form.too_short': {
    ro: 'Scrieți cel puțin {min} caractere.',
    en: 'Use at least {min} characters.',
    hu: 'Legalább {min} karaktert használjon.',
  },
  'form.invalid': {
    ro: 'Valoarea nu este validă.',
    en: 'This value is not valid.',
    hu: 'Az érték érvénytelen.',
  },
  'form.invalid_choice': {
    ro: 'Alegeți una dintre opțiunile oferite.',
    en: 'Choose one of the options offered.',
    hu: 'Válasszon a felkínált lehetőségek közül.',
  },
  'form.control_chars': {
    ro: 'Textul conține caractere de control care nu pot fi păstrate.',
    en: 'The text contains control characters that cannot be stored.',
    hu: 'A szöveg nem tárolható vezérlőkaraktereket tartalmaz.',
  },
  'form.invalid_datetime': {
    ro: 'Introduceți o dată și o oră reale, de exemplu 2026-03-01 09:00.',
    en: 'Enter a real date and time, for example 2026-03-01 09:00.',
    hu: 'Adjon meg valós dátumot és időt, például 2026-03-01 09:00.',
  },
  'form.invalid_email': {
    ro: 'Introduceți o adresă de e-mail validă, de exemplu nume@exemplu.ro.',
    en: 'Enter a valid e-mail address, such as name@example.org.',
    hu: 'Adjon meg érvényes e-mail-címet, például nev@pelda.hu.',
  },
  'form.translation_hint': {
    ro: 'Dacă lipsește, se afișează textul în română.',
    en: 'If left empty, the Romanian text is shown.',
    hu: 'Ha üresen marad, a román szöveg jelenik meg.',
  },
  'form.saved': {
    ro: 'Modificările au fost salvate.',
    en: 'Your changes were saved.',
    hu: 'A módosításokat mentettük.',
  },
  'errors.not_found': {
    ro: 'Pagina nu a fost găsită',
    en: 'Page not found',
    hu: 'Az oldal nem található',
  },
  'errors.not_found_body': {
    ro: 'Verificați adresa sau întoarceți-vă la pagina principală.',
    en: 'Check the address, or go back to the home page.',
    hu: 'Ellenőrizze a címet, vagy térjen vissza a kezdőlapra.',
  },
  'errors.forbidden': { ro: 'Acces interzis', en: 'Access denied', hu: 'Hozzáférés megtagadva' },
  'errors.forbidden_body': {
    ro: 'Nu aveți permisiunea pentru această acțiune. Dacă credeți că este o greșeală, contactați administratorul.',
    en: 'You do not have permission for this. If you think this is a mistake, contact the administrator.',
    hu: 'Ehhez nincs jogosultsága. Ha tévedésnek gondolja, forduljon az adminisztrátorhoz.',
  },
  'errors.conflict': {
    ro: 'Acest pas nu mai este posibil',
    en: 'This can no longer be done',
    hu: 'Ez már nem lehetséges',
  },
  'errors.conflict_body': {
    ro: 'Starea a ceea ce ați deschis s-a schimbat între timp.',
    en: 'What you opened has changed state in the meantime.',
    hu: 'A megnyitott elem állapota időközben megváltozott.',
  },
  'errors.unavailable': {
    ro: 'Serviciul este indisponibil pentru moment',
    en: 'The service is unavailable for a moment',
    hu: 'A szolgáltatás átmenetileg nem érhető el',
  },
  'errors.unavailable_body': {
    ro: 'Nu putem ajunge la baza de date. Nimic din ce ați trimis nu s-a pierdut; încercați din nou peste un minut.',
    en: 'We cannot reach the database. Nothing you sent was lost; please try again in a minute.',
    hu: 'Nem érjük el az adatbázist. Semmi sem veszett el abból, amit elküldött; próbálja újra egy perc múlva.',
  },
  'errors.too_large': {
    ro: 'Formularul trimis este prea mare',
    en: 'What you sent is too large',
    hu: 'Az elküldött űrlap túl nagy',
  },
  'errors.too_large_body': {
    ro: 'Textele unui formular pot avea împreună cel mult {max}; nu s-a salvat nimic. Întoarceți-vă la formular (textul este încă acolo), scurtați-l și trimiteți-l din nou. Fișierele se trimit prin câmpul lor de încărcare.',
    en: "A form's texts may be at most {max} together; nothing was saved. Go back to the form (your text is still there), shorten it and send it again. Files go through their own upload field.",
    hu: 'Egy űrlap szövegei együtt legfeljebb {max} méretűek lehetnek; semmit sem mentettünk. Térjen vissza az űrlaphoz (a szöveg még ott van), rövidítse le, és küldje el újra. A fájlokat a saját feltöltési mezőjükön küldje.',
  },
  'errors.unexpected': { ro: 'A apărut o eroare', en: 'Something went wrong', hu: 'Hiba történt' },
  'errors.unexpected_body': {
    ro: 'Nu s-a pierdut nimic din ce ați trimis. Încercați din nou; dacă problema persistă, menționați codul {id}.',
    en: 'Nothing you sent was lost. Try again; if it keeps happening, quote the code {id}.',
    hu: 'Semmi sem veszett el abból, amit elküldött. Próbálja újra; ha a hiba ismétlődik, adja meg ezt a kódot: {id}.',
  },
  'errors.invalid': {
    ro: 'Corectați câmpurile marcate.',
    en: 'Correct the marked fields.',
    hu: 'Javítsa a megjelölt mezőket.',
  },
  'errors.duplicate': {
    ro: 'Această valoare există deja.',
    en: 'This value already exists.',
    hu: 'Ez az érték már létezik.',
  },
  'errors.try_again': {
    ro: 'Altcineva a modificat aceleași date în același timp. Încercați din nou.',
    en: 'Someone changed the same data at the same time. Try again.',
    hu: 'Valaki egyidejűleg módosította ugyanezeket az adatokat. Próbálja újra.',
  },
  'errors.rate_limited': {
    ro: 'Prea multe încercări. Așteptați câteva minute și încercați din nou.',
    en: 'Too many attempts. Wait a few minutes and try again.',
    hu: 'Túl sok próbálkozás. Várjon néhány percet, majd próbálja újra.',
  },
  'errors.state_changed': {
    ro: 'Starea s-a schimbat între timp. Reîncărcați pagina.',
    en: 'The state changed in the meantime. Reload the page.',
    hu: 'Az állapot időközben megváltozott. Töltse újra az oldalt.',
  },
});
