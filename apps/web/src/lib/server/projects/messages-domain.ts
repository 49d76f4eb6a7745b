import { defineMessages } from '../../i18n/catalog.ts';

/** The words of the register: states, statuses, metrics, areas, and the domain's errors. */
export const domainMessages = defineMessages({
  'projects.state.planned': { ro: 'Planificat', en: 'Planned', hu: 'Tervezett' },
  'projects.state.mvp_in_progress': {
    ro: 'MVP în lucru',
    en: 'MVP in progress',
    hu: 'MVP folyamatban',
  },
  'projects.state.mvp_tested': { ro: 'MVP testat', en: 'MVP tested', hu: 'MVP tesztelve' },
  'projects.state.adopted': {
    ro: 'Adoptat de direcție',
    en: 'Adopted by the department',
    hu: 'Az igazgatóság átvette',
  },
  'projects.state.stopped': { ro: 'Oprit', en: 'Stopped', hu: 'Leállítva' },
  'projects.state.implemented': { ro: 'Implementat', en: 'Implemented', hu: 'Megvalósítva' },
  'projects.step.start_mvp': { ro: 'Începe MVP-ul', en: 'Start the MVP', hu: 'MVP indítása' },
  'projects.step.complete_mvp': {
    ro: 'MVP testat',
    en: 'Mark the MVP tested',
    hu: 'MVP tesztelve',
  },
  'projects.step.adopt': {
    ro: 'Adoptat de direcție',
    en: 'Adopted by the department',
    hu: 'Az igazgatóság átvette',
  },
  'projects.step.implement': {
    ro: 'Marchează implementat',
    en: 'Mark implemented',
    hu: 'Megvalósítottnak jelöl',
  },
  'projects.step.stop': {
    ro: 'Oprește proiectul',
    en: 'Stop the project',
    hu: 'Projekt leállítása',
  },
  'projects.milestone.not_started': { ro: 'Neînceput', en: 'Not started', hu: 'Nem kezdődött el' },
  'projects.milestone.in_progress': { ro: 'În lucru', en: 'In progress', hu: 'Folyamatban' },
  'projects.milestone.done': { ro: 'Finalizat', en: 'Done', hu: 'Kész' },
  'projects.milestone.blocked': { ro: 'Blocat', en: 'Blocked', hu: 'Elakadt' },
  'projects.metric.ron': { ro: 'Bani (lei)', en: 'Money (RON)', hu: 'Pénz (lej)' },
  'projects.metric.eur': { ro: 'Bani (euro)', en: 'Money (EUR)', hu: 'Pénz (euró)' },
  'projects.metric.staff_hours': { ro: 'Ore de muncă', en: 'Staff hours', hu: 'Munkaórák' },
  'projects.metric.paper_sheets': { ro: 'Coli de hârtie', en: 'Paper sheets', hu: 'Papírlapok' },
  'projects.metric.kwh': { ro: 'Energie (kWh)', en: 'Energy (kWh)', hu: 'Energia (kWh)' },
  'projects.metric.co2e_kg': { ro: 'CO₂e (kg)', en: 'CO₂e (kg)', hu: 'CO₂e (kg)' },
  'projects.metric.custom': { ro: 'Altă măsură', en: 'Other measure', hu: 'Egyéb mérték' },
  'projects.recurrence.one_off': { ro: 'O singură dată', en: 'One-off', hu: 'Egyszeri' },
  'projects.recurrence.monthly': { ro: 'Lunar', en: 'Monthly', hu: 'Havonta' },
  'projects.recurrence.quarterly': { ro: 'Trimestrial', en: 'Quarterly', hu: 'Negyedévente' },
  'projects.recurrence.yearly': { ro: 'Anual', en: 'Yearly', hu: 'Évente' },
  'projects.climate.buildings_energy': {
    ro: 'Clădiri și energie',
    en: 'Buildings and energy',
    hu: 'Épületek és energia',
  },
  'projects.climate.mobility': { ro: 'Mobilitate', en: 'Mobility', hu: 'Mobilitás' },
  'projects.climate.waste_circular': {
    ro: 'Deșeuri și economie circulară',
    en: 'Waste and circular economy',
    hu: 'Hulladék és körforgásos gazdaság',
  },
  'projects.climate.green_spaces': {
    ro: 'Spații verzi',
    en: 'Green spaces',
    hu: 'Zöldterületek',
  },
  'projects.climate.digital_paperless': {
    ro: 'Administrație digitală, fără hârtie',
    en: 'Digital, paperless administration',
    hu: 'Digitális, papírmentes ügyintézés',
  },
  'projects.climate.adaptation': {
    ro: 'Adaptare la schimbările climatice',
    en: 'Climate adaptation',
    hu: 'Alkalmazkodás az éghajlatváltozáshoz',
  },
  'projects.climate.none': { ro: 'Niciuna', en: 'None', hu: 'Nincs' },
  'projects.role.team': { ro: 'Echipă', en: 'Team', hu: 'Csapat' },
  'projects.role.mentor': { ro: 'Mentor', en: 'Mentor', hu: 'Mentor' },
  'projects.form.date': {
    ro: 'Scrieți o dată de forma 2026-03-31.',
    en: 'Enter a date like 2026-03-31.',
    hu: 'Adjon meg egy dátumot, például 2026-03-31.',
  },
  'projects.form.figure': {
    ro: 'Scrieți un număr, cu cel mult două zecimale.',
    en: 'Enter a number with at most two decimals.',
    hu: 'Adjon meg egy számot legfeljebb két tizedesjeggyel.',
  },
  'projects.form.weight': {
    ro: 'Ponderea este un număr întreg între 1 și 100.',
    en: 'The weight is a whole number from 1 to 100.',
    hu: 'A súly 1 és 100 közötti egész szám.',
  },
  'projects.form.period': {
    ro: 'Sfârșitul perioadei nu poate fi înaintea începutului.',
    en: 'The period cannot end before it starts.',
    hu: 'Az időszak vége nem lehet a kezdete előtt.',
  },
  'projects.proposals.not_selected': {
    ro: 'Alegeți propuneri selectate ale acestei organizații.',
    en: 'Choose selected proposals of this organisation.',
    hu: 'Válassza a szervezet kiválasztott javaslatait.',
  },
  'projects.proposals.taken': {
    ro: 'O propunere aleasă este deja într-un proiect.',
    en: 'A chosen proposal is already in a project.',
    hu: 'Egy választott javaslat már egy projekthez tartozik.',
  },
  'projects.people.unknown': {
    ro: 'Alegeți persoane din această organizație.',
    en: 'Choose people of this organisation.',
    hu: 'Válasszon a szervezet tagjai közül.',
  },
  'projects.department.unknown': {
    ro: 'Alegeți o direcție a acestei organizații.',
    en: 'Choose a department of this organisation.',
    hu: 'Válasszon a szervezet igazgatóságai közül.',
  },
  'projects.stop.explain': {
    ro: 'Spuneți de ce se oprește și ce s-a învățat.',
    en: 'Say why it stops and what was learnt.',
    hu: 'Írja le, miért áll le, és mit tanultak belőle.',
  },
  'projects.stopped_already': {
    ro: 'Proiectul a fost oprit.',
    en: 'The project has been stopped.',
    hu: 'A projektet leállították.',
  },
  'projects.savings.needs_measured': {
    ro: 'Doar o valoare măsurată poate fi verificată.',
    en: 'Only a measured value can be signed off.',
    hu: 'Csak mért érték hagyható jóvá.',
  },
  'projects.savings.frozen': {
    ro: 'O economie verificată nu se mai modifică; adăugați o înregistrare nouă.',
    en: 'A verified saving no longer changes; add a new entry.',
    hu: 'Jóváhagyott megtakarítás nem módosítható; rögzítsen újat.',
  },
  'projects.savings.verifier_is_author': {
    ro: 'Cine a înregistrat economia nu o poate verifica.',
    en: 'Whoever recorded the saving cannot sign it off.',
    hu: 'Aki rögzítette a megtakarítást, nem hagyhatja jóvá.',
  },
  'projects.mail.update.subject': {
    ro: 'Noutăți despre „{project}”',
    en: 'News about "{project}"',
    hu: 'Hírek: „{project}”',
  },
  'projects.mail.update.body': {
    ro: '{greeting}\n\nProiectul „{project}” ({org}) are o noutate:\n\n{body}\n\nProiectul: {link}',
    en: '{greeting}\n\nThe project "{project}" ({org}) has news:\n\n{body}\n\nThe project: {link}',
    hu: '{greeting}\n\nA(z) „{project}” projekt ({org}) hírei:\n\n{body}\n\nA projekt: {link}',
  },
  'projects.mail.milestone_overdue.subject': {
    ro: 'Etapă depășită: „{milestone}”',
    en: 'Milestone overdue: "{milestone}"',
    hu: 'Lejárt mérföldkő: „{milestone}”',
  },
  'projects.mail.milestone_overdue.body': {
    ro: '{greeting}\n\nEtapa „{milestone}” a proiectului „{project}” ({org}) era planificată pentru {due} și nu este finalizată. Actualizați-i starea sau data.\n\nProiectul: {link}',
    en: '{greeting}\n\nThe milestone "{milestone}" of the project "{project}" ({org}) was due on {due} and is not done. Please update its status or date.\n\nThe project: {link}',
    hu: '{greeting}\n\nA(z) „{project}” projekt ({org}) „{milestone}” mérföldköve {due} napra volt tervezve, és nem készült el. Kérjük, frissítse az állapotát vagy a dátumát.\n\nA projekt: {link}',
  },
  'projects.mail.measurement_due.subject': {
    ro: 'Este timpul unei noi măsurători: „{project}”',
    en: 'A new measurement is due: "{project}"',
    hu: 'Új mérés esedékes: „{project}”',
  },
  'projects.mail.measurement_due.body': {
    ro: '{greeting}\n\nEconomia recurentă „{metric}” a proiectului „{project}” ({org}) a fost măsurată ultima dată pentru perioada încheiată la {periodEnd}. Înregistrați măsurătoarea următoare.\n\nProiectul: {link}',
    en: '{greeting}\n\nThe recurring saving "{metric}" of the project "{project}" ({org}) was last measured for the period ending {periodEnd}. Please record the next measurement.\n\nThe project: {link}',
    hu: '{greeting}\n\nA(z) „{project}” projekt ({org}) „{metric}” ismétlődő megtakarítását utoljára a(z) {periodEnd} napon záruló időszakra mérték. Kérjük, rögzítse a következő mérést.\n\nA projekt: {link}',
  },
});
