'use strict';
// Phát sóng: compose a text broadcast (audience, optional send time), preview it as members see it
// with its recipient count, send it, and follow the broadcasts with live counts.
(function () {
  const { api, el, toast, number } = window.Quanly;
  const POLL_MS = 3000;
  const STATES = {
    scheduled: 'Đã hẹn giờ', sending: 'Đang gửi', paused: 'Tạm dừng', cancelled: 'Đã hủy',
    done: 'Đã xong',
  };
  const units = new Map();
  const tags = new Map();
  let previewed = null;
  let pollTimer = null;

  const $ = (id) => document.getElementById(id);

  function fillAudiences(choices) {
    for (const unit of choices.units) {
      units.set(unit.code, unit);
      $('unit').append(el('option', { value: unit.code },
        '\u00a0\u00a0'.repeat(unit.depth) + unit.code + ' — ' + unit.name));
    }
    for (const tag of choices.tags) {
      tags.set(tag.key, tag);
      $('tag').append(el('option', { value: tag.key }, tag.label));
    }
    $('kind-tag').hidden = choices.tags.length === 0;
    $('tag-box').hidden = choices.tags.length === 0;
    $('kind-all').hidden = !choices.all;
  }

  function request() {
    const kind = document.querySelector('input[name="kind"]:checked').value;
    const audience = { kind };
    if (kind === 'unit') {
      audience.unit = $('unit').value;
      audience.subtree = $('subtree').checked;
    } else if (kind === 'tag') {
      audience.tag = $('tag').value;
    }
    const body = { text: $('text').value, audience };
    if ($('send-at').value) body.sendAt = $('send-at').value;
    return body;
  }

  function describe(audience) {
    if (audience.kind === 'all') return 'Tất cả người nhận tin';
    if (audience.kind === 'tag') {
      const tag = tags.get(audience.tag);
      return 'Chủ đề “' + (tag ? tag.label : audience.tag) + '”';
    }
    const unit = units.get(audience.unit);
    return 'Người báo cáo của ' + (unit ? unit.code + ' — ' + unit.name : audience.unit)
      + (audience.subtree ? ' và các đơn vị trực thuộc' : '');
  }

  function changed() {
    $('length').textContent = number([...$('text').value].length);
    previewed = null;
    $('send-button').disabled = true;
  }

  async function preview() {
    const body = request();
    const answer = await api('/api/quanly/broadcasts/preview', { method: 'POST', body });
    previewed = JSON.stringify(body);
    $('preview-phone').hidden = false;
    $('preview-text').textContent = answer.text;
    $('preview-note').textContent = describe(body.audience)
      + (answer.scheduled ? ' · gửi lúc ' + body.sendAt.replace('T', ' ') : ' · gửi ngay');
    $('preview-count').textContent = answer.recipients === 0
      ? 'Hiện chưa có ai nhận tin này.'
      : 'Tin sẽ đến ' + number(answer.recipients) + ' người nhận.';
    $('send-button').disabled = answer.recipients === 0 && !answer.scheduled;
  }

  async function send(event) {
    event.preventDefault();
    const body = request();
    if (previewed !== JSON.stringify(body)) {
      await preview();
      return;
    }
    $('send-button').disabled = true;
    const created = await api('/api/broadcasts', { method: 'POST', body });
    toast(created.state === 'scheduled'
      ? 'Đã hẹn giờ đợt phát tin số ' + created.id + '.'
      : 'Đợt phát tin số ' + created.id + ' đang gửi đến ' + number(created.recipients) + ' người.');
    $('text').value = '';
    $('send-at').value = '';
    changed();
    $('preview-phone').hidden = true;
    $('preview-count').textContent = '';
    $('preview-note').textContent = 'Đã gửi. Soạn tin mới rồi bấm "Xem trước".';
    await refresh();
  }

  function actions(broadcast) {
    const buttons = [];
    const add = (label, action, kind) => {
      const button = el('button', { type: 'button', class: kind || 'secondary',
        'data-action': action }, label);
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          await api('/api/broadcasts/' + broadcast.id + '/' + action, { method: 'POST' });
        } catch (e) {
          toast(e.message, 'error');
        }
        await refresh();
      });
      buttons.push(button);
    };
    if (broadcast.state === 'sending') add('Tạm dừng', 'pause');
    if (broadcast.state === 'paused') add('Tiếp tục', 'resume');
    if (['scheduled', 'sending', 'paused'].includes(broadcast.state)) add('Hủy', 'cancel', 'danger');
    return buttons;
  }

  function row(broadcast) {
    const counts = broadcast.counts;
    return el('tr', { 'data-id': broadcast.id, 'data-state': broadcast.state },
      el('td', { class: 'num' }, String(broadcast.id)),
      el('td', { class: 'message text' }, broadcast.text),
      el('td', {}, describe(broadcast.audience), el('div', { class: 'muted' },
        number(broadcast.recipients) + ' người')),
      el('td', {}, broadcast.sendAt.slice(0, 16).replace('T', ' ')),
      el('td', {}, el('span', { class: 'badge state-' + broadcast.state },
        STATES[broadcast.state] || broadcast.state)),
      el('td', { class: 'num sent' }, number(counts.sent)),
      el('td', { class: 'num' }, number(counts.queued)),
      el('td', { class: 'num' }, number(counts.blocked)),
      el('td', { class: 'num' }, number(counts.failed + counts.unknown)),
      el('td', { class: 'actions' }, actions(broadcast)));
  }

  async function refresh() {
    clearTimeout(pollTimer);
    const list = await api('/api/broadcasts');
    const body = document.querySelector('#broadcasts tbody');
    body.replaceChildren(...(list.length
      ? list.map(row)
      : [el('tr', {}, el('td', { colspan: 10, class: 'muted' }, 'Chưa có đợt phát tin nào.'))]));
    const running = list.some((b) => b.state === 'sending' || b.state === 'scheduled');
    $('list-note').textContent = running ? 'Đang cập nhật số liệu mỗi vài giây…' : '';
    if (running) {
      pollTimer = setTimeout(() => refresh().catch((e) => toast(e.message, 'error')), POLL_MS);
    }
  }

  window.Quanly.ready(async () => {
    fillAudiences(await api('/api/quanly/broadcasts/audiences'));
    for (const id of ['text', 'unit', 'subtree', 'tag', 'send-at']) {
      $(id).addEventListener('input', changed);
      $(id).addEventListener('change', changed);
    }
    for (const radio of document.querySelectorAll('input[name="kind"]')) {
      radio.addEventListener('change', changed);
    }
    $('preview-button').addEventListener('click', () => preview().catch((e) => toast(e.message, 'error')));
    $('compose').addEventListener('submit', (event) => send(event).catch((e) => {
      toast(e.message, 'error');
      $('send-button').disabled = false;
    }));
    await refresh();
  });
})();
