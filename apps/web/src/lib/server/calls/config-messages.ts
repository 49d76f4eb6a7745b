import { defineMessages } from '../../i18n/catalog.ts';

/** The call's configuration: its form, its rubric page, the rules' lock. */
export const configMessages = defineMessages({
  'calls.field.evaluation_ends_at': {
    ro: 'Sfârșitul evaluării',
    en: 'End of the evaluation',
    hu: 'Az értékelés vége',
  },
  'calls.field.decision_at': {
    ro: 'Data deciziei',
    en: 'Date of the decision',
    hu: 'A döntés napja',
  },
  'calls.field.eligible_roles': {
    ro: 'Cine poate trimite propuneri',
    en: 'Who may submit proposals',
    hu: 'Ki küldhet be javaslatot',
  },
  'calls.field.eligible_roles_hint': {
    ro: 'Pentru un apel public, orice membru al organizației poate trimite.',
    en: 'For a public call, any member of the organisation may submit.',
    hu: 'Nyilvános felhívásra a szervezet bármely tagja beküldhet.',
  },
  'calls.field.eligible_departments': {
    ro: 'Direcțiile sau instituțiile participante',
    en: 'Departments or institutions taking part',
    hu: 'Részt vevő osztályok vagy intézmények',
  },
  'calls.field.eligible_departments_hint': {
    ro: 'Nebifat niciuna: toate.',
    en: 'None ticked: all of them.',
    hu: 'Ha egyik sincs bejelölve: mindegyik.',
  },
  'calls.field.excluded_grades': {
    ro: 'Funcții care nu pot participa',
    en: 'Staff grades that may not take part',
    hu: 'Beosztások, amelyek nem vehetnek részt',
  },
  'calls.field.excluded_grades_hint': {
    ro: 'De exemplu directorii, ca la Torino.',
    en: 'For example directors, as in Turin.',
    hu: 'Például az igazgatók, mint Torinóban.',
  },
  'calls.grade.staff': { ro: 'Personal de execuție', en: 'Staff', hu: 'Végrehajtó személyzet' },
  'calls.grade.head_of_office': { ro: 'Șef de birou', en: 'Head of office', hu: 'Irodavezető' },
  'calls.grade.head_of_service': {
    ro: 'Șef de serviciu',
    en: 'Head of service',
    hu: 'Szolgálatvezető',
  },
  'calls.grade.director': { ro: 'Director', en: 'Director', hu: 'Igazgató' },
  'calls.grade.executive': {
    ro: 'Conducerea instituției',
    en: 'Executive management',
    hu: 'Intézményvezetés',
  },
  'calls.field.submission_modes': {
    ro: 'Propuneri individuale sau în echipă',
    en: 'Individual or team proposals',
    hu: 'Egyéni vagy csapatjavaslatok',
  },
  'calls.field.allows_individual': {
    ro: 'Individuale',
    en: 'Individual',
    hu: 'Egyéni',
  },
  'calls.field.allows_team': { ro: 'În echipă', en: 'In a team', hu: 'Csapatban' },
  'calls.field.max_team_size': {
    ro: 'Numărul maxim de autori într-o echipă',
    en: 'The largest team (authors)',
    hu: 'A legnagyobb csapat (szerzők száma)',
  },
  'calls.field.categories_lines': {
    ro: 'Categorii',
    en: 'Categories',
    hu: 'Kategóriák',
  },
  'calls.field.lines_hint': {
    ro: 'Câte una pe rând, în română, apoi opțional „| engleză | maghiară”.',
    en: 'One a line, in Romanian, then optionally "| English | Hungarian".',
    hu: 'Soronként egy, románul, majd opcionálisan „| angol | magyar”.',
  },
  'calls.field.tags': {
    ro: 'Etichete (opțional)',
    en: 'Tags (optional)',
    hu: 'Címkék (nem kötelező)',
  },
  'calls.field.tags_hint': {
    ro: 'Separate prin virgulă; autorii le pot alege pentru propunerile lor.',
    en: 'Separated by commas; authors may pick them for their proposals.',
    hu: 'Vesszővel elválasztva; a szerzők választhatnak közülük.',
  },
  'calls.field.anonymous_to_jury': {
    ro: 'Evaluare anonimă: juriul nu află cine a scris propunerile',
    en: 'Blind evaluation: the jury does not learn who wrote the proposals',
    hu: 'Vak értékelés: a zsűri nem tudja meg, ki írta a javaslatokat',
  },
  'calls.field.checklist': {
    ro: 'Verificarea formală: criteriile',
    en: 'Formal check: its points',
    hu: 'Formai ellenőrzés: szempontok',
  },
  'calls.field.winners_count': {
    ro: 'Numărul de câștigători',
    en: 'Number of winners',
    hu: 'Nyertesek száma',
  },
  'calls.field.support_kind': {
    ro: 'Sprijinul oferit',
    en: 'Support on offer',
    hu: 'Felajánlott támogatás',
  },
  'calls.support.budget': { ro: 'Buget', en: 'Budget', hu: 'Költségvetés' },
  'calls.support.technical_assistance': {
    ro: 'Asistență tehnică',
    en: 'Technical assistance',
    hu: 'Technikai segítség',
  },
  'calls.support.both': {
    ro: 'Buget și asistență tehnică',
    en: 'Budget and technical assistance',
    hu: 'Költségvetés és technikai segítség',
  },
  'calls.field.support_budget': {
    ro: 'Bugetul total (lei, opțional)',
    en: 'Total budget (lei, optional)',
    hu: 'Teljes költségvetés (lej, nem kötelező)',
  },
  'calls.field.support_description': {
    ro: 'Descrierea sprijinului în {language}',
    en: 'The support, described in {language}',
    hu: 'A támogatás leírása ({language})',
  },
  'calls.field.change_reason': {
    ro: 'Motivul modificării',
    en: 'Why this change',
    hu: 'A módosítás oka',
  },
  'calls.field.change_reason_hint': {
    ro: 'Apelul a început: orice modificare a regulilor se face cu un motiv, care rămâne în jurnal.',
    en: 'The call has opened: any change to its rules needs a reason, which stays in the log.',
    hu: 'A felhívás elindult: a szabályok módosításához indok kell, amely a naplóban marad.',
  },
  'calls.edit.title': {
    ro: 'Configurează apelul',
    en: 'Configure the call',
    hu: 'Felhívás beállítása',
  },
  'calls.edit.link': { ro: 'Configurează', en: 'Configure', hu: 'Beállítás' },
  'calls.edit.submit': { ro: 'Salvează', en: 'Save', hu: 'Mentés' },
  'calls.updated': {
    ro: 'Apelul a fost actualizat.',
    en: 'The call was updated.',
    hu: 'A felhívás frissült.',
  },
  'calls.number.invalid': {
    ro: 'Scrieți un număr întreg în limitele permise.',
    en: 'Enter a whole number within the allowed range.',
    hu: 'Adjon meg egy egész számot a megengedett tartományban.',
  },
  'calls.list.too_many': {
    ro: 'Lista are prea multe rânduri (cel mult 20).',
    en: 'The list has too many lines (20 at most).',
    hu: 'A lista túl sok sorból áll (legfeljebb 20).',
  },
  'calls.tags.invalid': {
    ro: 'Cel mult 30 de etichete, fiecare de cel mult 40 de caractere.',
    en: 'At most 30 tags, each of at most 40 characters.',
    hu: 'Legfeljebb 30 címke, egyenként legfeljebb 40 karakter.',
  },
  'calls.evaluation_ends_at.before_closes': {
    ro: 'Evaluarea se termină după închiderea depunerii.',
    en: 'The evaluation ends after submission closes.',
    hu: 'Az értékelés a beküldés lezárása után ér véget.',
  },
  'calls.decision_at.too_early': {
    ro: 'Decizia vine după evaluare.',
    en: 'The decision comes after the evaluation.',
    hu: 'A döntés az értékelés után következik.',
  },
  'calls.roles.required': {
    ro: 'Alegeți cel puțin un rol care poate trimite.',
    en: 'Choose at least one role that may submit.',
    hu: 'Válasszon legalább egy szerepkört, amely beküldhet.',
  },
  'calls.submission_modes.required': {
    ro: 'Permiteți propuneri individuale, în echipă, sau ambele.',
    en: 'Allow individual proposals, team ones, or both.',
    hu: 'Engedélyezze az egyéni, a csapat- vagy mindkét fajta javaslatot.',
  },
  'calls.max_team_size.required': {
    ro: 'Spuneți câți autori poate avea cel mult o echipă (2–20).',
    en: 'Say how many authors a team may have at most (2–20).',
    hu: 'Adja meg, legfeljebb hány szerzője lehet egy csapatnak (2–20).',
  },
  'calls.change_reason.required': {
    ro: 'Apelul a început: scrieți motivul modificării.',
    en: 'The call has opened: write why you change it.',
    hu: 'A felhívás elindult: írja le a módosítás okát.',
  },
  'calls.changed_meanwhile': {
    ro: 'Între timp, altcineva a modificat apelul. Reîncărcați pagina pentru a vedea versiunea nouă, apoi refaceți modificarea.',
    en: 'Someone else changed the call meanwhile. Reload the page to see the new version, then make your change again.',
    hu: 'Időközben valaki más módosította a felhívást. Töltse újra az oldalt az új változatért, majd módosítson újra.',
  },
  'calls.locked_in_evaluation': {
    ro: 'Evaluarea a început: aceasta nu se mai poate schimba.',
    en: 'The evaluation has started: this can no longer change.',
    hu: 'Az értékelés elkezdődött: ez már nem változhat.',
  },
  'calls.categories.in_use': {
    ro: 'O categorie scoasă din listă are deja propuneri; păstrați-o.',
    en: 'A category taken off the list already has proposals; keep it.',
    hu: 'Egy törölt kategóriában már vannak javaslatok; tartsa meg.',
  },
  'calls.rubric.title': {
    ro: 'Grila de evaluare',
    en: 'Evaluation rubric',
    hu: 'Értékelési szempontrendszer',
  },
  'calls.rubric.intro': {
    ro: 'Juriul notează fiecare criteriu de la 1 la 5; ponderile sunt relative.',
    en: 'The jury scores each criterion from 1 to 5; the weights are relative.',
    hu: 'A zsűri minden szempontot 1–5 között pontoz; a súlyok relatívak.',
  },
  'calls.rubric.criterion': { ro: 'Criteriu', en: 'Criterion', hu: 'Szempont' },
  'calls.rubric.weight': { ro: 'Pondere', en: 'Weight', hu: 'Súly' },
  'calls.rubric.share': { ro: 'Din total', en: 'Share', hu: 'Arány' },
  'calls.rubric.edit': { ro: 'Modifică', en: 'Edit', hu: 'Szerkesztés' },
  'calls.rubric.edit_title': {
    ro: 'Modifică criteriul „{name}”',
    en: 'Edit the criterion "{name}"',
    hu: 'A(z) „{name}” szempont szerkesztése',
  },
  'calls.rubric.add': {
    ro: 'Adaugă un criteriu',
    en: 'Add a criterion',
    hu: 'Szempont hozzáadása',
  },
  'calls.rubric.remove': {
    ro: 'Șterge criteriul',
    en: 'Remove the criterion',
    hu: 'Szempont törlése',
  },
  'calls.rubric.save': {
    ro: 'Salvează criteriul',
    en: 'Save the criterion',
    hu: 'Szempont mentése',
  },
  'calls.rubric.saved': {
    ro: 'Grila a fost actualizată.',
    en: 'The rubric was updated.',
    hu: 'A szempontrendszer frissült.',
  },
  'calls.rubric.empty': {
    ro: 'Grila nu are încă niciun criteriu.',
    en: 'The rubric has no criterion yet.',
    hu: 'A szempontrendszerben még nincs szempont.',
  },
  'calls.rubric.field.name': {
    ro: 'Numele criteriului în {language}',
    en: 'The criterion’s name in {language}',
    hu: 'A szempont neve ({language})',
  },
  'calls.rubric.field.description': {
    ro: 'Ce se judecă, în {language}',
    en: 'What is judged, in {language}',
    hu: 'Mit ítélnek meg ({language})',
  },
  'calls.rubric.field.weight': {
    ro: 'Pondere (1–100)',
    en: 'Weight (1–100)',
    hu: 'Súly (1–100)',
  },
  'calls.rubric.field.levels': {
    ro: 'Ce înseamnă fiecare notă',
    en: 'What each score means',
    hu: 'Mit jelent az egyes pontszám',
  },
  'calls.rubric.field.level': {
    ro: 'Nota {level}',
    en: 'Score {level}',
    hu: '{level} pont',
  },
  'calls.rubric.levels_hint': {
    ro: 'În română, apoi opțional „| engleză | maghiară”. Lăsați toate goale pentru descrierile generale.',
    en: 'In Romanian, then optionally "| English | Hungarian". Leave all empty for the general descriptions.',
    hu: 'Románul, majd opcionálisan „| angol | magyar”. Hagyja mind üresen az általános leírásokhoz.',
  },
  'calls.rubric.levels_incomplete': {
    ro: 'Descrieți toate cele cinci note, sau niciuna.',
    en: 'Describe all five scores, or none.',
    hu: 'Írja le mind az öt pontszámot, vagy egyiket sem.',
  },
  'calls.rubric.unknown': {
    ro: 'Criteriul nu mai există.',
    en: 'The criterion no longer exists.',
    hu: 'A szempont már nem létezik.',
  },
  'calls.rubric.last': {
    ro: 'Grila are nevoie de cel puțin un criteriu.',
    en: 'The rubric needs at least one criterion.',
    hu: 'A szempontrendszerhez legalább egy szempont kell.',
  },
  'calls.settings.heading': {
    ro: 'Regulile apelului',
    en: 'The call’s rules',
    hu: 'A felhívás szabályai',
  },
  'calls.settings.team': {
    ro: 'în echipă de cel mult {size} autori',
    en: 'in a team of up to {size} authors',
    hu: 'legfeljebb {size} fős csapatban',
  },
  'calls.settings.blind': {
    ro: 'Evaluare anonimă',
    en: 'Blind evaluation',
    hu: 'Vak értékelés',
  },
  'calls.settings.not_blind': {
    ro: 'Juriul vede autorii',
    en: 'The jury sees the authors',
    hu: 'A zsűri látja a szerzőket',
  },
  'calls.settings.anonymity': { ro: 'Anonimat', en: 'Anonymity', hu: 'Névtelenség' },
  'calls.settings.winners': { ro: 'Câștigători', en: 'Winners', hu: 'Nyertesek' },
  'calls.settings.support': { ro: 'Sprijin', en: 'Support', hu: 'Támogatás' },
  'calls.settings.phases': { ro: 'Calendar', en: 'Timeline', hu: 'Ütemterv' },
  'calls.settings.who': { ro: 'Cine participă', en: 'Who takes part', hu: 'Kik vesznek részt' },
});
