/*
 * The live bidding hall. Every WebSocket message from /ws/auctions/{lot} is either the lot's whole committed state
 * ("state") or the server's time ("time"); both carry serverTime, from which the countdown is computed — the
 * device's own clock only measures the few seconds between messages, so a wrong clock or a sleeping phone does not
 * matter. On reconnect, or when the page becomes visible again, the page asks for the state again (catch-up).
 * The practice session (模拟竞价, data-poll) has no WebSocket: the page asks its state every second, and after each bid.
 * A confirmed bid goes over the same socket ({"type":"bid"}) when it is open; its answer ("bid" or "bidError") comes
 * back once the bid is durable. A bid sent but not answered when the socket drops is sent again, with the same request
 * id, when it reconnects: the exchange records it once.
 */
var exHall = (function () {
  var root, lot, me, offset = 0, state = null, socket = null, retry = 0, lastCloses = null, bidded = false, poll = null;
  var unanswered = {};   // request id -> the bid sent over the socket and not yet answered

  function t(key) { return root.getAttribute('data-t-' + key) || key; }
  function $(id) { return document.getElementById(id); }
  function now() { return Date.now() + offset; }
  function fmt(amount) {
    if (amount === null || amount === undefined) { return '—'; }
    var parts = String(amount).split('.');
    return '¥' + parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + ((parts[1] || '') + '00').substring(0, 2);
  }
  function cents(amount) { return amount ? Math.round(parseFloat(amount) * 100) : 0; }
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function time(ms) {
    // Beijing time, whatever the device's zone
    var d = new Date(ms + 8 * 3600000);
    return pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds()) + '.' + ('00' + d.getUTCMilliseconds()).slice(-3);
  }

  function render() {
    if (!state) { return; }
    $('hall-phase').textContent = state.awaitingRerun ? t('rerun_pending') : t(state.phase.toLowerCase());
    // rule 25: a session annulled for a fault, and its re-run
    $('hall-session').textContent = !state.annulledReason ? ''
        : t(state.awaitingRerun ? 'awaiting' : 'rerun').replace('{0}', state.session - 1).replace('{1}', state.annulledReason)
          .replace('{2}', state.session);
    $('hall-price').textContent = fmt(state.price);
    $('hall-leader').textContent = state.leader || '—';
    $('hall-count').textContent = state.acceptedBids;
    var mine = $('hall-mine');
    var matcher = document.getElementById('bid:matchAfter');
    var closed = state.phase === 'CLOSED';
    if (state.leader === me || (state.recent || []).some(function (b) { return b.code === me; })) { bidded = true; }
    if (mine) {
      // exact statuses: not yet bid / leading / outbid, then won / not won (a holder exercising after the auction
      // does not bid: it is never "outbid")
      var won = closed && state.outcome === 'AWARDED' && state.winner === me;
      mine.textContent = closed ? (won ? t('won') : t('notwon'))
          : matcher && state.leader !== me ? '—' : state.leader === me ? t('leading') : bidded ? t('outbid') : t('notyet');
      mine.className = won || (!closed && state.leader === me) ? 'ex-hall-leading'
          : closed || (!matcher && bidded) ? 'ex-hall-outbid' : '';
      $('hall-next').style.display = closed ? '' : 'none';
      $('hall-next-won').style.display = won ? '' : 'none';
      $('hall-next-lost').style.display = closed && !won ? '' : 'none';
    }
    // each quick button shows the price it bids: over the highest, or from the start price before any bid
    var start = cents(root.getAttribute('data-start')), inc = cents(root.getAttribute('data-increment'));
    for (var n = 1; n <= 5; n++) {
      var q = document.querySelector('.ex-quick-' + n + ' .ui-button-text');
      if (q) {
        var c = state.acceptedBids > 0 ? cents(state.price) + n * inc : start + (n - 1) * inc;
        q.textContent = fmt((c / 100).toFixed(2));
      }
    }
    var base = document.getElementById('bid:basePrice');
    if (base) { base.value = state.price; }
    if (lastCloses !== null && state.closesAt && state.closesAt !== lastCloses && state.phase === 'LIMITED') {
      $('hall-notice').textContent = t('restarted');
    }
    lastCloses = state.closesAt;
    // rule 24, 事后行权: bidding has ended at the final price; the holders may match it until closesAt
    if (state.phase === 'MATCHING') {
      $('hall-notice').textContent = t('matchopen').replace('{0}', fmt(state.price)).replace('{1}', time(state.closesAt).substring(0, 8));
    }
    var matchAfter = document.getElementById('bid:matchAfter');
    if (matchAfter) {
      matchAfter.disabled = state.phase !== 'MATCHING';
      matchAfter.classList.toggle('ui-state-disabled', state.phase !== 'MATCHING');
    }
    var result = $('hall-result');
    if (state.phase === 'CLOSED') {
      $('hall-notice').textContent = '';
      $('hall-docs').style.display = '';
      result.textContent = state.outcome === 'AWARDED' ? t('awarded').replace('{0}', state.winner).replace('{1}', fmt(state.finalPrice))
          : t('failed');
      result.className = 'ex-hall-result ' + (state.outcome === 'AWARDED' ? 'ex-hall-awarded' : 'ex-hall-failed');
      var form = document.getElementById('bid');
      if (form) {
        form.querySelectorAll('button, input').forEach(function (e) { e.disabled = true; e.classList.add('ui-state-disabled'); });
      }
    }
    var body = $('hall-history').tBodies[0];
    body.innerHTML = '';
    (state.recent || []).forEach(function (b) {
      var tr = document.createElement('tr');
      [b.no, b.code, fmt(b.amount), time(b.at)].forEach(function (v) {
        var td = document.createElement('td');
        td.textContent = v;
        tr.appendChild(td);
      });
      if (b.code === me) { tr.className = 'ex-hall-own'; }
      body.appendChild(tr);
    });
    tick();
  }

  function tick() {
    if (!state) { return; }
    var target = state.awaitingRerun ? null : state.phase === 'NOT_STARTED' ? state.startsAt
        : state.phase === 'PAUSED' || state.phase === 'CLOSED' ? null : (state.closesAt || state.freeEndsAt);
    var el = $('hall-countdown');
    // the absolute time beside the countdown: when the session starts, or when it ends if nothing happens
    $('hall-ends').textContent = !target ? '' : (state.phase === 'NOT_STARTED' ? t('starts') : t('ends')) + ' ' + time(target).substring(0, 8);
    if (!target) { el.textContent = state.phase === 'PAUSED' ? t('paused') : '—'; return; }
    var left = Math.max(0, target - now());
    var s = Math.ceil(left / 1000);
    el.textContent = (s >= 3600 ? Math.floor(s / 3600) + ':' : '') + pad(Math.floor(s % 3600 / 60)) + ':' + pad(s % 60);
    // the last minute stands out
    el.className = 'ex-hall-countdown' + ((state.phase === 'LIMITED' || state.phase === 'MATCHING') && s <= 60 ? ' ex-hall-urgent' : '');
  }

  function requestId() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random().toString(36).slice(2);
  }

  /** The answer to a bid this page sent over the socket, shown where the form shows its messages. */
  function answered(m) {
    if (!m.requestId || !unanswered[m.requestId]) { return; }
    delete unanswered[m.requestId];
    var a = m.answer, ok = m.type === 'bid' && a && a.accepted;
    var text = ok ? t('accepted').replace('{0}', fmt(a.amount)) : m.type === 'bid' ? a.message : m.problem.message;
    if (ok) { bidded = true; }
    show(text, ok ? 'info' : 'error');
    render();
  }

  function show(text, severity) {
    var el = $('hall-answer');
    if (!el) { return; }
    el.className = 'ex-hall-answer ui-messages ui-widget ui-messages-' + severity;
    el.textContent = text;
  }

  function take(m) {
    if (m.type === 'bid' || m.type === 'bidError') { answered(m); return; }
    offset = m.serverTime - Date.now();
    if (m.type === 'state' && (!state || m.session !== state.session || m.lastSeq >= state.lastSeq)) {
      if (state && m.session !== state.session) {
        // rule 25: a session annulled, or its re-run: nothing of the earlier session carries over
        bidded = false;
        lastCloses = null;
      }
      state = m;
      render();
    }
  }

  /** The practice session's state, now; {@code again}: and once more in a second. */
  function fetchState(again) {
    fetch(poll, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (m) { $('hall-link').textContent = t('live'); take(m); })
        .catch(function () { $('hall-link').textContent = t('reconnecting'); })
        .then(function () { if (again) { setTimeout(function () { fetchState(true); }, 1000); } });
  }

  function connect() {
    var proto = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(proto + location.host + '/ws/auctions/' + lot);
    socket.onopen = function () {
      retry = 0;
      $('hall-link').textContent = t('live');
      Object.keys(unanswered).forEach(function (id) { socket.send(unanswered[id]); });
    };
    socket.onmessage = function (e) { take(JSON.parse(e.data)); };
    socket.onclose = function (e) {
      if (e && e.code === 1008) {
        // too many hall connections from this address (or messages from this page): say so, try again slowly
        $('hall-link').textContent = t('toomany');
        setTimeout(connect, 30000);
        return;
      }
      $('hall-link').textContent = t('reconnecting');
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * retry);
    };
  }

  function init() {
    root = document.getElementById('hall');
    if (!root) { return; }
    lot = root.getAttribute('data-lot');
    me = root.getAttribute('data-me') || null;
    bidded = root.getAttribute('data-bid') === 'true';
    offset = parseInt(root.getAttribute('data-server-now'), 10) - Date.now();
    poll = root.getAttribute('data-poll') || null;
    if (poll) { fetchState(true); } else { connect(); }
    setInterval(tick, 250);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible' && socket && socket.readyState === 1) { socket.send('state'); }
    });
  }

  document.addEventListener('DOMContentLoaded', init);
  return {
    /** A new request id for each press: a network retry of that press reuses it, so it is recorded once. */
    beforeBid: function () {
      var id = requestId();
      var el = document.getElementById('bid:requestId');
      if (el) { el.value = id; }
      if (state) { var base = document.getElementById('bid:basePrice'); if (base) { base.value = state.price; } }
    },
    /** After the form's AJAX update: the hidden price and the own status again, from the last state. */
    sync: function () { render(); if (poll) { fetchState(false); } },
    state: function () { return state; },
    /**
     * The confirmed bid over the hall's socket, if it is open (not the practice session, which polls): true when sent
     * (the confirmation closes; the answer comes back on the socket), false to send it with the form instead.
     */
    bidOverSocket: function () {
      var strong = $('confirm-amount');
      var amount = strong && strong.getAttribute('data-amount');
      if (poll || !amount || !socket || socket.readyState !== 1) { return false; }
      var id = requestId();
      unanswered[id] = JSON.stringify({type: 'bid', amount: amount, requestId: id});
      socket.send(unanswered[id]);
      show(t('sending').replace('{0}', fmt(amount)), 'info');
      if (window.exHallSent) { window.exHallSent(); }
      return true;
    },
    /** How the last confirmed bids went: the request ids still waiting for their answer on the socket. */
    unanswered: function () { return Object.keys(unanswered).length; }
  };
})();
