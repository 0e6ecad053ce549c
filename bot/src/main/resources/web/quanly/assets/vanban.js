'use strict';
// Văn bản: the indexed documents with their metadata; for admins, upload (indexed at once, its
// progress polled), metadata edits (a sidecar beside the file) and removal.
(function () {
  const { api, el, toast, number } = window.Quanly;
  const POLL_MS = 1000;
  const STATES = {
    queued: 'Đang chờ', checking: 'Đang đọc tệp', indexing: 'Đang lập chỉ mục', done: 'Xong',
    failed: 'Không thành công',
  };
  const KINDS = { upload: 'Tải lên', edit: 'Sửa thông tin', remove: 'Xoá' };
  const FIELDS = ['kind', 'number', 'date', 'issuer', 'place', 'signer', 'title'];
  const jobs = new Map();
  let state = null;
  let editing = null;

  const $ = (id) => document.getElementById(id);

  function jobLine(job) {
    const what = KINDS[job.kind] + ' ' + job.file + ': ';
    let status = STATES[job.state] || job.state;
    if (job.state === 'done' && job.kind !== 'remove') {
      status += ' — ' + number(job.passages) + ' đoạn, hỏi được ngay trong trò chuyện.';
    }
    const line = el('li', { 'data-job': job.id, 'data-state': job.state,
      class: job.state === 'failed' ? 'failed' : null }, what, status);
    if (job.state === 'failed' && job.message) line.append(el('div', {}, job.message));
    if (!job.finished) {
      line.append(el('progress', { max: job.total || 1, value: job.total ? job.done : null,
        'aria-label': 'Tiến độ' }));
      if (job.total) line.append(' ' + job.done + '/' + job.total + ' tệp');
    }
    return line;
  }

  function drawJobs() {
    const list = [...jobs.values()].sort((a, b) => b.id - a.id).slice(0, 10);
    $('jobs').hidden = list.length === 0;
    $('job-list').replaceChildren(...list.map(jobLine));
  }

  async function follow(job) {
    jobs.set(job.id, job);
    drawJobs();
    while (!job.finished) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      job = await api('/api/quanly/documents/jobs/' + job.id);
      jobs.set(job.id, job);
      drawJobs();
    }
    if (job.state === 'failed') toast(job.message, 'error');
    else toast(KINDS[job.kind] + ' ' + job.file + ': xong.');
    await load();
  }

  function actions(document) {
    if (!state.mayChange) return [];
    const edit = el('button', { type: 'button', class: 'secondary', 'data-action': 'edit' }, 'Sửa');
    edit.addEventListener('click', () => openEdit(document));
    const remove = el('button', { type: 'button', class: 'danger', 'data-action': 'remove' }, 'Xoá');
    remove.addEventListener('click', async () => {
      const question = 'Xoá văn bản "' + (document.title || document.id) + '"? Tệp và thông tin'
        + ' của nó bị xoá khỏi thư mục văn bản và không còn được trả lời.'
        + (document.bundled ? '\n\nĐây là văn bản đi kèm phần mềm; sau khi xoá chỉ lấy lại được'
          + ' bằng cách tải tệp lên lại.' : '');
      if (!window.confirm(question)) return;
      try {
        await follow(await api(path(document.id), { method: 'DELETE' }));
      } catch (e) {
        toast(e.message, 'error');
      }
    });
    return [edit, remove];
  }

  function path(id) {
    return '/api/quanly/documents/' + id.split('/').map(encodeURIComponent).join('/');
  }

  function row(document) {
    return el('tr', { 'data-id': document.id },
      el('td', {}, document.kind || '–'),
      el('td', {}, document.number || '–'),
      el('td', {}, document.date ? document.date.split('-').reverse().join('/') : '–'),
      el('td', {}, document.issuer || '–'),
      el('td', { class: 'title' }, document.title || '–'),
      el('td', { class: 'num' }, number(document.passages)),
      el('td', { class: 'file' }, document.id,
        document.bundled ? el('div', {}, el('span', { class: 'badge' }, 'đi kèm')) : null,
        document.sidecar ? el('div', {}, el('span', { class: 'badge ok' }, 'đã sửa thông tin'))
          : null),
      el('td', { class: 'actions change' }, actions(document)));
  }

  function openEdit(document) {
    editing = document;
    $('edit-id').textContent = document.id;
    for (const field of FIELDS) $('edit-' + field).value = document[field] || '';
    $('edit').hidden = false;
    $('edit').scrollIntoView({ behavior: 'smooth' });
    $('edit-kind').focus();
  }

  async function saveEdit(event) {
    event.preventDefault();
    const body = {};
    for (const field of FIELDS) body[field] = $('edit-' + field).value;
    const job = await api(path(editing.id), { method: 'PUT', body });
    $('edit').hidden = true;
    editing = null;
    await follow(job);
  }

  async function upload(event) {
    event.preventDefault();
    const file = $('file').files[0];
    if (!file) {
      toast('Hãy chọn một tệp để tải lên.', 'error');
      return;
    }
    if (file.size > state.maxUploadBytes) {
      toast('Tệp vượt quá ' + state.maxUploadBytes / 1048576 + ' MB.', 'error');
      return;
    }
    const form = new FormData();
    form.append('file', file);
    form.append('folder', $('folder').value);
    $('upload-button').disabled = true;
    try {
      const job = await api('/api/quanly/documents', { method: 'POST', body: form });
      $('file').value = '';
      await follow(job);
    } finally {
      $('upload-button').disabled = false;
    }
  }

  async function load() {
    state = await api('/api/quanly/documents');
    document.body.classList.toggle('read-only', !state.mayChange);
    $('upload').hidden = !state.mayChange;
    $('max-size').textContent = number(state.maxUploadBytes / 1048576);
    const passages = state.documents.reduce((sum, d) => sum + d.passages, 0);
    $('summary').textContent = number(state.documents.length) + ' văn bản, ' + number(passages)
      + ' đoạn tra cứu được.' + (state.indexing ? ' Đang lập chỉ mục…' : '')
      + (state.mayChange ? '' : ' Chỉ quản trị viên được tải lên, sửa hoặc xoá văn bản.');
    for (const job of state.jobs) if (!jobs.has(job.id) || job.finished) jobs.set(job.id, job);
    drawJobs();
    const body = document.querySelector('#documents tbody');
    body.replaceChildren(...(state.documents.length ? state.documents.map(row)
      : [el('tr', {}, el('td', { colspan: 8, class: 'muted' }, 'Chưa có văn bản nào.'))]));
  }

  window.Quanly.ready(async () => {
    $('upload').addEventListener('submit', (e) => upload(e).catch((x) => toast(x.message, 'error')));
    $('edit').addEventListener('submit', (e) => saveEdit(e).catch((x) => toast(x.message, 'error')));
    $('edit-cancel').addEventListener('click', () => { $('edit').hidden = true; });
    await load();
    for (const job of state.jobs) {
      if (!job.finished) follow(job).catch((e) => toast(e.message, 'error'));
    }
  });
})();
