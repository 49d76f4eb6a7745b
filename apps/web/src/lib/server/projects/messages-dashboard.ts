import { defineMessages } from '../../i18n/catalog.ts';

/** The public impact dashboard's texts. */
export const dashboardMessages = defineMessages({
  'impact.title': {
    ro: 'Impactul inovării',
    en: 'The impact of innovation',
    hu: 'Az innováció hatása',
  },
  'impact.intro': {
    ro: 'Ce s-a realizat din ideile oamenilor: proiecte, economii verificate de o a doua persoană, CO₂e evitat. Doar economiile verificate intră în totaluri.',
    en: 'What came of people’s ideas: projects, savings checked by a second person, CO₂e avoided. Only verified savings count in the totals.',
    hu: 'Mi lett az emberek ötleteiből: projektek, egy második személy által ellenőrzött megtakarítások, elkerült CO₂e. Csak az ellenőrzött megtakarítások számítanak bele az összesítésbe.',
  },
  'impact.filters': { ro: 'Filtre', en: 'Filters', hu: 'Szűrők' },
  'impact.filter.call': { ro: 'Apel', en: 'Call', hu: 'Felhívás' },
  'impact.filter.category': { ro: 'Categorie', en: 'Category', hu: 'Kategória' },
  'impact.filter.department': { ro: 'Direcție', en: 'Department', hu: 'Igazgatóság' },
  'impact.filter.year': { ro: 'An', en: 'Year', hu: 'Év' },
  'impact.filter.metric': {
    ro: 'Măsura din grafice',
    en: 'Measure in the charts',
    hu: 'A grafikonok mértéke',
  },
  'impact.filter.all': { ro: 'Toate', en: 'All', hu: 'Mind' },
  'impact.filter.apply': { ro: 'Aplică filtrele', en: 'Apply the filters', hu: 'Szűrés' },
  'impact.filter.clear': { ro: 'Șterge filtrele', en: 'Clear the filters', hu: 'Szűrők törlése' },
  'impact.filter.note': {
    ro: 'Anul se aplică economiilor (după sfârșitul perioadei măsurate), proiectelor (după data creării) și propunerilor (după data trimiterii). Direcția se aplică proiectelor și economiilor.',
    en: 'The year applies to savings (by the end of the period measured), projects (by when they were created) and proposals (by when they were submitted). The department applies to projects and savings.',
    hu: 'Az év a megtakarításokra (a mért időszak vége szerint), a projektekre (létrehozásuk szerint) és a javaslatokra (beküldésük szerint) vonatkozik. Az igazgatóság a projektekre és a megtakarításokra vonatkozik.',
  },
  'impact.figures': { ro: 'Pe scurt', en: 'At a glance', hu: 'Röviden' },
  'impact.figure.projects': { ro: 'Proiecte', en: 'Projects', hu: 'Projektek' },
  'impact.figure.implemented': {
    ro: 'Proiecte implementate',
    en: 'Projects implemented',
    hu: 'Megvalósított projektek',
  },
  'impact.figure.proposals': { ro: 'Propuneri', en: 'Proposals', hu: 'Javaslatok' },
  'impact.figure.participants': { ro: 'Participanți', en: 'Participants', hu: 'Résztvevők' },
  'impact.figure.departments': {
    ro: 'Direcții implicate',
    en: 'Departments involved',
    hu: 'Részt vevő igazgatóságok',
  },
  'impact.savings': {
    ro: 'Economii verificate',
    en: 'Verified savings',
    hu: 'Ellenőrzött megtakarítások',
  },
  'impact.savings.metric': { ro: 'Măsura', en: 'Measure', hu: 'Mérték' },
  'impact.savings.total': { ro: 'Total', en: 'Total', hu: 'Összesen' },
  'impact.savings.entries': { ro: 'Înregistrări', en: 'Entries', hu: 'Bejegyzések' },
  'impact.savings.none': {
    ro: 'Nicio economie verificată pentru aceste filtre.',
    en: 'No verified savings for these filters.',
    hu: 'Nincs ellenőrzött megtakarítás ezekkel a szűrőkkel.',
  },
  'impact.charts': { ro: 'Grafice: {metric}', en: 'Charts: {metric}', hu: 'Grafikonok: {metric}' },
  'impact.chart.table': { ro: 'tabel de date', en: 'data table', hu: 'adattábla' },
  'impact.chart.by_department': { ro: 'Pe direcții', en: 'By department', hu: 'Igazgatóságonként' },
  'impact.chart.by_call': { ro: 'Pe apeluri', en: 'By call', hu: 'Felhívásonként' },
  'impact.chart.by_category': { ro: 'Pe categorii', en: 'By category', hu: 'Kategóriánként' },
  'impact.chart.by_year': { ro: 'Pe ani', en: 'By year', hu: 'Évenként' },
  'impact.chart.trend': {
    ro: 'În timp, pe luni',
    en: 'Over time, by month',
    hu: 'Időben, havonta',
  },
  'impact.chart.month': { ro: 'Luna', en: 'Month', hu: 'Hónap' },
  'impact.chart.summary_bars': {
    ro: '{count} rânduri, în total {total}. Cel mai mult: {top}, cu {value}.',
    en: '{count} rows, {total} in total. The largest: {top}, with {value}.',
    hu: '{count} sor, összesen {total}. A legnagyobb: {top}, {value}.',
  },
  'impact.chart.summary_trend': {
    ro: 'De la {first} la {last}: în total {total}; cea mai bună lună, {top}, cu {value}.',
    en: 'From {first} to {last}: {total} in total; the best month, {top}, with {value}.',
    hu: '{first} és {last} között: összesen {total}; a legjobb hónap {top}, {value}.',
  },
  'impact.chart.empty': {
    ro: 'Nicio dată pentru aceste filtre.',
    en: 'No data for these filters.',
    hu: 'Nincs adat ezekkel a szűrőkkel.',
  },
  'impact.climate': {
    ro: 'Planul de acțiune climatică 2030: CO₂e evitat (kg)',
    en: 'Climate Action Plan 2030: CO₂e avoided (kg)',
    hu: '2030-as klímacselekvési terv: elkerült CO₂e (kg)',
  },
  'impact.climate.chart': {
    ro: 'CO₂e evitat pe domenii ale planului',
    en: 'CO₂e avoided by area of the plan',
    hu: 'Elkerült CO₂e a terv területei szerint',
  },
  'impact.projects': { ro: 'Proiectele', en: 'The projects', hu: 'A projektek' },
  'impact.projects.none': {
    ro: 'Niciun proiect pentru aceste filtre.',
    en: 'No projects for these filters.',
    hu: 'Nincs projekt ezekkel a szűrőkkel.',
  },
  'impact.downloads': { ro: 'Descărcări', en: 'Downloads', hu: 'Letöltések' },
  'impact.download.csv': {
    ro: 'Proiectele, cu economiile verificate (CSV)',
    en: 'The projects with their verified savings (CSV)',
    hu: 'A projektek ellenőrzött megtakarításaikkal (CSV)',
  },
  'impact.download.json': {
    ro: 'Toate cifrele acestei pagini (JSON)',
    en: 'Every figure on this page (JSON)',
    hu: 'Az oldal összes adata (JSON)',
  },
});
