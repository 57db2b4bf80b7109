/*
 * The agent page of widget-server: sign in, see the organisation's conversations live, reply.
 *
 * Plain browser JavaScript, no build step. Written in the ES5 style (var, function) on purpose:
 * the page's HtmlUnit test runs it on Rhino, which lags behind browsers in newer syntax.
 *
 * Sections: 1. STOMP 1.2 over WebSocket (frames, reader, reconnecting client)
 *           2. HTTP API    3. message helpers    4. rendering    5. the console (state + events)
 *
 * Safety rule of the whole file: chat data only ever reaches the DOM as textContent, or as an
 * href/src that passed safeUrl(). Nothing here assigns innerHTML.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------
  // 1. STOMP 1.2 over WebSocket
  // ---------------------------------------------------------------------------------------

  var NUL = '\u0000';
  var HEARTBEAT_MS = 10000;

  function escapeHeader(value) {
    return String(value).replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/:/g, '\\c');
  }

  function unescapeHeader(value) {
    return value.replace(/\\([\\rnc])/g, function (all, c) {
      return c === 'n' ? '\n' : c === 'r' ? '\r' : c === 'c' ? ':' : '\\';
    });
  }

  /** CONNECT is written unescaped (STOMP 1.2 says so); every later frame escapes its headers. */
  function encodeFrame(command, headers, body) {
    var escape = command !== 'CONNECT';
    var text = command + '\n';
    Object.keys(headers).forEach(function (name) {
      text += (escape ? escapeHeader(name) + ':' + escapeHeader(headers[name]) : name + ':' + headers[name]) + '\n';
    });
    return text + '\n' + (body || '') + NUL;
  }

  /** Index in s where byteLength UTF-8 bytes starting at start end; -1 when s is too short. */
  function utf8End(s, start, byteLength) {
    var bytes = 0;
    var i = start;
    while (bytes < byteLength) {
      if (i >= s.length) {
        return -1;
      }
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        bytes += 4;
        i += 2;
      } else {
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        i += 1;
      }
    }
    return i;
  }

  /** Splits incoming text into frames, whatever way the socket cut it, and skips heart-beat EOLs. */
  function createFrameReader(onFrame) {
    var buffer = '';
    function next() {
      var skip = 0;
      while (skip < buffer.length && (buffer.charAt(skip) === '\n' || buffer.charAt(skip) === '\r')) {
        skip++;
      }
      buffer = buffer.slice(skip);
      var headEnd = buffer.indexOf('\n\n');
      var separator = 2;
      var crlf = buffer.indexOf('\r\n\r\n');
      if (crlf >= 0 && (headEnd < 0 || crlf < headEnd)) {
        headEnd = crlf;
        separator = 4;
      }
      if (headEnd < 0) {
        return false;
      }
      var lines = buffer.slice(0, headEnd).split(/\r?\n/);
      var command = lines[0];
      var headers = {};
      for (var k = 1; k < lines.length; k++) {
        var colon = lines[k].indexOf(':');
        if (colon < 0) {
          continue;
        }
        var raw = command === 'CONNECTED';
        var name = raw ? lines[k].slice(0, colon) : unescapeHeader(lines[k].slice(0, colon));
        if (!Object.prototype.hasOwnProperty.call(headers, name)) { // STOMP: the first one wins
          headers[name] = raw ? lines[k].slice(colon + 1) : unescapeHeader(lines[k].slice(colon + 1));
        }
      }
      var bodyStart = headEnd + separator;
      var bodyEnd;
      if (headers['content-length'] !== undefined) {
        bodyEnd = utf8End(buffer, bodyStart, parseInt(headers['content-length'], 10) || 0);
        if (bodyEnd < 0 || bodyEnd >= buffer.length) {
          return false;
        }
      } else {
        bodyEnd = buffer.indexOf(NUL, bodyStart);
        if (bodyEnd < 0) {
          return false;
        }
      }
      var frame = { command: command, headers: headers, body: buffer.slice(bodyStart, bodyEnd) };
      buffer = buffer.slice(bodyEnd + 1);
      onFrame(frame);
      return true;
    }
    return {
      push: function (text) {
        buffer += text;
        while (buffer.length > 0 && next()) { /* one frame per turn */ }
      }
    };
  }

  /**
   * A STOMP client that stays connected: reconnects with growing, jittered delays (reset by a
   * good connection) and restores its subscriptions each time. Sends are refused (false)
   * while disconnected; the console keeps its own outbox.
   * options: url, login, passcode, onConnected(), onState(state), onRefused(message).
   */
  function createStompClient(options) {
    var socket = null;
    var connected = false;
    var stopped = false;
    var attempt = 0;
    var subscriptions = {}; // id -> {destination, onMessage}
    var nextId = 1;
    var ticker = null;
    var reconnectTimer = null;
    var lastIn = 0;
    var lastOut = 0;
    var sendEvery = 0;
    var expectEvery = 0;

    function state(name) {
      if (options.onState) {
        options.onState(name);
      }
    }

    function write(text) {
      lastOut = Date.now();
      socket.send(text);
    }

    function subscribeFrame(id) {
      write(encodeFrame('SUBSCRIBE', { id: id, destination: subscriptions[id].destination, ack: 'client' }));
    }

    function onFrame(frame) {
      if (frame.command === 'CONNECTED') {
        connected = true;
        attempt = 0;
        var theirs = (frame.headers['heart-beat'] || '0,0').split(',');
        var serverSends = parseInt(theirs[0], 10) || 0;
        var serverWants = parseInt(theirs[1], 10) || 0;
        sendEvery = serverWants > 0 ? Math.max(HEARTBEAT_MS, serverWants) : 0;
        expectEvery = serverSends > 0 ? Math.max(HEARTBEAT_MS, serverSends) : 0;
        Object.keys(subscriptions).forEach(subscribeFrame);
        state('connected');
        if (options.onConnected) {
          options.onConnected();
        }
      } else if (frame.command === 'MESSAGE') {
        var sub = subscriptions[frame.headers.subscription];
        try {
          if (sub) {
            sub.onMessage(frame.body, frame.headers);
          }
        } finally {
          // ACK after handling, as ack:client asks; the server's ack header names the message.
          var ackId = frame.headers.ack || frame.headers['message-id'];
          if (ackId && connected) {
            write(encodeFrame('ACK', { id: ackId }));
          }
        }
      } else if (frame.command === 'ERROR') {
        var reason = frame.headers.message || frame.body || 'STOMP error';
        if (!connected) {
          stopped = true; // refused at CONNECT: the sign-in is no longer valid; retrying cannot help
          if (options.onRefused) {
            options.onRefused(reason);
          }
        } else if (window.console) {
          window.console.warn('STOMP error: ' + reason);
        }
      }
    }

    function tick() {
      if (!connected) {
        return;
      }
      var now = Date.now();
      if (expectEvery > 0 && now - lastIn > 2 * expectEvery) {
        socket.close(); // the server went silent: drop the socket and start over
        return;
      }
      if (sendEvery > 0 && now - lastOut >= sendEvery) {
        write('\n');
      }
    }

    function open() {
      reconnectTimer = null;
      if (stopped) {
        return;
      }
      state('connecting');
      var reader = createFrameReader(onFrame);
      var ws;
      try {
        ws = new WebSocket(options.url, ['v12.stomp']);
      } catch (e) {
        scheduleReconnect();
        return;
      }
      socket = ws;
      ws.onopen = function () {
        lastIn = Date.now();
        write(encodeFrame('CONNECT', {
          'accept-version': '1.2', host: location.hostname, login: options.login,
          passcode: options.passcode, 'heart-beat': HEARTBEAT_MS + ',' + HEARTBEAT_MS
        }));
      };
      ws.onmessage = function (event) {
        lastIn = Date.now();
        if (typeof event.data === 'string') {
          reader.push(event.data);
        }
      };
      ws.onclose = function () {
        if (socket !== ws) {
          return;
        }
        socket = null;
        connected = false;
        if (stopped) {
          state('closed');
        } else {
          scheduleReconnect();
        }
      };
    }

    function scheduleReconnect() {
      state('reconnecting');
      var delay = Math.min(30000, 1000 * Math.pow(2, Math.min(attempt, 5)));
      attempt++;
      // Whole milliseconds: some browsers' test harnesses never fire fractional delays.
      reconnectTimer = setTimeout(open, Math.round(delay * (0.5 + Math.random() / 2)));
    }

    return {
      start: function () {
        ticker = setInterval(tick, 1000);
        open();
      },
      connected: function () {
        return connected;
      },
      /** Subscribes now if connected, and again after every reconnect; returns the id. */
      subscribe: function (destination, onMessage) {
        var id = 'sub-' + nextId++;
        subscriptions[id] = { destination: destination, onMessage: onMessage };
        if (connected) {
          subscribeFrame(id);
        }
        return id;
      },
      unsubscribe: function (id) {
        if (!subscriptions[id]) {
          return;
        }
        delete subscriptions[id];
        if (connected) {
          write(encodeFrame('UNSUBSCRIBE', { id: id }));
        }
      },
      /** No content-type header: bytedesk-family servers drop SENDs marked application/json. */
      send: function (destination, body) {
        if (!connected) {
          return false;
        }
        write(encodeFrame('SEND', { destination: destination }, body));
        return true;
      },
      stop: function () {
        stopped = true;
        clearInterval(ticker);
        clearTimeout(reconnectTimer);
        if (socket) {
          if (connected) {
            try {
              write(encodeFrame('DISCONNECT', {}));
            } catch (e) { /* closing anyway */ }
          }
          socket.close();
        }
      }
    };
  }

  // ---------------------------------------------------------------------------------------
  // 2. HTTP API (/agent/api, same origin)
  // ---------------------------------------------------------------------------------------

  /** Calls the agent API; done(error, data) where error is {status, message} or null. */
  function apiCall(method, path, token, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, '/agent/api' + path);
    if (token) {
      xhr.setRequestHeader('Authorization', 'Bearer ' + token);
    }
    if (body !== null) {
      xhr.setRequestHeader('Content-Type', 'application/json');
    }
    xhr.onload = function () {
      var answer = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (e) { /* not JSON: reported below */ }
      if (xhr.status === 200 && answer) {
        done(null, answer.data);
      } else {
        done({ status: xhr.status, message: answer && answer.message ? answer.message : 'HTTP ' + xhr.status }, null);
      }
    };
    xhr.onerror = function () {
      done({ status: 0, message: '无法连接服务器 (network error)' }, null);
    };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  // ---------------------------------------------------------------------------------------
  // 3. Message helpers
  // ---------------------------------------------------------------------------------------

  var CONTENT_TYPES = { TEXT: 1, IMAGE: 1, FILE: 1, AUDIO: 1, VIDEO: 1 };
  var STATUS_RANK = { SENDING: 0, SUCCESS: 1, DELIVERED: 2, READ: 3 };
  var STATUS_LABEL = { SENDING: '发送中…', SUCCESS: '已发送', DELIVERED: '已送达', READ: '已读' }; // ticks are drawn in CSS
  var STATUS_TITLE = { SENDING: 'Sending', SUCCESS: 'Sent', DELIVERED: 'Delivered', READ: 'Read by the visitor' };
  var PREVIEW_LABEL = {
    IMAGE: '[图片]', FILE: '[文件]', AUDIO: '[语音]', VIDEO: '[视频]', RATE_SUBMIT: '[评价]', RATE_INVITE: '[邀请评价]',
    LEAVE_MSG_SUBMIT: '[留言]', AGENT_CLOSED: '[会话已结束]', AUTO_CLOSED: '[会话已自动结束]'
  };
  var THREAD_CLOSING = { AGENT_CLOSED: 1, AUTO_CLOSED: 1 };
  var CLOSE_TEXT = '客服已结束本次会话，感谢您的咨询。';
  var RATE_TEXT = '请您对本次服务进行评价，谢谢！';

  function newUid() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    var hex = '';
    for (var i = 0; i < bytes.length; i++) {
      hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    }
    return hex;
  }

  function parseJson(text) {
    try {
      return typeof text === 'string' && text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  function pad2(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** "HH:mm" today, "MM-dd HH:mm" before; accepts the server's "yyyy-MM-dd HH:mm:ss" and ISO-8601. */
  function shortTime(createdAt) {
    var now = new Date();
    var today = now.getFullYear() + '-' + pad2(now.getMonth() + 1) + '-' + pad2(now.getDate());
    var m = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d)/.exec(createdAt || '');
    if (m && !/[zZ]|[+-]\d\d:?\d\d$/.test(createdAt)) {
      return m[1] === today ? m[2] : m[1].slice(5) + ' ' + m[2];
    }
    var d = new Date(createdAt);
    if (isNaN(d.getTime())) {
      return '';
    }
    var day = d.getFullYear() + '-' + pad2(d.getMonth() + 1) + '-' + pad2(d.getDate());
    var time = pad2(d.getHours()) + ':' + pad2(d.getMinutes());
    return day === today ? time : day.slice(5) + ' ' + time;
  }

  /** Only http(s) and mailto links, and our own relative paths, ever become href or src. */
  function safeUrl(url) {
    if (typeof url !== 'string') {
      return null;
    }
    var u = url.trim();
    if (/^https?:\/\/[^\s]+$/i.test(u) || /^mailto:[^\s]+$/i.test(u) || /^\/[^\/\\\s][^\s]*$/.test(u)) {
      return u;
    }
    return null;
  }

  /** A file message's content: a URL, or {url, label, filename, size, mimeType} as JSON. */
  function fileInfo(content) {
    var parsed = parseJson(content);
    if (parsed && typeof parsed === 'object') {
      return { url: safeUrl(parsed.url), name: parsed.filename || parsed.label || parsed.url || '' };
    }
    var url = safeUrl(content);
    return { url: url, name: url ? url.split('/').pop() : content };
  }

  function stars(score) {
    var n = Math.max(0, Math.min(5, Math.round(Number(score) || 0)));
    return '★★★★★'.slice(0, n) + '☆☆☆☆☆'.slice(0, 5 - n);
  }

  /** The readable line for a message that is not a chat bubble, e.g. a rating or a left message. */
  function systemText(m) {
    var extra = parseJson(m.extra) || {};
    switch (m.type) {
      case 'RATE_SUBMIT': {
        var text = '访客评价：' + stars(extra.score) + ' ' + (Number(extra.score) || 0) + ' 分';
        if (extra.resolved === true || extra.resolved === 'true') {
          text += ' · 问题已解决';
        } else if (extra.resolved === false || extra.resolved === 'false') {
          text += ' · 问题未解决';
        }
        var comment = extra.comment || extra.content;
        return comment ? text + ' · “' + comment + '”' : text;
      }
      case 'LEAVE_MSG_SUBMIT': {
        var body = extra.content || m.content || '';
        var contact = extra.contact ? '（联系方式：' + extra.contact + '）' : '';
        return '访客留言：' + body + contact;
      }
      case 'RATE_INVITE':
        return isFromAgent(m) ? '已邀请访客评价' : '邀请评价';
      case 'AGENT_CLOSED':
        return '会话已结束';
      case 'AUTO_CLOSED':
        return '会话因长时间无回复已自动结束';
      default:
        return m.content ? m.content : '[' + m.type + ']';
    }
  }

  function isFromAgent(m) {
    return !!(m.user && m.user.type === 'AGENT');
  }

  function previewOf(m) {
    if (m.type === 'TEXT') {
      return m.content;
    }
    if (m.type === 'LEAVE_MSG_SUBMIT') {
      return systemText(m);
    }
    if (m.type === 'RATE_SUBMIT') {
      return '[评价] ' + stars((parseJson(m.extra) || {}).score);
    }
    return PREVIEW_LABEL[m.type] || m.content || '[' + m.type + ']';
  }

  // ---------------------------------------------------------------------------------------
  // 4. Rendering (DOM only through createElement and textContent)
  // ---------------------------------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function initial(name) {
    return (name || '访').charAt(0).toUpperCase();
  }

  /** Text with its http(s)/mailto links made clickable; everything else stays plain text. */
  function appendLinkified(parent, text) {
    var pattern = /(https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+)/gi;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var url = match[0].replace(/[.,;:!?)\]，。；：！？）]+$/, ''); // trailing punctuation is prose
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      if (safeUrl(url)) {
        var a = el('a', null, url);
        a.href = safeUrl(url);
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        parent.appendChild(a);
      } else {
        parent.appendChild(document.createTextNode(url));
      }
      last = match.index + url.length;
      pattern.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function renderBubbleContent(bubble, m) {
    if (m.type === 'TEXT') {
      appendLinkified(bubble, m.content || '');
      return;
    }
    var info = fileInfo(m.content);
    if (m.type === 'IMAGE' && info.url) {
      var link = el('a');
      link.href = info.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      var img = el('img', 'msg-image');
      img.src = info.url;
      img.alt = '图片 (image)';
      link.appendChild(img);
      bubble.appendChild(link);
      return;
    }
    var label = (PREVIEW_LABEL[m.type] || '[' + m.type + ']') + ' ' + (info.name || '');
    if (info.url) {
      var a = el('a', 'msg-file', label);
      a.href = info.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      bubble.appendChild(a);
    } else {
      bubble.appendChild(document.createTextNode(label));
    }
  }

  function renderStatus(node, status) {
    node.setAttribute('data-status', status);
    node.textContent = STATUS_LABEL[status] || status;
    node.title = STATUS_TITLE[status] || status;
  }

  function renderBubble(m, fromAgent, visitorName) {
    var item = el('li', 'msg ' + (fromAgent ? 'msg--agent' : 'msg--visitor'));
    item.setAttribute('data-uid', m.uid);
    var meta = el('div', 'msg-meta');
    meta.appendChild(el('span', 'msg-name', fromAgent ? (m.user && m.user.nickname) || '客服' : visitorName));
    meta.appendChild(el('time', 'msg-time', shortTime(m.createdAt)));
    item.appendChild(meta);
    var bubble = el('div', 'msg-bubble');
    renderBubbleContent(bubble, m);
    item.appendChild(bubble);
    if (fromAgent) {
      var status = el('div', 'msg-status');
      renderStatus(status, m.status || 'SUCCESS');
      item.appendChild(status);
    }
    return item;
  }

  function renderSystemLine(m) {
    var item = el('li', 'sysline sysline--' + m.type.toLowerCase().replace(/_/g, '-'));
    item.setAttribute('data-uid', m.uid);
    item.setAttribute('data-type', m.type);
    var span = el('span', null, systemText(m));
    var time = shortTime(m.createdAt);
    if (time) {
      span.title = time;
    }
    item.appendChild(span);
    return item;
  }

  // ---------------------------------------------------------------------------------------
  // 5. The console
  // ---------------------------------------------------------------------------------------

  var TOKEN_KEY = 'weiyu.agent.token';
  var AGENT_KEY = 'weiyu.agent.profile';
  var TYPING_EVERY_MS = 2000;
  var TYPING_SHOWN_MS = 4000;
  var HISTORY_PAGE_SIZE = 50;

  var session = null;      // {token, agent: {uid, nickname, org}}
  var stomp = null;
  var threads = {};        // topic -> {uid, topic, type, status, visitor, lastMessage, unread}
  var current = null;      // the open thread: {topic, subscription, messages: uid -> {message, node}}
  var outbox = [];         // [{destination, body}] written while disconnected
  var receiptsSent = {};   // uid -> true: one READ per visitor message
  var lastTypingSent = 0;
  var typingTimer = null;
  var closeArmedTimer = null;

  function save(sessionValue) {
    session = sessionValue;
    if (sessionValue) {
      sessionStorage.setItem(TOKEN_KEY, sessionValue.token);
      sessionStorage.setItem(AGENT_KEY, JSON.stringify(sessionValue.agent));
    } else {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(AGENT_KEY);
    }
  }

  function showSignIn(message) {
    $('console').hidden = true;
    $('signin').hidden = false;
    $('signin-error').textContent = message || '';
    $('signin-button').disabled = false;
    $('signin-uid').focus();
  }

  function signIn(event) {
    event.preventDefault();
    var uid = $('signin-uid').value.trim();
    var password = $('signin-password').value;
    if (!uid || !password) {
      $('signin-error').textContent = '请输入客服账号和密码 (agent id and password)';
      return;
    }
    $('signin-button').disabled = true;
    $('signin-error').textContent = '';
    apiCall('POST', '/login', null, { uid: uid, password: password }, function (error, data) {
      $('signin-button').disabled = false;
      if (error) {
        $('signin-error').textContent = error.status === 401 ? '账号或密码错误 (wrong agent id or password)'
            : error.status === 429 ? '密码错误次数过多，请稍后再试 (' + error.message + ')' : error.message;
        return;
      }
      $('signin-password').value = '';
      save({ token: data.token, agent: data.agent });
      startConsole();
    });
  }

  function signOut(message) {
    if (session) {
      apiCall('POST', '/logout', session.token, null, function () { /* signed out either way */ });
    }
    endConsole();
    save(null);
    showSignIn(message);
  }

  function endConsole() {
    if (stomp) {
      stomp.stop();
      stomp = null;
    }
    threads = {};
    current = null;
    outbox = [];
    $('thread-list').textContent = '';
    $('chat-pane').hidden = true;
    $('chat-empty').hidden = false;
  }

  function startConsole() {
    $('signin').hidden = true;
    $('console').hidden = false;
    $('agent-name').textContent = session.agent.nickname + ' · ' + session.agent.uid;
    $('agent-name').title = 'Organisation ' + session.agent.org;
    loadThreads();
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    stomp = createStompClient({
      url: scheme + location.host + '/stomp',
      login: session.agent.uid,
      passcode: session.token,
      onState: showConnection,
      onConnected: onConnected,
      onRefused: function () {
        signOut('登录已过期，请重新登录 (your sign-in expired)');
      }
    });
    stomp.subscribe('/topic/org.inbox.' + session.agent.org, onInboxMessage);
    stomp.start();
  }

  function showConnection(state) {
    var labels = { connecting: '连接中…', connected: '在线', reconnecting: '连接断开，正在重连…', closed: '离线' };
    var titles = { connecting: 'Connecting', connected: 'Online: visitors see you as available',
      reconnecting: 'Disconnected, reconnecting', closed: 'Offline' };
    $('connection').setAttribute('data-state', state);
    $('connection').textContent = labels[state] || state;
    $('connection').title = titles[state] || state;
  }

  /** After every (re)connect: flush what was written meanwhile, and catch up on what was missed. */
  function onConnected() {
    $('composer-hint').textContent = '';
    var pending = outbox;
    outbox = [];
    pending.forEach(function (item) {
      send(item.destination, item.body);
    });
    loadThreads();
    if (current) {
      loadHistory(current.topic, 0);
    }
  }

  function send(destination, body) {
    if (!stomp || !stomp.send(destination, body)) {
      outbox.push({ destination: destination, body: body });
    }
  }

  function apiOrSignOut(method, path, done) {
    apiCall(method, path, session.token, null, function (error, data) {
      if (error && error.status === 401) {
        signOut('登录已过期，请重新登录 (your sign-in expired)');
      } else if (!error) {
        done(data);
      }
    });
  }

  // --- thread list ------------------------------------------------------------------------

  function loadThreads() {
    var asked = session;
    apiOrSignOut('GET', '/threads', function (list) {
      if (session !== asked) {
        return;
      }
      list.forEach(function (t) {
        var known = threads[t.topic];
        if (current && current.topic === t.topic) {
          t.unread = 0;
        }
        var newer = known && known.lastMessage && known.lastMessage.createdAt > t.lastMessage.createdAt;
        t.seen = known ? known.seen : 0;
        threads[t.topic] = newer ? known : t;
      });
      renderThreads();
    });
  }

  function orderedThreads() {
    return Object.keys(threads).map(function (topic) {
      return threads[topic];
    }).sort(function (a, b) {
      return (b.seen || 0) - (a.seen || 0) || (b.lastMessage.createdAt > a.lastMessage.createdAt ? 1 : -1);
    });
  }

  function renderThreads() {
    var list = $('thread-list');
    clear(list);
    var all = orderedThreads();
    var unreadTotal = 0;
    all.forEach(function (t) {
      unreadTotal += t.unread;
      var item = el('li');
      var button = el('button', 'thread' + (current && current.topic === t.topic ? ' thread--active' : '')
          + (t.status === 'CLOSED' ? ' thread--closed' : ''));
      button.type = 'button';
      button.setAttribute('data-topic', t.topic);
      button.title = t.topic;
      button.appendChild(el('span', 'avatar', initial(t.visitor.nickname)));
      var body = el('span', 'thread-body');
      var top = el('span', 'thread-top');
      top.appendChild(el('span', 'thread-name', t.visitor.nickname || t.visitor.uid));
      top.appendChild(el('time', 'thread-time', shortTime(t.lastMessage.createdAt)));
      body.appendChild(top);
      var bottom = el('span', 'thread-bottom');
      var preview = (t.lastMessage.fromVisitor ? '' : '我：') + previewOf(t.lastMessage);
      bottom.appendChild(el('span', 'thread-preview', preview));
      if (t.status === 'CLOSED') {
        bottom.appendChild(el('span', 'tag', '已结束'));
      }
      if (t.unread > 0) {
        var badge = el('span', 'badge', t.unread > 99 ? '99+' : String(t.unread));
        badge.title = t.unread + ' unread';
        bottom.appendChild(badge);
      }
      body.appendChild(bottom);
      button.appendChild(body);
      button.onclick = function () {
        openThread(t.topic);
      };
      item.appendChild(button);
      list.appendChild(item);
    });
    $('thread-empty').hidden = all.length > 0;
    $('thread-count').textContent = all.length ? String(all.length) : '';
    document.title = (unreadTotal > 0 ? '(' + unreadTotal + ') ' : '') + '客服工作台 · Weiyu';
  }

  var seenCounter = 0;

  /** A message on the organisation's inbox: keeps the thread list current. */
  function onInboxMessage(body) {
    var m = parseJson(body);
    if (!m || !m.thread || !m.thread.topic || !m.type) {
      return;
    }
    var topic = m.thread.topic;
    var fromVisitor = !isFromAgent(m);
    var listed = CONTENT_TYPES[m.type] || PREVIEW_LABEL[m.type];
    var t = threads[topic];
    if (!t) {
      if (!listed) {
        return;
      }
      var visitor = m.thread.user && m.thread.user.uid ? m.thread.user : fromVisitor ? m.user : { uid: topic.split('/').pop() };
      t = threads[topic] = {
        uid: m.thread.uid, topic: topic, type: m.thread.type, status: 'CHATTING', unread: 0,
        visitor: { uid: visitor.uid, nickname: visitor.nickname || '访客 ' + visitor.uid.slice(-4) }
      };
    }
    if (!listed) {
      if (m.type === 'READ' && !fromVisitor && t.unread > 0) {
        t.unread = 0; // this agent (maybe in another tab) is reading the thread
        renderThreads();
      }
      return; // typing, receipts and other signals leave the list as it is
    }
    if (t.lastMessage && t.lastMessage.uid === m.uid) {
      return; // a retry's echo
    }
    t.lastMessage = { uid: m.uid, type: m.type, content: m.content, extra: m.extra, createdAt: m.createdAt, fromVisitor: fromVisitor };
    t.seen = ++seenCounter;
    t.status = THREAD_CLOSING[m.type] ? 'CLOSED' : CONTENT_TYPES[m.type] || m.type === 'LEAVE_MSG_SUBMIT' ? 'CHATTING' : t.status;
    var looking = current && current.topic === topic && document.visibilityState !== 'hidden';
    if (fromVisitor && !looking && m.type !== 'RATE_SUBMIT') {
      t.unread++;
    }
    renderThreads();
  }

  // --- the open conversation ----------------------------------------------------------------

  function openThread(topic) {
    var t = threads[topic];
    if (!t || (current && current.topic === topic)) {
      return;
    }
    if (current) {
      stomp.unsubscribe(current.subscription);
    }
    current = { topic: topic, messages: {}, subscription: null, nextOlderPage: 0 };
    current.subscription = stomp.subscribe('/topic/' + topic.replace(/\//g, '.'), function (body) {
      var m = parseJson(body);
      if (m && current && m.thread && m.thread.topic === topic) {
        onThreadMessage(m);
      }
    });
    t.unread = 0;
    renderThreads();
    $('chat-empty').hidden = true;
    $('chat-pane').hidden = false;
    $('chat-title').textContent = t.visitor.nickname || t.visitor.uid;
    $('chat-subtitle').textContent = '访客 ' + t.visitor.uid;
    $('chat-subtitle').title = t.topic;
    $('chat-avatar').textContent = initial(t.visitor.nickname);
    clear($('messages'));
    $('typing').hidden = true;
    disarmClose();
    loadHistory(topic, 0);
    $('composer-input').focus();
  }

  /**
   * Loads one page of the open thread's history (page 0 is the newest). Pages are newest first;
   * messages already on screen anchor the ones that are not, so pages that arrive late, overlap
   * (new messages shift the pages) or come after live copies still land in order.
   */
  function loadHistory(topic, pageNumber) {
    var query = '?topic=' + encodeURIComponent(topic) + '&pageNumber=' + pageNumber + '&pageSize=' + HISTORY_PAGE_SIZE;
    apiOrSignOut('GET', '/history' + query, function (page) {
      if (!current || current.topic !== topic) {
        return;
      }
      var list = $('messages');
      var heightBefore = list.scrollHeight;
      var topBefore = list.scrollTop;
      var anchor = null;
      page.content.slice().reverse().forEach(function (m) {
        var known = current.messages[m.uid];
        showMessage(m, known ? undefined : anchor);
        anchor = current.messages[m.uid].node;
      });
      // -1: every older page is shown; a catch-up reload of page 0 (after a reconnect) must not
      // bring the "earlier messages" button back.
      if (current.nextOlderPage !== -1 && pageNumber >= current.nextOlderPage) {
        current.nextOlderPage = page.last ? -1 : pageNumber + 1;
      }
      showLoadOlder(current.nextOlderPage > 0);
      if (pageNumber === 0) {
        scrollToEnd();
      } else {
        list.scrollTop = topBefore + (list.scrollHeight - heightBefore); // keep what the agent was reading in place
      }
    });
  }

  /** The "earlier messages" button, first in the list while older pages remain. */
  function showLoadOlder(show) {
    var list = $('messages');
    var present = list.firstChild && list.firstChild.className === 'load-older' ? list.firstChild : null;
    if (show && !present) {
      var item = el('li', 'load-older');
      var button = el('button', 'button button--ghost', '加载更早的消息');
      button.type = 'button';
      button.title = 'Load earlier messages';
      button.onclick = function () {
        loadHistory(current.topic, current.nextOlderPage);
      };
      item.appendChild(button);
      list.insertBefore(item, list.firstChild);
    } else if (!show && present) {
      list.removeChild(present);
    }
  }

  function visitorName() {
    var t = current && threads[current.topic];
    return t ? t.visitor.nickname || t.visitor.uid : '访客';
  }

  /**
   * Adds or updates one message in the open conversation (history and live copies meet here,
   * by uid). A new one goes last, or right after the node `after` (null: first) when given.
   */
  function showMessage(m, after) {
    var known = current.messages[m.uid];
    if (known) {
      if (known.node.querySelector('.msg-status') && STATUS_RANK[m.status] > STATUS_RANK[known.message.status]) {
        known.message.status = m.status;
        renderStatus(known.node.querySelector('.msg-status'), m.status);
      }
      return;
    }
    var fromAgent = isFromAgent(m);
    var node = CONTENT_TYPES[m.type] ? renderBubble(m, fromAgent, visitorName()) : renderSystemLine(m);
    current.messages[m.uid] = { message: m, node: node };
    var list = $('messages');
    if (after === undefined) {
      list.appendChild(node);
    } else {
      var top = list.firstChild && list.firstChild.className === 'load-older' ? list.firstChild.nextSibling : list.firstChild;
      list.insertBefore(node, after === null ? top : after.nextSibling);
    }
    if (!fromAgent && CONTENT_TYPES[m.type] && m.status !== 'READ') {
      sendReadReceipt(m);
    }
  }

  function onThreadMessage(m) {
    switch (m.type) {
      case 'TYPING':
        if (!isFromAgent(m)) {
          showVisitorTyping();
        }
        return;
      case 'PREVIEW':
      case 'PROCESSING':
        return;
      case 'READ':
      case 'DELIVERED':
        markStatus(m.content, m.type);
        return;
      case 'RECALL':
        recall(m.content);
        return;
      default:
        if (!isFromAgent(m)) {
          $('typing').hidden = true;
        }
        showMessage(m);
        scrollToEnd();
    }
  }

  function markStatus(uid, status) {
    var known = current.messages[uid];
    if (known && isFromAgent(known.message)) {
      showMessage({ uid: uid, status: status });
    }
  }

  function recall(uid) {
    var known = current.messages[uid];
    if (!known) {
      return;
    }
    var line = el('li', 'sysline sysline--recall');
    line.appendChild(el('span', null, isFromAgent(known.message) ? '你撤回了一条消息' : '访客撤回了一条消息'));
    known.node.parentNode.replaceChild(line, known.node);
    known.node = line;
  }

  function showVisitorTyping() {
    $('typing').hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      $('typing').hidden = true;
    }, TYPING_SHOWN_MS);
  }

  function scrollToEnd() {
    var list = $('messages');
    list.scrollTop = list.scrollHeight;
  }

  // --- sending ----------------------------------------------------------------------------

  /** A message as protocol.md shapes it, from this agent, in the open thread. */
  function outgoing(type, content) {
    var t = threads[current.topic];
    return {
      uid: newUid(), type: type, content: content, status: 'SENDING', createdAt: new Date().toISOString(),
      channel: 'WEB', extra: JSON.stringify({ orgUid: session.agent.org }),
      thread: { uid: t.uid, topic: t.topic, type: t.type, status: t.status === 'CLOSED' ? 'CLOSED' : 'CHATTING' },
      user: { uid: session.agent.uid, nickname: session.agent.nickname, avatar: '', type: 'AGENT' }
    };
  }

  function sendToThread(message) {
    send('/app/' + current.topic.replace(/\//g, '.'), JSON.stringify(message));
  }

  function sendReadReceipt(m) {
    if (receiptsSent[m.uid]) {
      return;
    }
    if (document.visibilityState === 'hidden') {
      return; // sent when the page is looked at again (see visibilitychange)
    }
    receiptsSent[m.uid] = true;
    sendToThread(outgoing('READ', m.uid));
  }

  function reply(event) {
    if (event) {
      event.preventDefault();
    }
    var input = $('composer-input');
    var text = input.value.replace(/\s+$/, '');
    if (!current || !text.trim()) {
      return;
    }
    var message = outgoing('TEXT', text);
    showMessage(message);
    scrollToEnd();
    sendToThread(message);
    input.value = '';
    lastTypingSent = 0;
    $('composer-hint').textContent = stomp && stomp.connected() ? '' : '离线：消息将在重新连接后发送 (queued until reconnected)';
  }

  function onComposerKey(event) {
    // Enter sends; Shift+Enter is a new line; Enter that ends an IME composition is not a send.
    if ((event.key === 'Enter' || event.keyCode === 13) && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      reply(event);
    }
  }

  /** TYPING at most every two seconds while the agent types. */
  function onComposerInput() {
    var now = Date.now();
    if (current && $('composer-input').value && now - lastTypingSent >= TYPING_EVERY_MS) {
      lastTypingSent = now;
      if (stomp && stomp.connected()) {
        stomp.send('/app/' + current.topic.replace(/\//g, '.'), JSON.stringify(outgoing('TYPING', '')));
      }
    }
  }

  function sendSystem(type, content) {
    var message = outgoing(type, content);
    showMessage(message);
    scrollToEnd();
    sendToThread(message);
  }

  function inviteRating() {
    if (current) {
      sendSystem('RATE_INVITE', RATE_TEXT);
    }
  }

  /** Closing asks for a second click within four seconds, so a slip does not end a conversation. */
  function closeThread() {
    var button = $('close-thread');
    if (!current) {
      return;
    }
    if (!button.classList.contains('button--armed')) {
      button.classList.add('button--armed');
      button.textContent = '再次点击确认结束';
      button.title = 'Click again to close the conversation';
      closeArmedTimer = setTimeout(disarmClose, 4000);
      return;
    }
    disarmClose();
    sendSystem('AGENT_CLOSED', CLOSE_TEXT);
  }

  function disarmClose() {
    clearTimeout(closeArmedTimer);
    var button = $('close-thread');
    button.classList.remove('button--armed');
    button.textContent = '结束会话';
    button.title = 'Close this conversation';
  }

  function onVisible() {
    if (document.visibilityState === 'hidden' || !current) {
      return;
    }
    Object.keys(current.messages).forEach(function (uid) {
      var m = current.messages[uid].message;
      if (!isFromAgent(m) && CONTENT_TYPES[m.type] && m.status !== 'READ') {
        sendReadReceipt(m);
      }
    });
    if (threads[current.topic]) {
      threads[current.topic].unread = 0;
      renderThreads();
    }
  }

  // --- start ------------------------------------------------------------------------------

  function main() {
    $('signin-form').addEventListener('submit', signIn);
    $('signout').addEventListener('click', function () {
      signOut('');
    });
    $('composer').addEventListener('submit', reply);
    $('composer-input').addEventListener('keydown', onComposerKey);
    $('composer-input').addEventListener('input', onComposerInput);
    $('invite-rate').addEventListener('click', inviteRating);
    $('close-thread').addEventListener('click', closeThread);
    document.addEventListener('visibilitychange', onVisible);
    var token = sessionStorage.getItem(TOKEN_KEY);
    var agent = parseJson(sessionStorage.getItem(AGENT_KEY));
    if (token && agent) {
      session = { token: token, agent: agent };
      startConsole();
    } else {
      showSignIn('');
    }
  }

  main();
}());
