'use strict';
// The Kiến nghị page: the inbox (filters, newest first, pages), one kiến nghị with its replies, the
// reply box and the status set by hand. Every text goes in through Quanly.el (textContent).
(function () {
  const { api, el, toast } = window.Quanly;
  const STATUS = { new: 'Mới', in_progress: 'Đang xử lý', answered: 'Đã trả lời' };
  const BADGE = { new: 'badge new', in_progress: 'badge warn', answered: 'badge ok' };
  const DELIVERY = {
    queued: 'Đang chờ gửi qua Telegram',
    sending: 'Đang gửi qua Telegram',
    sent: 'Đã gửi tới người gửi qua Telegram',
    failed: 'Gửi qua Telegram không được',
    blocked: 'Người gửi đã chặn bot: không gửi được',
    unknown: 'Không rõ đã tới chưa (máy chủ dừng giữa lúc gửi)',
    undeliverable: 'Không gửi được: kiến nghị gửi từ web chat, chỉ lưu lại',
    expired: 'Đã gửi xong từ lâu; không còn lưu kết quả gửi',
  };
  const BAD_DELIVERY = new Set(['failed', 'blocked', 'unknown', 'undeliverable']);

  let page = 1;
  let pages = 1;
  let selected = null;

  function time(iso) {
    return iso ? new Date(iso).toLocaleString('vi-VN',
      { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : '';
  }

  function badge(status) {
    return el('span', { class: BADGE[status] }, STATUS[status] || status);
  }

  function filters() {
    const form = document.getElementById('filters');
    const query = new URLSearchParams();
    for (const name of ['status', 'q', 'from', 'to']) {
      const value = form.elements[name].value.trim();
      if (value) query.set(name, value);
    }
    query.set('page', String(page));
    return query;
  }

  async function loadList() {
    const result = await api('/api/quanly/suggestions?' + filters().toString());
    pages = result.pages;
    const body = document.querySelector('#list tbody');
    body.replaceChildren(...result.entries.map(row));
    document.getElementById('empty').hidden = result.entries.length > 0;
    document.getElementById('total').textContent = '(' + Quanly.number(result.total) + ')';
    document.getElementById('page').textContent = 'Trang ' + result.page + '/' + result.pages;
    document.getElementById('previous').disabled = result.page <= 1;
    document.getElementById('next').disabled = result.page >= result.pages;
  }

  function row(entry) {
    const who = entry.sender || (entry.channel === 'web' ? 'Khách web chat' : 'Không tên');
    const unit = entry.unit ? entry.unit.code : 'chưa rõ đơn vị';
    const tr = el('tr', { 'data-id': entry.id, class: entry.id === selected ? 'selected' : null,
      tabindex: '0' },
      el('td', { class: 'reference' }, el('strong', {}, entry.reference)),
      el('td', {}, time(entry.receivedAt)),
      el('td', {}, who, el('div', { class: 'muted' }, unit)),
      el('td', { class: 'text' }, entry.preview),
      el('td', {}, badge(entry.status),
        entry.replyCount ? el('div', { class: 'muted' }, entry.replyCount + ' trả lời') : null));
    tr.addEventListener('click', () => open(entry.id));
    tr.addEventListener('keydown', (event) => { if (event.key === 'Enter') open(entry.id); });
    return tr;
  }

  async function open(id) {
    selected = id;
    for (const tr of document.querySelectorAll('#list tbody tr')) {
      tr.classList.toggle('selected', Number(tr.dataset.id) === id);
    }
    const thread = await api('/api/quanly/suggestions/' + id);
    show(thread);
    history.replaceState(null, '', '#' + id);
  }

  function show(thread) {
    const panel = document.getElementById('detail');
    const who = thread.sender || (thread.channel === 'web' ? 'Khách web chat' : 'Không tên');
    const unit = thread.unit
      ? thread.unit.code + (thread.unit.name ? ' — ' + thread.unit.name : '')
      : 'Chưa rõ đơn vị (chỉ quản trị viên xem)';
    const statusSelect = el('select', { name: 'status', 'aria-label': 'Trạng thái' },
      Object.entries(STATUS).map(([key, label]) =>
        el('option', { value: key, selected: key === thread.status }, label)));
    const saveStatus = el('button', { type: 'button', class: 'secondary' }, 'Lưu trạng thái');
    saveStatus.addEventListener('click', () => changeStatus(thread.id, statusSelect.value));
    const text = el('textarea', { name: 'reply', maxlength: '3000', required: true,
      'aria-label': 'Nội dung trả lời', placeholder: 'Viết câu trả lời của Công đoàn…' });
    const send = el('button', { type: 'submit' },
      thread.deliverable ? 'Gửi trả lời qua Telegram' : 'Lưu trả lời');
    const form = el('form', { class: 'reply-box', id: 'reply-form' },
      thread.deliverable ? null : el('p', { class: 'warning', id: 'undeliverable' },
        'Kiến nghị này gửi từ web chat: câu trả lời được lưu lại nhưng không gửi tới người gửi được.'),
      text, el('div', {}, send));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      send.disabled = true;
      try {
        const updated = await api('/api/quanly/suggestions/' + thread.id + '/replies',
          { method: 'POST', body: { text: text.value } });
        show(updated);
        toast(thread.deliverable ? 'Đã gửi câu trả lời.' : 'Đã lưu câu trả lời.');
        await loadList();
      } catch (e) {
        toast(e.message, 'error');
        send.disabled = false;
      }
    });
    panel.replaceChildren(
      el('h2', {}, 'Kiến nghị ', thread.reference, ' ', badge(thread.status)),
      el('p', { class: 'meta muted' }, who, ' · ', unit, ' · ', time(thread.receivedAt),
        thread.statusBy ? ' · trạng thái do ' + thread.statusBy + ' đặt lúc ' + time(thread.statusAt) : ''),
      el('p', { class: 'member-text text', id: 'member-text' }, thread.text),
      el('div', { class: 'status-row' }, el('label', {}, 'Trạng thái', statusSelect), saveStatus),
      el('h2', {}, 'Các lần trả lời'),
      thread.replies.length
        ? el('ol', { class: 'replies', id: 'replies' }, thread.replies.map(reply))
        : el('p', { class: 'muted' }, 'Chưa có trả lời nào.'),
      el('h2', {}, 'Trả lời'),
      form);
  }

  function reply(item) {
    return el('li', {},
      el('div', { class: 'muted' }, item.by, ' · ', time(item.at)),
      el('p', { class: 'text' }, item.text),
      el('div', { class: 'delivery' + (BAD_DELIVERY.has(item.delivery) ? ' bad' : ''),
        'data-delivery': item.delivery }, DELIVERY[item.delivery] || item.delivery));
  }

  async function changeStatus(id, status) {
    try {
      show(await api('/api/quanly/suggestions/' + id + '/status',
        { method: 'PUT', body: { status } }));
      toast('Đã lưu trạng thái.');
      await loadList();
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  Quanly.ready(async () => {
    document.getElementById('filters').addEventListener('submit', (event) => {
      event.preventDefault();
      page = 1;
      loadList().catch((e) => toast(e.message, 'error'));
    });
    document.getElementById('previous').addEventListener('click', () => {
      if (page > 1) { page--; loadList().catch((e) => toast(e.message, 'error')); }
    });
    document.getElementById('next').addEventListener('click', () => {
      if (page < pages) { page++; loadList().catch((e) => toast(e.message, 'error')); }
    });
    await loadList();
    const id = Number(window.location.hash.slice(1));
    if (id > 0) await open(id);
  });
})();
