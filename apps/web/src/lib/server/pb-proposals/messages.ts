import { defineMessages } from '../../i18n/catalog.ts';
import { uiMessages } from './ui-messages.ts';

/** What the domain says: refusals and field messages (ro / en / hu). */
export const messages = defineMessages({
  ...uiMessages,
  'pb_proposals.rules.number': {
    ro: 'Introduceți un număr întreg din intervalul permis.',
    en: 'Enter a whole number within the allowed range.',
    hu: 'Adjon meg egy egész számot a megengedett tartományban.',
  },
  'pb_proposals.rules.criteria': {
    ro: 'Cel mult 30 de criterii, fiecare de cel mult 300 de caractere, câte unul pe rând.',
    en: 'At most 30 criteria, one per line, each at most 300 characters.',
    hu: 'Legfeljebb 30 feltétel, soronként egy, egyenként legfeljebb 300 karakter.',
  },
  'pb_proposals.rules.locked': {
    ro: 'Regulile propunerilor nu se mai pot schimba: analiza a început.',
    en: 'The proposal rules can no longer change: the analysis has begun.',
    hu: 'A javaslatok szabályai már nem módosíthatók: az elemzés megkezdődött.',
  },
  'pb_proposals.form.latitude': {
    ro: 'Latitudinea este un număr zecimal între -85 și 85 (de exemplu 46,7712).',
    en: 'The latitude is a decimal number between -85 and 85 (for example 46.7712).',
    hu: 'A szélesség -85 és 85 közötti tizedes szám (például 46,7712).',
  },
  'pb_proposals.form.longitude': {
    ro: 'Longitudinea este un număr zecimal între -180 și 180 (de exemplu 23,6236).',
    en: 'The longitude is a decimal number between -180 and 180 (for example 23.6236).',
    hu: 'A hosszúság -180 és 180 közötti tizedes szám (például 23,6236).',
  },
  'pb_proposals.form.both_coordinates': {
    ro: 'Completați ambele coordonate sau niciuna.',
    en: 'Fill in both coordinates or neither.',
    hu: 'Mindkét koordinátát adja meg, vagy egyiket sem.',
  },
  'pb_proposals.submission_closed': {
    ro: 'Propunerile nu se pot depune acum: etapa de depunere nu este deschisă.',
    en: 'Proposals cannot be submitted now: the submission phase is not open.',
    hu: 'Most nem lehet javaslatot benyújtani: a benyújtási szakasz nincs nyitva.',
  },
  'pb_proposals.analysis_closed': {
    ro: 'Analiza se face doar în etapa de analiză tehnică și juridică.',
    en: 'The analysis is done only in the technical and legal analysis phase.',
    hu: 'Az elemzés csak a műszaki és jogi elemzés szakaszában végezhető.',
  },
  'pb_proposals.sign_in': {
    ro: 'Pentru a depune o propunere, intrați în cont.',
    en: 'To submit a proposal, sign in.',
    hu: 'Javaslat benyújtásához jelentkezzen be.',
  },
  'pb_proposals.too_young': {
    ro: 'După anul nașterii declarat, nu aveți încă vârsta cerută de acest proces.',
    en: 'By the year of birth you declared, you are not yet of the age this process asks.',
    hu: 'A megadott születési év alapján még nem érte el a folyamat által kért kort.',
  },
  'pb_proposals.group_too_small': {
    ro: 'Acest proces cere un grup de autori: invitați coautori și așteptați să accepte înainte de depunere.',
    en: 'This process asks for a group of authors: invite co-authors and wait for them to accept before submitting.',
    hu: 'Ez a folyamat szerzői csoportot kér: hívjon meg társszerzőket, és várja meg, hogy elfogadják, mielőtt benyújtja.',
  },
  'pb_proposals.analysis_incomplete': {
    ro: 'Analizați mai întâi fiecare criteriu.',
    en: 'First analyse every criterion.',
    hu: 'Először elemezzen minden feltételt.',
  },
  'pb_proposals.criteria_failed': {
    ro: 'Un criteriu nu este îndeplinit: propunerea nu poate fi eligibilă. Marcați-o neeligibilă, cu motivele.',
    en: 'A criterion is not met: the proposal cannot be eligible. Mark it ineligible, with the reasons.',
    hu: 'Egy feltétel nem teljesül: a javaslat nem lehet jogosult. Jelölje nem jogosultnak, indoklással.',
  },
  'pb_proposals.city_cost_missing': {
    ro: 'Introduceți mai întâi estimarea de cost a primăriei.',
    en: 'First enter the city’s cost estimate.',
    hu: 'Először adja meg a város költségbecslését.',
  },
  'pb_proposals.merge.self': {
    ro: 'O propunere nu poate fi unită cu ea însăși.',
    en: 'A proposal cannot be merged into itself.',
    hu: 'Egy javaslat nem egyesíthető önmagával.',
  },
  'pb_proposals.merge.target': {
    ro: 'Alegeți o propunere depusă sau eligibilă din același proces.',
    en: 'Choose a submitted or eligible proposal of the same process.',
    hu: 'Válasszon egy benyújtott vagy jogosult javaslatot ugyanabból a folyamatból.',
  },
  'pb_proposals.limit_reached': {
    ro: 'Ați depus deja numărul maxim de propuneri în acest domeniu.',
    en: 'You have already submitted the most proposals allowed in this domain.',
    hu: 'Már benyújtotta az ezen a területen megengedett legtöbb javaslatot.',
  },
  'pb_proposals.domain_unknown': {
    ro: 'Alegeți unul dintre domeniile procesului.',
    en: 'Choose one of the process’s domains.',
    hu: 'Válasszon a folyamat területei közül.',
  },
  'pb_proposals.over_cap': {
    ro: 'Costul depășește plafonul pe proiect al procesului (TVA inclus).',
    en: 'The cost is over the process’s cap per project (VAT included).',
    hu: 'A költség meghaladja a folyamat projektenkénti plafonját (áfával).',
  },
  'pb_proposals.members.not_draft': {
    ro: 'Coautorii se invită doar cât propunerea este ciornă.',
    en: 'Co-authors are invited only while the proposal is a draft.',
    hu: 'Társszerzőket csak piszkozat állapotban lehet meghívni.',
  },
  'pb_proposals.members.self': {
    ro: 'Sunteți deja autorul propunerii.',
    en: 'You are already the proposal’s author.',
    hu: 'Ön már a javaslat szerzője.',
  },
  'pb_proposals.appeal.not_ineligible': {
    ro: 'Doar o propunere neeligibilă poate fi contestată.',
    en: 'Only an ineligible proposal can be appealed.',
    hu: 'Csak nem jogosult javaslat ellen lehet fellebbezni.',
  },
  'pb_proposals.appeal.closed': {
    ro: 'Contestațiile nu se pot depune sau decide acum: etapa contestațiilor nu este deschisă.',
    en: 'Appeals cannot be made or decided now: the appeals phase is not open.',
    hu: 'Most nem lehet fellebbezni vagy fellebbezésről dönteni: a fellebbezési szakasz nincs nyitva.',
  },
  'pb_proposals.appeal.already': {
    ro: 'Propunerea a fost deja contestată; o propunere se contestă o singură dată.',
    en: 'The proposal has already been appealed; a proposal is appealed once.',
    hu: 'A javaslat ellen már fellebbeztek; egy javaslat ellen egyszer lehet fellebbezni.',
  },
  'pb_proposals.notify.eligible.label': {
    ro: 'O propunere de buget participativ a ajuns pe buletinul de vot',
    en: 'A participatory-budgeting proposal is on the ballot',
    hu: 'Egy részvételi költségvetési javaslat felkerült a szavazólapra',
  },
  'pb_proposals.notify.eligible.title': {
    ro: 'Propunere eligibilă, pe buletinul de vot: {title}',
    en: 'Proposal eligible, on the ballot: {title}',
    hu: 'Jogosult javaslat, a szavazólapon: {title}',
  },
  'pb_proposals.notify.eligible.body': {
    ro: 'Propunerea a trecut analiza tehnică și juridică și va fi supusă votului, la costul estimat de primărie.',
    en: 'The proposal passed the technical and legal analysis and goes to the vote, at the city’s cost estimate.',
    hu: 'A javaslat megfelelt a műszaki és jogi elemzésen, és a város költségbecslésével szavazásra kerül.',
  },
  'pb_proposals.notify.merged_in.label': {
    ro: 'O altă propunere a fost unită cu a dumneavoastră',
    en: 'Another proposal was merged into yours',
    hu: 'Egy másik javaslatot egyesítettek az Önével',
  },
  'pb_proposals.notify.merged_in.title': {
    ro: 'Propunere unită cu a dumneavoastră: {title}',
    en: 'Proposal merged into yours: {title}',
    hu: 'Az Önéhez egyesített javaslat: {title}',
  },
  'pb_proposals.notify.merged_in.body': {
    ro: 'Propunerea „{note}” a fost unită cu a dumneavoastră, pe aceeași idee.',
    en: 'The proposal “{note}” was merged into yours, on the same idea.',
    hu: 'A(z) „{note}” javaslatot az Önéhez egyesítették, azonos ötlet alapján.',
  },
  'pb_proposals.notify.invited.label': {
    ro: 'Sunteți invitat drept coautor al unei propuneri',
    en: 'You are invited to co-author a proposal',
    hu: 'Társszerzőnek hívták meg egy javaslathoz',
  },
  'pb_proposals.notify.invited.title': {
    ro: 'Invitație de coautor: {title}',
    en: 'Co-author invitation: {title}',
    hu: 'Társszerzői meghívás: {title}',
  },
  'pb_proposals.notify.invited.body': {
    ro: 'Acceptați sau refuzați din pagina propunerii.',
    en: 'Accept or decline on the proposal’s page.',
    hu: 'Fogadja el vagy utasítsa el a javaslat oldalán.',
  },
  'pb_proposals.notify.appeal_decided.label': {
    ro: 'O contestație a fost decisă',
    en: 'An appeal was decided',
    hu: 'Döntés született egy fellebbezésről',
  },
  'pb_proposals.notify.appeal_decided.title': {
    ro: 'Contestație decisă: {title}',
    en: 'Appeal decided: {title}',
    hu: 'Fellebbezés elbírálva: {title}',
  },
  'pb_proposals.notify.appeal_decided.body': {
    ro: 'Motivarea: {note}',
    en: 'The reasons: {note}',
    hu: 'Az indoklás: {note}',
  },
});
