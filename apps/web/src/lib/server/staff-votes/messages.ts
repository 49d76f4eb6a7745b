import { defineMessages } from '../../i18n/catalog.ts';

/** A call's staff vote: its administration page, the call's pages, and its errors. */
export const messages = defineMessages({
  'staff_vote.process_title': {
    ro: 'Votul angajaților: {call}',
    en: 'Staff vote: {call}',
    hu: 'Munkatársi szavazás: {call}',
  },
  'staff_vote.title': { ro: 'Votul angajaților', en: 'Staff vote', hu: 'Munkatársi szavazás' },
  'staff_vote.intro': {
    ro: 'Angajații primăriei votează propunerile apelului în aceeași cabină de vot, cu aceleași reguli și același motor de numărare ca bugetarea participativă. Fiecare angajat are un singur buletin. Rezultatul este alegerea angajaților, alături de decizia juriului.',
    en: 'City hall’s employees vote on the call’s proposals in the same voting booth, with the same rules and counting engine as participatory budgeting. Each employee has one ballot. The result is the staff’s choice, shown beside the jury’s decision.',
    hu: 'A városháza munkatársai ugyanabban a szavazófülkében, ugyanazokkal a szabályokkal és számlálóval szavaznak a pályázat javaslataira, mint a részvételi költségvetésben. Minden munkatársnak egy szavazólapja van. Az eredmény a munkatársak választása, a zsűri döntése mellett.',
  },
  'staff_vote.blind': {
    ro: 'Buletinul arată propunerile fără autorii lor.',
    en: 'The ballot shows the proposals without their authors.',
    hu: 'A szavazólap a javaslatokat szerzőik nélkül mutatja.',
  },
  'staff_vote.off': {
    ro: 'Acest apel nu are încă un vot al angajaților.',
    en: 'This call has no staff vote yet.',
    hu: 'Ennek a pályázatnak még nincs munkatársi szavazása.',
  },
  'staff_vote.ballot_size': {
    ro: 'Pe buletin vor fi {count} propuneri: cele care au trecut verificarea formală și nu au încă o decizie.',
    en: '{count} proposals will be on the ballot: those past the formal check without a decision yet.',
    hu: '{count} javaslat kerül a szavazólapra: a formai ellenőrzésen átment, még döntés nélküli javaslatok.',
  },
  'staff_vote.enable': {
    ro: 'Porniți votul angajaților',
    en: 'Turn on the staff vote',
    hu: 'Munkatársi szavazás indítása',
  },
  'staff_vote.enabled': {
    ro: 'Votul angajaților este pornit.',
    en: 'The staff vote is on.',
    hu: 'A munkatársi szavazás elindult.',
  },
  'staff_vote.dates': { ro: 'Date', en: 'Dates', hu: 'Időpontok' },
  'staff_vote.field.opens_at': {
    ro: 'Votul se deschide la',
    en: 'Voting opens at',
    hu: 'A szavazás kezdete',
  },
  'staff_vote.field.closes_at': {
    ro: 'Votul se închide la',
    en: 'Voting closes at',
    hu: 'A szavazás vége',
  },
  'staff_vote.field.results_at': {
    ro: 'Rezultatele se publică la',
    en: 'Results are published at',
    hu: 'Az eredmények közzététele',
  },
  'staff_vote.voters': {
    ro: 'Au votat {count} angajați.',
    en: '{count} employees have voted.',
    hu: '{count} munkatárs szavazott.',
  },
  'staff_vote.booth_link': {
    ro: 'Cabina de vot',
    en: 'The voting booth',
    hu: 'A szavazófülke',
  },
  'staff_vote.manage_link': {
    ro: 'Reguli, calendar și validarea voturilor',
    en: 'Rules, timeline and vote validation',
    hu: 'Szabályok, ütemterv és a szavazatok ellenőrzése',
  },
  'staff_vote.tally_hidden': {
    ro: 'Numărătoarea se arată după închiderea votului.',
    en: 'The count is shown once voting has closed.',
    hu: 'Az eredmény a szavazás lezárása után látható.',
  },
  'staff_vote.provisional': {
    ro: 'Numărătoare provizorie: în validare, unele buletine pot fi încă anulate.',
    en: 'Provisional count: during validation, ballots may still be invalidated.',
    hu: 'Ideiglenes eredmény: az ellenőrzés alatt egyes szavazólapok még érvényteleníthetők.',
  },
  'staff_vote.count_title': {
    ro: 'Alegerea angajaților',
    en: 'The staff’s choice',
    hu: 'A munkatársak választása',
  },
  'staff_vote.chosen': { ro: 'Aleasă', en: 'Chosen', hu: 'Kiválasztva' },
  'staff_vote.not_chosen': { ro: 'Nealeasă', en: 'Not chosen', hu: 'Nincs kiválasztva' },
  'staff_vote.publish': {
    ro: 'Publicați alegerea angajaților pe pagina rezultatelor apelului',
    en: 'Publish the staff’s choice on the call’s results page',
    hu: 'A munkatársak választásának közzététele a pályázat eredményoldalán',
  },
  'staff_vote.published': {
    ro: 'Alegerea angajaților a fost publicată pe pagina rezultatelor apelului.',
    en: 'The staff’s choice is published on the call’s results page.',
    hu: 'A munkatársak választása megjelent a pályázat eredményoldalán.',
  },
  'staff_vote.publish_when': {
    ro: 'Alegerea se poate publica după ce votul ajunge în faza rezultatelor.',
    en: 'The choice can be published once the vote reaches its results phase.',
    hu: 'A választás akkor tehető közzé, amikor a szavazás az eredmények szakaszába ér.',
  },
  'staff_vote.choice_intro': {
    ro: '{ballots} angajați au votat; numărate cu {rule}.',
    en: '{ballots} employees voted; counted with {rule}.',
    hu: '{ballots} munkatárs szavazott; számlálás: {rule}.',
  },
  'staff_vote.choice_none': {
    ro: 'Votul angajaților nu a ales nicio propunere.',
    en: 'The staff vote chose no proposal.',
    hu: 'A munkatársi szavazás egyetlen javaslatot sem választott.',
  },
  'staff_vote.call_link': {
    ro: 'Votul angajaților',
    en: 'Staff vote',
    hu: 'Munkatársi szavazás',
  },
  'staff_vote.vote_link': {
    ro: 'Votați propunerile acestui apel',
    en: 'Vote on this call’s proposals',
    hu: 'Szavazzon a pályázat javaslataira',
  },
  'staff_vote.already': {
    ro: 'Acest apel are deja un vot al angajaților.',
    en: 'This call already has a staff vote.',
    hu: 'Ennek a pályázatnak már van munkatársi szavazása.',
  },
  'staff_vote.no_proposals': {
    ro: 'Nicio propunere nu a trecut încă verificarea formală: nu este nimic de votat.',
    en: 'No proposal has passed the formal check yet: there is nothing to vote on.',
    hu: 'Még egyetlen javaslat sem ment át a formai ellenőrzésen: nincs miről szavazni.',
  },
  'staff_vote.not_counted': {
    ro: 'Votul angajaților nu a ajuns încă în faza rezultatelor.',
    en: 'The staff vote has not reached its results phase yet.',
    hu: 'A munkatársi szavazás még nem érte el az eredmények szakaszát.',
  },
  'staff_vote.internal': {
    ro: 'Votul angajaților este un proces intern: votează doar angajații.',
    en: 'A staff vote is an internal process: only employees vote.',
    hu: 'A munkatársi szavazás belső folyamat: csak a munkatársak szavaznak.',
  },
  'staff_vote.cost_not_stated': {
    ro: 'Cost nedeclarat',
    en: 'Cost not stated',
    hu: 'A költség nincs megadva',
  },
  'staff_vote.costs_missing': {
    ro: 'Un buletin cu buget adună costurile proiectelor, dar unele propuneri nu își declară costul. Alegeți un vot prin aprobare sau cu puncte.',
    en: 'A budget ballot adds up the projects’ costs, but some proposals state no cost. Choose an approval or points ballot.',
    hu: 'A költségvetési szavazólap összeadja a projektek költségét, de egyes javaslatok nem adják meg a költségüket. Válasszon jóváhagyó vagy pontozásos szavazást.',
  },
  'staff_vote.costs_missing_count': {
    ro: 'Numărarea greedy și MES finanțează proiecte după cost, în limita bugetului, dar unele propuneri nu își declară costul. Alegeți regula Cluj (cele mai multe voturi).',
    en: 'Greedy and MES counting fund projects by their costs within the budget, but some proposals state no cost. Choose Cluj’s rule (most votes).',
    hu: 'A mohó és az MES számlálás a költségük alapján, a költségvetésen belül finanszíroz projekteket, de egyes javaslatok nem adják meg a költségüket. Válassza a kolozsvári szabályt (legtöbb szavazat).',
  },
  'staff_vote.not_draft': {
    ro: 'Votul s-a deschis deja: buletinul și votul angajaților rămân așa cum sunt.',
    en: 'Voting has already opened: the ballot and the staff vote stay as they are.',
    hu: 'A szavazás már megnyílt: a szavazólap és a munkatársi szavazás változatlan marad.',
  },
  'staff_vote.turn_off': {
    ro: 'Opriți votul angajaților',
    en: 'Turn off the staff vote',
    hu: 'A munkatársi szavazás kikapcsolása',
  },
  'staff_vote.turned_off': {
    ro: 'Votul angajaților a fost oprit; procesul său a fost șters.',
    en: 'The staff vote is off; its process is removed.',
    hu: 'A munkatársi szavazás kikapcsolva; a folyamata törölve.',
  },
  'staff_vote.rebuild': {
    ro: 'Refaceți buletinul din propunerile de acum',
    en: 'Rebuild the ballot from the proposals as they are now',
    hu: 'A szavazólap újraépítése a mostani javaslatokból',
  },
  'staff_vote.rebuilt': {
    ro: 'Buletinul a fost refăcut din propunerile apelului.',
    en: 'The ballot is rebuilt from the call’s proposals.',
    hu: 'A szavazólap újraépült a pályázat javaslataiból.',
  },
  'staff_vote.draft_hint': {
    ro: 'Până la deschiderea votului, buletinul se poate reface (propunerile devenite eligibile între timp intră pe el), iar votul se poate opri.',
    en: 'Until voting opens, the ballot can be rebuilt (proposals that became eligible since join it) and the vote turned off.',
    hu: 'A szavazás megnyitásáig a szavazólap újraépíthető (az azóta elfogadott javaslatok felkerülnek rá), és a szavazás kikapcsolható.',
  },
  'staff_vote.notify.opened.label': {
    ro: 'S-a deschis un vot al angajaților',
    en: 'A staff vote has opened',
    hu: 'Megnyílt egy munkatársi szavazás',
  },
  'staff_vote.notify.opened.title': {
    ro: 'Votați propunerile apelului „{call}”',
    en: 'Vote on the proposals of “{call}”',
    hu: 'Szavazzon a(z) „{call}” pályázat javaslataira',
  },
  'staff_vote.notify.opened.body': {
    ro: 'Votul angajaților s-a deschis. Fiecare angajat are un buletin, pe care îl poate schimba până la închiderea votului.',
    en: 'The staff vote is open. Each employee has one ballot, which they can change until voting closes.',
    hu: 'A munkatársi szavazás megnyílt. Minden munkatársnak egy szavazólapja van, amelyet a szavazás lezárásáig módosíthat.',
  },
});
