'use strict';
// The dashboard's shared script: the session, the navigation, calls to the staff API and safe
// element building. Pages never put data into innerHTML: text always goes in through textContent
// (Quanly.el), so whatever a member or a staff member typed is shown literally.
(function () {
  const LOGIN = '/quanly/dangnhap';
  const PAGES = [
    ['tongquan', '/quanly', 'Tổng quan'],
    ['baocao', '/quanly/baocao', 'Báo cáo'],
    ['cauhoi', '/quanly/cauhoi', 'Câu hỏi'],
    ['kiennghi', '/quanly/kiennghi', 'Kiến nghị'],
    ['phatsong', '/quanly/phatsong', 'Phát sóng'],
    ['vanban', '/quanly/vanban', 'Văn bản'],
    ['donvi', '/quanly/donvi', 'Đơn vị'],
  ];
  let session = null;

  function toLogin() {
    window.location.assign(
      LOGIN + '?next=' + encodeURIComponent(window.location.pathname + window.location.search));
  }

  /**
   * Calls the staff API: a JSON body for a plain object, a FormData as it is; the session's CSRF
   * token on every change. Resolves to the parsed JSON (or the Response for other types); rejects
   * with an Error carrying the server's Vietnamese message. A 401 goes to the login page.
   */
  async function api(path, options = {}) {
    const init = { method: options.method || 'GET', headers: {}, credentials: 'same-origin' };
    if (init.method !== 'GET' && session) {
      init.headers['X-CSRF-Token'] = session.csrf;
    }
    if (options.body instanceof FormData) {
      init.body = options.body;
    } else if (options.body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new Error('Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.');
    }
    if (response.status === 401) {
      toLogin();
      throw new Error('Phiên đăng nhập đã hết. Hãy đăng nhập lại.');
    }
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok) {
      let message = 'Máy chủ báo lỗi ' + response.status + '.';
      if (type.startsWith('application/json')) {
        const body = await response.json();
        if (body && body.error) message = body.error;
      }
      throw new Error(message);
    }
    return type.startsWith('application/json') ? response.json() : response;
  }

  /**
   * Builds an element: el('a', {href: '/x', class: 'btn'}, 'text', child…). Strings become text
   * nodes; null and false children are skipped; attributes starting with "on" are refused.
   */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.toLowerCase().startsWith('on')) throw new Error('No inline handlers: ' + name);
      if (name === 'class') element.className = value;
      else if (name === 'text') element.textContent = value;
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /** Shows a short message at the bottom of the page; kind 'error' for failures. */
  function toast(message, kind) {
    let box = document.getElementById('toast');
    if (!box) {
      box = el('div', { id: 'toast', role: 'status', 'aria-live': 'polite' });
      document.body.append(box);
    }
    box.textContent = message;
    box.className = 'show' + (kind === 'error' ? ' error' : '');
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.className = ''; }, 5000);
  }

  /** Numbers as Việt Nam writes them: 1.234,5. */
  function number(value) {
    return value === null || value === undefined ? '–' : Number(value).toLocaleString('vi-VN');
  }

  function navigation(current) {
    const links = PAGES.map(([key, href, label]) =>
      el('a', { href, class: key === current ? 'current' : null,
        'aria-current': key === current ? 'page' : null }, label));
    const who = el('span', { class: 'who' }, session.name,
      session.unit ? ' · ' + session.unit : ' · quản trị');
    const logout = el('form', { method: 'post', action: '/quanly/dangxuat', class: 'logout' },
      el('input', { type: 'hidden', name: 'csrf', value: session.csrf }),
      el('button', { type: 'submit' }, 'Đăng xuất'));
    const toggle = el('button', { type: 'button', class: 'menu', 'aria-expanded': 'false',
      'aria-controls': 'nav-links' }, '☰ Menu');
    const list = el('div', { class: 'links', id: 'nav-links' }, links);
    toggle.addEventListener('click', () => {
      const open = list.classList.toggle('open');
      toggle.setAttribute('aria-expanded', String(open));
    });
    return el('nav', { class: 'top', 'aria-label': 'Trang quản lý' },
      el('a', { href: '/quanly', class: 'brand' }, 'Trợ lý Công đoàn'), toggle, list,
      el('div', { class: 'account' }, who, logout));
  }

  /**
   * Runs start(session) once the page is loaded and the session known ({login, name, role, unit,
   * csrf}); draws the navigation first. Errors thrown by start are shown as a toast.
   */
  function ready(start) {
    document.addEventListener('DOMContentLoaded', async () => {
      try {
        session = await api('/api/quanly/session');
      } catch (e) {
        toast(e.message, 'error');
        return;
      }
      document.body.prepend(navigation(document.body.dataset.page));
      try {
        await start(session);
      } catch (e) {
        toast(e.message, 'error');
      }
    });
  }

  window.Quanly = { api, el, toast, number, ready };
})();
