// The booth's live budget / votes-left bar (issue 9, item 6): progressive enhancement of the
// server-rendered ballot form. Without this script the form works the same — the server checks
// every ballot and says what is wrong. With it, a status line under aria-live="polite" says how
// much of the budget, of the votes or of the points the current choice uses. Everything it
// needs (limits, costs, texts already in the page's language) comes from data-* attributes.
(() => {
  const status = document.querySelector('[data-booth-status]');
  const form = status && document.getElementById(status.dataset.form || '');
  if (!status || !form) return;
  const d = status.dataset;
  const money = new Intl.NumberFormat(d.locale, { style: 'currency', currency: d.currency });
  const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
  const fmtMoney = (minor) => money.format(minor / 10 ** digits);
  const fmtNumber = new Intl.NumberFormat(d.locale).format;
  const fill = (text, params) => text.replace(/\{(\w+)\}/g, (m, k) => params[k] ?? m);
  const num = (s) => (s ? Number(s) : null);
  const limit = num(d.limit);
  const maxVotes = num(d.max);
  const points = num(d.points);
  const text = status.querySelector('[data-booth-text]');
  const bar = status.querySelector('[data-booth-bar]');

  /** One sentence about a measure (Budget, Votes, Points): `used` of `max`, within or over. */
  function part(key, used, max, fmt) {
    if (max === null) return fill(d[`text${key}Count`] || '', { used: fmt(used) });
    return fill(used > max ? d[`text${key}Over`] : d[`text${key}`], {
      used: fmt(used),
      max: fmt(max),
      left: fmt(Math.max(0, max - used)),
      over: fmt(Math.max(0, used - max)),
    });
  }

  function measure() {
    let spent = 0;
    let votes = 0;
    let given = 0;
    for (const box of form.querySelectorAll('input[type=checkbox][name=project]:checked')) {
      spent += Number(box.dataset.cost || 0);
      votes += 1;
    }
    for (const field of form.querySelectorAll('input[name^="points_"]')) {
      const v = Number(field.value.trim() || 0);
      if (Number.isInteger(v) && v > 0) {
        given += v;
        votes += 1;
      }
    }
    return { spent, votes, given };
  }

  let last = '';
  function update() {
    const { spent, votes, given } = measure();
    const parts = [];
    let share = 0;
    if (d.kind === 'cumulative') {
      parts.push(part('Points', given, points, fmtNumber));
      share = points ? given / points : 0;
    } else if (d.kind === 'knapsack') {
      parts.push(part('Budget', spent, limit, fmtMoney));
      share = limit ? spent / limit : 0;
    }
    if (maxVotes !== null || parts.length === 0) {
      parts.push(part('Votes', votes, maxVotes, fmtNumber));
      if (d.kind === 'approval' && maxVotes) share = votes / maxVotes;
    }
    const sentence = parts.join(' ');
    // Only a change is announced: a screen reader hears each new total once.
    if (sentence !== last) text.textContent = last = sentence;
    bar.style.width = `${Math.min(100, Math.round(share * 100))}%`;
    status.classList.toggle('booth-status--over', share > 1);
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  status.hidden = false;
  update();
})();
