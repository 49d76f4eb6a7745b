import { defineMessages } from '../../i18n/catalog.ts';

export const messages = defineMessages({
  'admin.index.jobs': { ro: 'Lucrări în fundal', en: 'Background jobs', hu: 'Háttérfeladatok' },
  'admin.index.jobs_desc': {
    ro: 'Memento-uri, rezumate și alte lucrări programate: cele care așteaptă, eșuează sau au renunțat.',
    en: 'Reminders, digests and other scheduled work: what is waiting, failing or has given up.',
    hu: 'Emlékeztetők, összefoglalók és más ütemezett munkák: ami vár, hibázik vagy feladta.',
  },
  'admin.jobs.title': { ro: 'Lucrări în fundal', en: 'Background jobs', hu: 'Háttérfeladatok' },
  'admin.jobs.intro': {
    ro: 'O lucrare eșuată este reîncercată de câteva ori, la intervale tot mai mari; apoi renunță („abandonată”). O puteți relua după ce ați rezolvat cauza.',
    en: 'A failing job is tried again a few times, waiting longer each time; then it gives up (“dead”). You can retry it once the cause is fixed.',
    hu: 'A hibázó feladatot néhányszor, egyre hosszabb szünetekkel újrapróbáljuk; utána feladja („halott”). Az ok elhárítása után újraindíthatja.',
  },
  'admin.jobs.filter': { ro: 'Arată', en: 'Show', hu: 'Mutat' },
  'admin.jobs.filter.apply': { ro: 'Filtrează', en: 'Filter', hu: 'Szűrés' },
  'admin.jobs.filter.attention': {
    ro: 'În așteptare, în lucru, eșuate și abandonate',
    en: 'Waiting, running, failed and dead',
    hu: 'Várakozó, futó, hibás és halott',
  },
  'admin.jobs.state.queued': { ro: 'în așteptare', en: 'queued', hu: 'várakozik' },
  'admin.jobs.state.running': { ro: 'în lucru', en: 'running', hu: 'fut' },
  'admin.jobs.state.done': { ro: 'încheiată', en: 'done', hu: 'kész' },
  'admin.jobs.state.failed': {
    ro: 'eșuată, se reîncearcă',
    en: 'failed, will retry',
    hu: 'hibás, újrapróbáljuk',
  },
  'admin.jobs.state.dead': { ro: 'abandonată', en: 'dead', hu: 'halott' },
  'admin.jobs.col_kind': { ro: 'Tip', en: 'Kind', hu: 'Típus' },
  'admin.jobs.col_state': { ro: 'Stare', en: 'State', hu: 'Állapot' },
  'admin.jobs.col_run_at': { ro: 'Programată la', en: 'Runs at', hu: 'Futás ideje' },
  'admin.jobs.col_attempts': { ro: 'Încercări', en: 'Attempts', hu: 'Próbálkozások' },
  'admin.jobs.col_error': { ro: 'Ultima eroare', en: 'Last error', hu: 'Utolsó hiba' },
  'admin.jobs.col_action': { ro: 'Acțiune', en: 'Action', hu: 'Művelet' },
  'admin.jobs.attempts': {
    ro: '{attempts} din {max}',
    en: '{attempts} of {max}',
    hu: '{attempts} / {max}',
  },
  'admin.jobs.retry': { ro: 'Reia acum', en: 'Retry now', hu: 'Újraindítás most' },
  'admin.jobs.retried': {
    ro: 'Lucrarea a fost pusă din nou în așteptare.',
    en: 'The job is queued again.',
    hu: 'A feladat újra sorban áll.',
  },

  'jobs.notification.dead.label': {
    ro: 'O lucrare în fundal a renunțat',
    en: 'A background job gave up',
    hu: 'Egy háttérfeladat feladta',
  },
  'jobs.notification.dead.title': {
    ro: 'O lucrare în fundal a renunțat: {kind}',
    en: 'A background job gave up: {kind}',
    hu: 'Egy háttérfeladat feladta: {kind}',
  },
  'jobs.notification.dead.body': {
    ro: 'După {attempts} încercări, lucrarea s-a oprit ({error}). O puteți relua din pagina lucrărilor în fundal.',
    en: 'After {attempts} attempts the job stopped ({error}). You can retry it from the background jobs page.',
    hu: '{attempts} próbálkozás után a feladat leállt ({error}). A háttérfeladatok oldalán újraindíthatja.',
  },
});
