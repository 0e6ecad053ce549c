'use strict';
// The Báo cáo page: pick a period and a unit of the account's subtree; see the figures per unit
// with late flags, the results against the plans' targets (each opening the passage it cites),
// the units that have not reported with "Nhắc ngay", and the exports. Data goes in as text only.
(function () {
  const { api, el, toast, number } = window.Quanly;
  let chart = null;

  function time(iso) {
    if (!iso) return '–';
    const at = new Date(iso);
    return at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit',
      minute: '2-digit', day: 'numeric', month: 'numeric', year: 'numeric' });
  }

  function fill(tbody, rows) {
    tbody.replaceChildren(...rows);
  }

  function summary(view) {
    const c = view.completeness;
    const t = view.table;
    const card = (title, figure, ...notes) => el('div', { class: 'card' },
      el('div', { class: 'muted' }, title), el('div', { class: 'figure' }, figure),
      ...notes.map((note) => el('div', { class: 'muted' }, note)));
    document.getElementById('summary').replaceChildren(
      card('Đơn vị đã báo cáo', c.received + ' / ' + c.expected,
        c.rate === null ? 'Không có đơn vị nào phải báo cáo kỳ này' : number(c.rate) + ' %'),
      card('Đúng hạn', String(c.onTime),
        c.onTimeRate === null ? '' : number(c.onTimeRate) + ' % số đơn vị phải báo cáo'),
      card('Hạn nộp', t.deadline,
        t.locked ? 'Kỳ đã khóa sổ' : (t.deadlinePassed ? 'Đã quá hạn' : 'Chưa đến hạn')));
  }

  async function openPassage(target) {
    const dialog = document.getElementById('passage');
    try {
      const passage = await api(target.passage);
      document.getElementById('passage-title').textContent =
        passage.heading || ('Mục ' + passage.section);
      document.getElementById('passage-citation').textContent = passage.citation;
      document.getElementById('passage-text').textContent = passage.text;
      dialog.showModal();
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  function targets(view) {
    const rows = view.targets.map((target) => {
      const link = el('button', { type: 'button', class: 'link passage-link',
        'data-document': target.document, 'data-section': target.section },
        target.citation);
      link.addEventListener('click', () => openPassage(target));
      return el('tr', { 'data-code': target.code },
        el('td', {}, target.name, el('div', { class: 'muted' }, target.written + ' (' + target.when + ')')),
        el('td', { class: 'num value' }, number(target.value) + ' ' + target.unitOfMeasure),
        el('td', { class: 'num target' }, number(target.target) + ' ' + target.unitOfMeasure),
        el('td', { class: 'num percent' }, target.percent === null ? '–' : number(target.percent) + ' %'),
        el('td', {}, link));
    });
    fill(document.querySelector('#targets tbody'), rows);
    document.getElementById('targets-note').textContent = view.targets.length === 0
      ? 'Các kế hoạch không đặt chỉ tiêu nào cho cấp đơn vị và kỳ này.'
      : 'Mỗi cột là phần trăm đạt được so với chỉ tiêu kế hoạch (100 % là đạt). Bấm căn cứ để đọc đoạn kế hoạch.';
    const box = document.getElementById('chart-box');
    box.classList.toggle('empty', view.targets.length === 0);
    if (chart) {
      chart.destroy();
      chart = null;
    }
    if (view.targets.length === 0 || !window.Chart) return;
    chart = new window.Chart(document.getElementById('targets-chart'), {
      type: 'bar',
      data: {
        labels: view.targets.map((t) => t.code),
        datasets: [
          { label: 'Đã đạt (% chỉ tiêu)', data: view.targets.map((t) => t.percent === null ? 0 : Number(t.percent)),
            backgroundColor: '#0b4f8a' },
          { label: 'Chỉ tiêu (100 %)', data: view.targets.map(() => 100), backgroundColor: '#c9d6e3' },
        ],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (v) => v + ' %' } } },
        plugins: {
          tooltip: {
            callbacks: {
              title: (items) => view.targets[items[0].dataIndex].name,
              label: (item) => {
                const t = view.targets[item.dataIndex];
                return item.datasetIndex === 0
                  ? 'Kết quả: ' + number(t.value) + ' ' + t.unitOfMeasure + ' (' + number(t.percent) + ' %)'
                  : 'Chỉ tiêu: ' + number(t.target) + ' ' + t.unitOfMeasure;
              },
            },
          },
        },
      },
    });
  }

  function missing(view, reload) {
    const rows = view.missing.map((unit) => {
      const button = el('button', { type: 'button', class: 'remind',
        disabled: unit.reporters === 0 || unit.againFrom !== null }, 'Nhắc ngay');
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          const sent = await api('/api/quanly/reports/remind', { method: 'POST',
            body: { period: view.table.period, unit: unit.code } });
          toast('Đã gửi lời nhắc tới ' + sent.recipients + ' người báo cáo của ' + unit.code + '.');
          await reload();
        } catch (e) {
          toast(e.message, 'error');
          button.disabled = false;
        }
      });
      const last = unit.lastReminder === null ? 'Chưa nhắc'
        : time(unit.lastReminder) + (unit.lastByStaff ? ' (cán bộ nhắc)' : ' (tự động)');
      const note = unit.reporters === 0 ? 'Chưa có người báo cáo đăng ký'
        : (unit.againFrom !== null ? 'Nhắc lại được từ ' + time(unit.againFrom) : null);
      return el('tr', { 'data-code': unit.code },
        el('td', {}, unit.code + ' — ' + unit.name),
        el('td', { class: 'num' }, String(unit.reporters)),
        el('td', { class: 'last' }, last),
        el('td', {}, button, note ? el('div', { class: 'muted' }, note) : null));
    });
    fill(document.querySelector('#missing tbody'), rows);
    document.getElementById('missing-note').textContent = view.missing.length === 0
      ? 'Mọi đơn vị phải báo cáo đã gửi báo cáo kỳ này.'
      : 'Lời nhắc đến người báo cáo của đơn vị qua Telegram; mỗi đơn vị được nhắc nhiều nhất một lần mỗi giờ.';
  }

  function figures(view) {
    const t = view.table;
    const head = el('tr', {}, el('th', {}, 'Đơn vị'), el('th', {}, 'Tình trạng'),
      t.indicators.map((c) => el('th', { class: 'num', title: c.name, 'data-code': c.code },
        c.code, el('div', { class: 'muted' }, c.unitOfMeasure))));
    document.querySelector('#figures thead').replaceChildren(head);
    const rows = t.units.map((unit) => el('tr', { 'data-code': unit.code, class: unit.total ? 'total' : null },
      el('td', { class: 'unit depth-' + Math.min(unit.depth, 2) }, unit.code + ' — ' + unit.name),
      el('td', {}, unit.status === null ? (unit.total ? 'Tổng' : '')
        : el('span', { class: 'badge status ' + (unit.late ? 'warn' : (unit.status === 'on_time' ? 'ok' : '')),
          'data-status': unit.status }, unit.statusLabel)),
      unit.cells.map((cell, i) => el('td', { class: 'num' + (cell.late ? ' late' : ''),
        'data-code': t.indicators[i].code, title: cell.late ? 'Có số liệu nộp muộn' : null },
        cell.value === null ? '–' : number(cell.value)))));
    fill(document.querySelector('#figures tbody'), rows);
    document.getElementById('figures-note').textContent = t.indicators.length === 0
      ? 'Chưa có đơn vị nào gửi số liệu kỳ này.'
      : 'Hàng của đơn vị cấp trên là tổng của các đơn vị thuộc nó. ⚠ và chữ đỏ: số liệu hoặc báo cáo nộp muộn, hay quá hạn chưa nộp.';
  }

  Quanly.ready(async () => {
    const options = await api('/api/quanly/reports/options');
    const params = new URLSearchParams(window.location.search);
    const periodSelect = document.getElementById('period');
    const unitSelect = document.getElementById('unit');
    periodSelect.replaceChildren(...options.periods.map((p) =>
      el('option', { value: p.period }, p.label)));
    unitSelect.replaceChildren(...options.units.map((u) =>
      el('option', { value: u.code }, '\u00a0\u00a0'.repeat(u.depth) + u.code + ' — ' + u.name)));
    const wanted = params.get('period') || options.period;
    if (!options.periods.some((p) => p.period === wanted)) {
      periodSelect.append(el('option', { value: wanted }, wanted));
    }
    periodSelect.value = wanted;
    unitSelect.value = options.units.some((u) => u.code === params.get('unit'))
      ? params.get('unit') : options.unit;

    async function load() {
      const query = '?period=' + encodeURIComponent(periodSelect.value)
        + '&unit=' + encodeURIComponent(unitSelect.value);
      const view = await api('/api/quanly/reports' + query);
      window.history.replaceState(null, '', '/quanly/baocao' + query);
      document.getElementById('heading').textContent =
        view.table.periodLabel + ' — ' + view.table.unit.code + ' ' + view.table.unit.name;
      document.getElementById('export-csv').href = view.exports.csv;
      document.getElementById('export-xlsx').href = view.exports.xlsx;
      summary(view);
      targets(view);
      missing(view, load);
      figures(view);
      document.body.dataset.loaded = view.table.period + ' ' + view.table.unit.code;
    }

    const reload = () => load().catch((e) => toast(e.message, 'error'));
    periodSelect.addEventListener('change', reload);
    unitSelect.addEventListener('change', reload);
    document.getElementById('choice').addEventListener('submit', (e) => e.preventDefault());
    await load();
  });
})();
