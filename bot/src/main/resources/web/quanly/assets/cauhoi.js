'use strict';
// The Câu hỏi page: the groups of missed questions of a period, and for one group its questions
// with what was answered to each. Every text goes in through Quanly.el (textContent).
(function () {
  const { api, el, toast, number } = window.Quanly;
  let selected = null;

  function time(iso) {
    return iso ? new Date(iso).toLocaleString('vi-VN',
      { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : '';
  }

  async function load() {
    const form = document.getElementById('period');
    const query = new URLSearchParams();
    for (const name of ['from', 'to']) {
      if (form.elements[name].value) query.set(name, form.elements[name].value);
    }
    const review = await api('/api/quanly/questions?' + query.toString());
    form.elements.from.value = review.from;
    form.elements.to.value = review.to;
    document.getElementById('summary').textContent = number(review.questions) + ' câu hỏi, '
      + number(review.groups.length) + ' nhóm'
      + (review.truncated ? ' (chỉ xét những câu mới nhất; hãy chọn khoảng ngắn hơn)' : '');
    document.querySelector('#groups tbody').replaceChildren(...review.groups.map(row));
    document.getElementById('empty').hidden = review.groups.length > 0;
    const again = review.groups.find((group) => group.id === selected);
    if (again) show(again);
  }

  function row(group) {
    const tr = el('tr', { 'data-id': group.id, tabindex: '0',
      class: group.id === selected ? 'selected' : null },
      el('td', { class: 'text' }, group.label),
      el('td', { class: 'num count' }, number(group.count)),
      el('td', { class: 'num' }, number(group.unanswered)),
      el('td', { class: 'num' }, number(group.disliked)),
      el('td', {}, time(group.lastAskedAt)));
    tr.addEventListener('click', () => show(group));
    tr.addEventListener('keydown', (event) => { if (event.key === 'Enter') show(group); });
    return tr;
  }

  function show(group) {
    selected = group.id;
    for (const tr of document.querySelectorAll('#groups tbody tr')) {
      tr.classList.toggle('selected', Number(tr.dataset.id) === group.id);
    }
    document.getElementById('group').replaceChildren(
      el('h2', {}, 'Nhóm: ', group.label),
      el('p', { class: 'muted' }, number(group.count) + ' lần hỏi, gần nhất ' + time(group.lastAskedAt)),
      el('ul', { class: 'questions' }, group.questions.map(question)));
  }

  function question(item) {
    const answers = el('div', {}, el('p', { class: 'muted' }, 'Đang tải…'));
    const details = el('details', {}, el('summary', {}, item.found
      ? 'Xem câu trả lời đã đưa ra' : 'Không tìm được câu trả lời'), answers);
    details.addEventListener('toggle', async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'true';
      try {
        const full = await api('/api/quanly/questions/' + item.id);
        answers.replaceChildren(full.answers.length
          ? el('ol', { class: 'answers' }, full.answers.map(answer))
          : el('p', { class: 'muted' }, 'Trợ lý không đưa ra câu trả lời nào cho câu hỏi này.'));
      } catch (e) {
        delete details.dataset.loaded;
        toast(e.message, 'error');
      }
    });
    return el('li', {},
      el('p', { class: 'text' }, item.text),
      el('div', { class: 'muted' }, time(item.askedAt), ' · ',
        item.found ? el('span', { class: 'badge' }, 'Có trả lời') : el('span', { class: 'badge warn' }, 'Không có trả lời'),
        item.downVotes ? ' · 👎 ' + item.downVotes : ''),
      details);
  }

  function answer(item) {
    return el('li', {},
      el('div', { class: 'citation' }, item.citation),
      el('p', { class: 'text' }, item.answer),
      el('div', { class: 'muted' }, '👍 ' + item.upVotes + ' · 👎 ' + item.downVotes));
  }

  Quanly.ready(async () => {
    document.getElementById('period').addEventListener('submit', (event) => {
      event.preventDefault();
      load().catch((e) => toast(e.message, 'error'));
    });
    await load();
  });
})();
