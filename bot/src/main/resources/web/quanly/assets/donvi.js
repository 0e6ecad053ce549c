'use strict';
// Đơn vị: the unit tree of the account's subtree, invite codes, reporters, and (admins only) the
// staff accounts. Every text goes in through Quanly.el (textContent), never innerHTML.
(function () {
  const { api, el, toast, number } = Quanly;
  const STATES = { open: ['Còn hiệu lực', 'ok'], used: ['Đã dùng', ''], expired: ['Hết hạn', 'warn'] };
  const CHANNELS = { telegram: 'Telegram', web: 'Web' };
  let units = [];
  let invites = [];

  function time(iso) {
    if (!iso) return '–';
    return new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function unitLabel(code, name) {
    return name && name !== code ? name + ' (' + code + ')' : code;
  }

  function fill(tbody, rows, empty, columns) {
    tbody.replaceChildren(...(rows.length ? rows
      : [el('tr', {}, el('td', { colspan: columns, class: 'muted' }, empty))]));
  }

  function unitOptions(select, withNone) {
    const options = units.filter((u) => !u.closed).map((u) =>
      el('option', { value: u.code }, '\u00a0'.repeat(u.depth * 2) + unitLabel(u.code, u.name)));
    if (withNone) options.unshift(el('option', { value: '' }, '— (quản trị: mọi đơn vị)'));
    select.replaceChildren(...options);
  }

  async function loadTree(session) {
    units = await api('/api/quanly/units');
    const top = units[0];
    document.getElementById('tree-scope').textContent = session.unit
      ? 'Tài khoản của bạn quản lý ' + unitLabel(top.code, top.name) + ' và các đơn vị trực thuộc.'
      : 'Tài khoản quản trị: mọi đơn vị.';
    const minDepth = top ? top.depth : 0;
    const rows = units.map((u) => el('tr', { 'data-unit': u.code, class: u.closed ? 'disabled' : null },
      el('td', { class: 'depth-' + Math.min(3, u.depth - minDepth) }, u.name,
        u.closed ? el('span', { class: 'badge warn' }, ' đã giải thể') : null),
      el('td', {}, u.code),
      el('td', {}, u.level),
      el('td', { class: 'num' }, number(u.reporters)),
      el('td', { class: 'num' }, number(u.openInvites)),
      el('td', {}, u.closed ? null : inviteButton(u))));
    fill(document.querySelector('#tree tbody'), rows, 'Không có đơn vị nào.', 6);
    unitOptions(document.getElementById('invite-unit'), false);
  }

  function inviteButton(unit) {
    const button = el('button', { type: 'button', class: 'secondary' }, 'Tạo mã mời');
    button.addEventListener('click', () => {
      document.getElementById('invite-unit').value = unit.code;
      document.getElementById('invite-form').scrollIntoView({ behavior: 'smooth' });
      document.getElementById('invite-days').focus();
    });
    return button;
  }

  function drawInvites() {
    const wanted = document.getElementById('invite-filter').value;
    const rows = invites.filter((i) => !wanted || i.state === wanted).map((i) => {
      const [label, kind] = STATES[i.state] || [i.state, ''];
      return el('tr', {},
        el('td', {}, el('code', { class: 'invite' }, i.code)),
        el('td', {}, unitLabel(i.unit, i.unitName)),
        el('td', {}, el('span', { class: 'badge ' + kind }, label)),
        el('td', {}, time(i.createdAt)),
        el('td', {}, time(i.expiresAt)),
        el('td', {}, i.createdBy),
        el('td', {}, i.state === 'used' ? (i.usedBy || 'không rõ tên') + ' · ' + time(i.usedAt) : '–'));
    });
    fill(document.querySelector('#invites tbody'), rows, 'Chưa có mã mời nào.', 7);
  }

  async function loadInvites() {
    invites = await api('/api/quanly/units/invites');
    drawInvites();
  }

  async function loadReporters() {
    const reporters = await api('/api/quanly/units/reporters');
    const rows = reporters.map((r) => el('tr', {},
      el('td', {}, unitLabel(r.unit, r.unitName)),
      el('td', {}, r.name || 'không rõ tên'),
      el('td', {}, CHANNELS[r.channel] || r.channel),
      el('td', {}, time(r.registeredAt))));
    fill(document.querySelector('#reporters tbody'), rows, 'Chưa có ai đăng ký báo cáo.', 4);
  }

  async function createInvite(event) {
    event.preventDefault();
    const button = document.getElementById('invite-create');
    button.disabled = true;
    try {
      const created = await api('/api/quanly/units/invites', { method: 'POST', body: {
        unit: document.getElementById('invite-unit').value,
        days: Number(document.getElementById('invite-days').value) } });
      const box = document.getElementById('invite-created');
      box.replaceChildren('Mã mời mới cho ' + unitLabel(created.unit, created.unitName) + ': ',
        el('code', { class: 'invite', id: 'new-invite' }, created.code),
        ' — hết hạn ' + time(created.expiresAt) + '.');
      box.hidden = false;
      toast('Đã tạo mã mời ' + created.code + '.');
      await Promise.all([loadInvites(), loadTree(currentSession)]);
    } catch (e) {
      toast(e.message, 'error');
    } finally {
      button.disabled = false;
    }
  }

  // ---- staff accounts (admins only) ----

  function showPassword(account, password) {
    const box = document.getElementById('account-password');
    box.replaceChildren('Mật khẩu tạm thời của ' + account.login + ': ',
      el('code', { class: 'invite', id: 'temporary-password' }, password),
      ' — chỉ hiện một lần, hãy gửi riêng cho người dùng.');
    box.hidden = false;
  }

  function roleLabel(role) {
    return role === 'admin' ? 'Quản trị' : 'Cán bộ';
  }

  function accountRow(account, session) {
    const self = account.login === session.login;
    const actions = el('div', { class: 'actions' });
    const edit = el('button', { type: 'button', class: 'secondary' }, 'Sửa');
    edit.addEventListener('click', () => editRow(row, account, session));
    const toggle = el('button', { type: 'button', class: account.disabled ? 'secondary' : 'danger',
      disabled: self && !account.disabled }, account.disabled ? 'Mở khóa' : 'Khóa');
    toggle.addEventListener('click', () => act(account.disabled ? 'enable' : 'disable', account,
      account.disabled ? 'Đã mở khóa ' + account.login + '.' : 'Đã khóa ' + account.login + '.'));
    const reset = el('button', { type: 'button', class: 'secondary' }, 'Đặt lại mật khẩu');
    reset.addEventListener('click', async () => {
      if (!window.confirm('Đặt lại mật khẩu của ' + account.login + '? Các phiên đang mở sẽ bị đăng xuất.')) return;
      try {
        const issued = await api('/api/quanly/accounts/' + account.id + '/password', { method: 'POST', body: {} });
        showPassword(issued.account, issued.temporaryPassword);
        toast('Đã đặt lại mật khẩu của ' + account.login + '.');
      } catch (e) {
        toast(e.message, 'error');
      }
    });
    actions.append(edit, toggle, reset);
    const row = el('tr', { 'data-login': account.login, class: account.disabled ? 'disabled' : null },
      el('td', {}, account.login, self ? el('span', { class: 'badge' }, ' bạn') : null),
      el('td', {}, account.name),
      el('td', {}, roleLabel(account.role)),
      el('td', {}, account.unit ? unitLabel(account.unit, account.unitName) : 'Mọi đơn vị'),
      el('td', {}, el('span', { class: 'badge ' + (account.disabled ? 'warn' : 'ok') },
        account.disabled ? 'Đã khóa' : 'Đang dùng')),
      el('td', {}, actions));
    return row;
  }

  function editRow(row, account, session) {
    const name = el('input', { value: account.name, maxlength: 100, 'aria-label': 'Tên hiển thị' });
    const role = el('select', { 'aria-label': 'Vai trò' },
      el('option', { value: 'staff' }, 'Cán bộ'), el('option', { value: 'admin' }, 'Quản trị'));
    role.value = account.role;
    const unit = el('select', { 'aria-label': 'Đơn vị' });
    unitOptions(unit, true);
    unit.value = account.unit || '';
    const save = el('button', { type: 'button' }, 'Lưu');
    const cancel = el('button', { type: 'button', class: 'secondary' }, 'Hủy');
    cancel.addEventListener('click', () => loadAccounts(session));
    save.addEventListener('click', async () => {
      try {
        await api('/api/quanly/accounts/' + account.id, { method: 'PUT', body: {
          name: name.value, role: role.value, unit: role.value === 'admin' ? null : unit.value } });
        toast('Đã lưu ' + account.login + '.');
        await loadAccounts(session);
      } catch (e) {
        toast(e.message, 'error');
      }
    });
    row.replaceChildren(el('td', {}, account.login), el('td', {}, name), el('td', {}, role),
      el('td', {}, unit), el('td', {}), el('td', {}, el('div', { class: 'actions' }, save, cancel)));
  }

  async function act(action, account, done) {
    try {
      await api('/api/quanly/accounts/' + account.id + '/' + action, { method: 'POST', body: {} });
      toast(done);
      await loadAccounts(currentSession);
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  async function loadAccounts(session) {
    const accounts = await api('/api/quanly/accounts');
    fill(document.querySelector('#accounts tbody'), accounts.map((a) => accountRow(a, session)),
      'Chưa có tài khoản nào.', 6);
  }

  async function createAccount(event) {
    event.preventDefault();
    const role = document.getElementById('account-role').value;
    try {
      const issued = await api('/api/quanly/accounts', { method: 'POST', body: {
        login: document.getElementById('account-login').value,
        name: document.getElementById('account-name').value,
        role,
        unit: role === 'admin' ? null : document.getElementById('account-unit').value } });
      showPassword(issued.account, issued.temporaryPassword);
      document.getElementById('account-form').reset();
      syncUnitChoice();
      toast('Đã tạo tài khoản ' + issued.account.login + '.');
      await loadAccounts(currentSession);
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  function syncUnitChoice() {
    const admin = document.getElementById('account-role').value === 'admin';
    document.getElementById('account-unit').disabled = admin;
  }

  let currentSession = null;

  Quanly.ready(async (session) => {
    currentSession = session;
    document.getElementById('invite-form').addEventListener('submit', createInvite);
    document.getElementById('invite-filter').addEventListener('change', drawInvites);
    await loadTree(session);
    await Promise.all([loadInvites(), loadReporters()]);
    if (session.role === 'admin') {
      document.getElementById('accounts-section').hidden = false;
      unitOptions(document.getElementById('account-unit'), false);
      document.getElementById('account-role').addEventListener('change', syncUnitChoice);
      document.getElementById('account-form').addEventListener('submit', createAccount);
      await loadAccounts(session);
    }
  });
})();
