'use strict';
// The Tổng quan page: subscribers, questions per day with the share answered, the open period's
// reports and completeness in the account's subtree, broadcasts under way. Data goes in as text only.
(function () {
  const { api, el, number } = window.Quanly;
  const STATES = { scheduled: 'Đã hẹn giờ', sending: 'Đang gửi', paused: 'Tạm dừng' };
  let chart = null;

  function card(title, figure, ...notes) {
    return el('div', { class: 'card' }, el('div', { class: 'muted' }, title),
      el('div', { class: 'figure' }, figure), ...notes.filter(Boolean).map((n) =>
        n instanceof Node ? n : el('div', { class: 'muted' }, n)));
  }

  function summary(view) {
    const s = view.subscribers;
    const q = view.questions;
    const r = view.reports;
    document.getElementById('summary').replaceChildren(
      card('Đang nhận tin (Telegram)', number(s.active),
        'Đã dừng: ' + number(s.stopped) + ' · Đã chặn bot: ' + number(s.blocked)),
      card('Câu hỏi ' + q.days.length + ' ngày qua', number(q.asked),
        q.answeredShare === null ? 'Chưa có câu hỏi'
          : 'Có câu trả lời: ' + number(q.answered) + ' (' + number(q.answeredShare) + ' %)'),
      card('Báo cáo ' + r.periodLabel, r.received + ' / ' + r.expected + ' đơn vị',
        (r.rate === null ? 'Không có đơn vị nào phải báo cáo' : 'Đã báo cáo ' + number(r.rate) + ' %')
          + ' · đúng hạn ' + r.onTime,
        number(r.reports) + ' báo cáo đã nhận · hạn nộp ' + r.deadline,
        el('a', { href: '/quanly/baocao?period=' + encodeURIComponent(r.period) + '&unit='
          + encodeURIComponent(r.unit.code) }, 'Xem báo cáo ' + r.unit.code)),
      card('Phát sóng đang chạy', String(view.broadcasts.length),
        el('a', { href: '/quanly/phatsong' }, 'Mở trang Phát sóng')));
  }

  function questions(view) {
    const q = view.questions;
    document.getElementById('questions-note').textContent = q.asked === 0
      ? 'Chưa có câu hỏi nào trong khoảng này.'
      : number(q.asked) + ' câu hỏi, ' + number(q.answeredShare) + ' % có câu trả lời.';
    if (chart) chart.destroy();
    chart = null;
    if (!window.Chart) return;
    const label = (day) => { const [, m, d] = day.split('-'); return Number(d) + '/' + Number(m); };
    chart = new window.Chart(document.getElementById('questions-chart'), {
      type: 'bar',
      data: {
        labels: q.days.map((d) => label(d.day)),
        datasets: [
          { label: 'Có câu trả lời', data: q.days.map((d) => d.answered), backgroundColor: '#1d6b31', stack: 'q' },
          { label: 'Chưa trả lời được', data: q.days.map((d) => d.asked - d.answered), backgroundColor: '#d9a400', stack: 'q' },
        ],
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  function broadcasts(view) {
    const rows = view.broadcasts.map((b) => el('tr', { 'data-id': String(b.id) },
      el('td', {}, String(b.id)),
      el('td', { class: 'text' }, b.text),
      el('td', {}, STATES[b.state] || b.state),
      el('td', { class: 'num' }, number(b.recipients)),
      el('td', { class: 'num' }, number(b.counts.sent)),
      el('td', { class: 'num' }, number(b.counts.queued)),
      el('td', { class: 'num' }, number(b.counts.blocked + b.counts.failed + b.counts.unknown))));
    document.querySelector('#broadcasts tbody').replaceChildren(...rows);
    document.getElementById('broadcasts-note').textContent =
      view.broadcasts.length === 0 ? 'Không có đợt phát sóng nào đang chạy.' : '';
  }

  Quanly.ready(async (session) => {
    document.getElementById('scope').textContent = session.unit
      ? 'Số người nhận tin và câu hỏi là của toàn tổ chức (chưa gắn với đơn vị); báo cáo và phát sóng là của '
        + session.unit + ' và các đơn vị thuộc nó.'
      : 'Số liệu của toàn tổ chức.';
    const days = document.getElementById('days');
    async function load() {
      const view = await api('/api/quanly/overview?days=' + days.value);
      summary(view);
      questions(view);
      broadcasts(view);
      document.body.dataset.loaded = days.value;
    }
    days.addEventListener('change', () => load().catch((e) => Quanly.toast(e.message, 'error')));
    document.getElementById('days-choice').addEventListener('submit', (e) => e.preventDefault());
    await load();
  });
})();
