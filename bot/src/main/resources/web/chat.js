// The web chat: sends what the member types or presses to POST /api/chat and shows the replies.
// The session is the server's: it sets an HttpOnly cookie on the first message, which the browser sends back.
// Server text is only ever put into the page as text nodes (never as HTML), so markup in it is shown literally.
'use strict';

(() => {
  const STARTED_KEY = 'troLyCongDoan.started';
  const SEND_FAILED = 'Không gửi được, vui lòng thử lại.';
  const TOAST_MILLIS = 3500;

  const messages = document.getElementById('messages');
  const conversation = document.getElementById('conversation');
  const typing = document.getElementById('typing');
  const form = document.getElementById('composer');
  const input = document.getElementById('message');
  const sendButton = document.getElementById('send');
  const toast = document.getElementById('toast');
  const chips = document.querySelectorAll('.chip');

  const storage = (() => {
    try {
      const probe = window.localStorage;
      probe.setItem('troLyCongDoan.probe', '1');
      probe.removeItem('troLyCongDoan.probe');
      return probe;
    } catch (e) {
      return null;
    }
  })();

  let busy = false;
  let toastTimer = null;

  function scrollToEnd() {
    conversation.scrollTop = conversation.scrollHeight;
  }

  function bubble(kind) {
    const element = document.createElement('div');
    element.className = 'bubble ' + kind;
    return element;
  }

  function textBlock(runs) {
    const block = document.createElement('div');
    block.className = 'text';
    for (const run of runs) {
      const text = document.createTextNode(String(run.text));
      if (run.style === 'bold' || run.style === 'italic') {
        const styled = document.createElement(run.style === 'bold' ? 'b' : 'i');
        styled.appendChild(text);
        block.appendChild(styled);
      } else {
        block.appendChild(text);
      }
    }
    return block;
  }

  function keyboard(rows, owner) {
    const board = document.createElement('div');
    board.className = 'keyboard';
    for (const row of rows) {
      const line = document.createElement('div');
      line.className = 'row';
      for (const button of row) {
        const element = document.createElement('button');
        element.type = 'button';
        element.textContent = button.label;
        element.addEventListener('click', () => press(button.data, owner));
        line.appendChild(element);
      }
      board.appendChild(line);
    }
    return board;
  }

  function replyBubble(reply) {
    const element = bubble('bot');
    element.appendChild(textBlock(reply.text || []));
    if (reply.buttons && reply.buttons.length > 0) {
      element.appendChild(keyboard(reply.buttons, element));
    }
    return element;
  }

  function showUser(text) {
    const element = bubble('user');
    const block = document.createElement('div');
    block.className = 'text';
    block.textContent = text;
    element.appendChild(block);
    messages.appendChild(element);
  }

  function showBot(text, kind) {
    messages.appendChild(replyBubble({text: [{text: text, style: 'plain'}], buttons: []}));
    if (kind) {
      messages.lastElementChild.classList.add(kind);
    }
  }

  function showReplies(body, pressed) {
    let replaceable = pressed;
    for (const reply of body.replies || []) {
      const element = replyBubble(reply);
      if (reply.replacesPressed && replaceable && replaceable.isConnected) {
        replaceable.replaceWith(element);
        replaceable = null;
      } else {
        messages.appendChild(element);
      }
    }
    if (body.notice) {
      showToast(body.notice);
    }
  }

  function showToast(text) {
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, TOAST_MILLIS);
  }

  function setBusy(value) {
    busy = value;
    sendButton.disabled = value;
    chips.forEach(chip => { chip.disabled = value; });
    typing.hidden = !value;
    scrollToEnd();
  }

  async function errorMessage(response) {
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      try {
        const body = await response.json();
        if (body && typeof body.error === 'string') {
          return body.error;
        }
      } catch (e) {
        // not JSON: the generic message below
      }
    }
    return SEND_FAILED;
  }

  // Sends one message; resolves to true when the server answered it.
  async function send(payload, pressed) {
    if (busy) {
      return false;
    }
    setBusy(true);
    try {
      const response = await fetch('/api/chat', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        credentials: 'same-origin',
        body: JSON.stringify(payload),
      });
      if (!response.ok) {
        showBot(await errorMessage(response), 'error');
        return false;
      }
      showReplies(await response.json(), pressed);
      return true;
    } catch (e) {
      showBot(SEND_FAILED, 'error');
      return false;
    } finally {
      setBusy(false);
    }
  }

  function sendText(text, echo) {
    const trimmed = text.trim();
    if (trimmed === '' || busy) {
      return Promise.resolve(false);
    }
    if (echo) {
      showUser(trimmed);
    }
    return send({text: trimmed}, null);
  }

  function press(data, owner) {
    send({button: data}, owner);
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const text = input.value;
    if (text.trim() === '' || busy) {
      input.focus();
      return;
    }
    input.value = '';
    input.focus();
    const answered = await sendText(text, true);
    if (!answered && input.value === '') {
      input.value = text;
    }
    input.focus();
  });

  chips.forEach(chip => chip.addEventListener('click', () => sendText(chip.dataset.text, true)));

  async function greet() {
    if (storage && storage.getItem(STARTED_KEY) === '1') {
      showBot('Chào bạn quay lại! Hãy nhập câu hỏi, hoặc bấm «Hướng dẫn» để xem cách dùng.');
      return;
    }
    if (await sendText('/start', false) && storage) {
      storage.setItem(STARTED_KEY, '1');
    }
  }

  input.focus();
  greet();
})();
