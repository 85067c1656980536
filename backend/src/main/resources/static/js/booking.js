// The booking's own page ("my page"): its status, payment, history and messages, and cancelling it. The order's
// access token comes in the address fragment (#order=…&token=…), which browsers never send to a server nor put in
// a Referer; this script sends it only as an Authorization header.
import { api, problemType } from './api.js';
import { t, plural, has, translate, languageSwitch, onLanguageChange } from './i18n.js';
import { money, day, moment, nightsBetween } from './format.js';

const $ = (id) => document.getElementById(id);
const CANCELLABLE = new Set(['PAID', 'CONFIRMED']);
const GOOD = new Set(['PAID', 'CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT']);
const BAD = new Set(['PAYMENT_DECLINED', 'PAYMENT_FAILED', 'REJECTED', 'CANCELLED', 'NO_SHOW']);

const state = { orderId: null, token: null, order: null, page: null, roomTypes: new Map(), timer: null,
  outcome: null, notices: new Map() };

function readFragment() {
  const fragment = new URLSearchParams(window.location.hash.substring(1));
  const orderId = fragment.get('order');
  const token = fragment.get('token');
  if (!orderId || !token) {
    return false;
  }
  state.orderId = orderId;
  state.token = token;
  if (fragment.get('new') === '1') {
    // shown once: a reload or a bookmark of this link no longer says "thank you"
    fragment.delete('new');
    window.history.replaceState(null, '', `#${fragment}`);
    $('booked').hidden = false;
  }
  $('link').value = window.location.href;
  return true;
}

function notice(id, key, params = {}) {
  state.notices.set(id, { key, params });
  $(id).textContent = t(key, params);
  $(id).hidden = false;
}

function clearNotice(id) {
  state.notices.delete(id);
  $(id).hidden = true;
}

function showFind() {
  $('booking').hidden = true;
  $('find').hidden = false;
  $('loading').textContent = '';
}

async function load() {
  clearTimeout(state.timer);
  if (!state.orderId) {
    showFind();
    return;
  }
  if (!state.order) {
    $('loading').textContent = t('my.loading');
  }
  try {
    if (state.roomTypes.size === 0) {
      const types = await api.roomTypes();
      if (types.ok) {
        types.body.forEach((type) => state.roomTypes.set(type.code, type));
      }
    }
    const [order, page] = await Promise.all([api.order(state.orderId, state.token),
      api.myPage(state.orderId, state.token)]);
    if (order.status === 404) {
      state.order = null;
      notice('findError', 'my.notFound');
      showFind();
      return;
    }
    if (!order.ok) {
      notice('bookingError', order.status === 503 ? 'error.unavailable' : 'error.generic',
        { status: order.status, wait: '' });
      schedule(10_000);
      return;
    }
    clearNotice('bookingError');
    clearNotice('findError');
    state.order = order.body;
    state.page = page.ok ? page.body : null;
    render();
    // my page is a read model fed by events: look again soon until it has caught up with the order
    const caughtUp = state.page && state.page.status === state.order.status;
    schedule(caughtUp ? 15_000 : 1_500);
  } catch (unreachable) {
    notice('bookingError', 'error.network');
    schedule(10_000);
  } finally {
    $('loading').textContent = '';
  }
}

function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    if (document.visibilityState === 'visible') {
      load();
    } else {
      schedule(delay);
    }
  }, delay);
}

function statusText(status) {
  return has(`status.${status}`) ? t(`status.${status}`) : status;
}

function render() {
  const order = state.order;
  if (!order) {
    return;
  }
  $('find').hidden = true;
  $('booking').hidden = false;
  const badge = $('status');
  badge.textContent = statusText(order.status);
  badge.dataset.status = order.status;
  badge.className = `status${GOOD.has(order.status) ? ' good' : ''}${BAD.has(order.status) ? ' bad' : ''}`;
  const type = state.roomTypes.get(order.roomType);
  $('roomType').textContent = type ? type.name : order.roomType;
  $('dates').textContent = `${day(order.checkIn)} – ${day(order.checkOut)} (${plural('rooms.nights',
    nightsBetween(order.checkIn, order.checkOut))})`;
  $('guestCount').textContent = plural('rooms.guests', order.guestCount);
  $('total').textContent = money(order.totalPrice, order.currency);
  const payment = order.payment;
  if (payment) {
    const paymentStatus = has(`payment.${payment.status}`) ? t(`payment.${payment.status}`) : payment.status;
    $('payment').textContent = payment.method === 'COUNTER'
      ? t('my.paymentCounter', { amount: money(payment.amount, order.currency), status: paymentStatus })
      : t('my.paymentLine', { amount: money(payment.amount, order.currency), last4: payment.cardLast4,
        status: paymentStatus });
    const refunded = Number(payment.refundedAmount ?? 0) > 0;
    $('refunded').textContent = refunded ? money(payment.refundedAmount, order.currency) : '';
    $('refunded').hidden = !refunded;
    $('refundedLabel').hidden = !refunded;
  } else {
    $('payment').textContent = '—';
  }
  const room = state.page?.room;
  $('roomNumber').textContent = room ?? '';
  $('roomNumber').hidden = !room;
  $('roomLabel').hidden = !room;
  if (BAD.has(order.status)) {
    $('booked').hidden = true;   // "thank you, it is paid" no longer holds
  }
  $('cancel').hidden = !CANCELLABLE.has(order.status);
  if (!CANCELLABLE.has(order.status)) {
    $('cancelConfirm').hidden = true;
  }
  renderHistory();
  renderMessages();
  renderOutcome();
  $('updated').textContent = t('my.updated', { time: moment(new Date().toISOString()) });
}

function renderHistory() {
  const history = state.page?.history ?? [];
  $('historyPending').hidden = history.length > 0;
  $('history').replaceChildren(...history.map((entry) => {
    const item = document.createElement('li');
    const when = document.createElement('time');
    when.dateTime = entry.at;
    when.textContent = moment(entry.at);
    item.append(when, document.createTextNode(statusText(entry.status)));
    item.dataset.status = entry.status;
    return item;
  }));
}

function renderMessages() {
  const messages = state.page?.messages ?? [];
  $('noMessages').hidden = messages.length > 0;
  $('messages').replaceChildren(...messages.map((message) => {
    const item = document.createElement('li');
    const when = document.createElement('time');
    when.dateTime = message.at;
    const channel = has(`channel.${message.channel}`) ? t(`channel.${message.channel}`) : message.channel;
    const delivery = has(`message.${message.status}`) ? t(`message.${message.status}`) : message.status;
    when.textContent = `${moment(message.at)} · ${channel} · ${delivery}`;
    const text = document.createElement('p');
    text.textContent = message.text;
    item.append(when, text);
    return item;
  }));
}

/** What the cancellation gave back, from the order as the cancel answered it and as it reads now. */
function renderOutcome() {
  if (!state.outcome) {
    return;
  }
  const order = state.order;
  const payment = order.payment;
  const lines = [t('my.cancelled')];
  if (payment) {
    const amount = money(payment.refundedAmount ?? 0, order.currency);
    const total = money(payment.amount, order.currency);
    if (payment.method === 'COUNTER') {
      lines.push(t('my.refundCounter', { amount, total }));
    } else if (payment.status === 'REFUND_PENDING') {
      lines.push(t('my.refundPending'));
    } else if (Number(payment.refundedAmount ?? 0) > 0) {
      lines.push(t('my.refund', { amount, total }));
    } else {
      lines.push(t('my.noRefund'));
    }
  }
  const outcome = $('outcome');
  outcome.replaceChildren(...lines.map((line) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    return paragraph;
  }));
  outcome.hidden = false;
}

async function cancel() {
  $('cancelYes').disabled = true;
  $('cancelNo').disabled = true;
  $('loading').textContent = t('my.cancelling');
  try {
    const answer = await api.cancel(state.orderId, state.token);
    $('cancelConfirm').hidden = true;
    if (answer.ok) {
      state.outcome = true;
      state.order = answer.body;
      clearNotice('bookingError');
      render();
      $('outcome').focus();
      load();
    } else if (answer.status === 409 && problemType(answer) === 'cancellation-refused') {
      notice('bookingError', 'my.cancelRefused', { detail: answer.body?.detail ?? '' });
      load();
    } else if (answer.status === 503) {
      notice('bookingError', 'error.unavailable', { wait: answer.retryAfter
        ? t('error.waitSeconds', { n: answer.retryAfter }) : '' });
    } else {
      notice('bookingError', 'error.generic', { status: answer.status });
    }
  } catch (unreachable) {
    notice('bookingError', 'error.network');
  } finally {
    $('loading').textContent = '';
    $('cancelYes').disabled = false;
    $('cancelNo').disabled = false;
  }
}

function start() {
  translate();
  languageSwitch($('language'));
  onLanguageChange(() => {
    render();
    state.notices.forEach((text, id) => { $(id).textContent = t(text.key, text.params); });
  });
  $('outcome').tabIndex = -1;
  $('findForm').addEventListener('submit', (event) => {
    event.preventDefault();
    const fragment = new URLSearchParams({ order: $('orderId').value.trim(), token: $('accessToken').value.trim() });
    $('accessToken').value = '';
    if (window.location.hash === `#${fragment}`) {
      readFragment();   // the same booking asked for again (after a failed try): no hashchange comes
      load();
    } else {
      window.location.hash = fragment.toString();
    }
  });
  window.addEventListener('hashchange', () => {
    state.order = null;
    state.page = null;
    state.outcome = null;
    if (readFragment()) {
      load();
    } else {
      showFind();
    }
  });
  $('refresh').addEventListener('click', () => load());
  $('cancel').addEventListener('click', () => {
    $('cancelConfirm').hidden = false;
    $('cancelAsk').focus();
  });
  $('cancelNo').addEventListener('click', () => {
    $('cancelConfirm').hidden = true;
    $('cancel').focus();
  });
  $('cancelYes').addEventListener('click', cancel);
  $('copy').addEventListener('click', async () => {
    $('link').select();
    try {
      await navigator.clipboard.writeText($('link').value);
      $('copied').textContent = t('my.copied');
    } catch (notAllowed) {
      // the link stays selected for the guest to copy
    }
  });
  if (readFragment()) {
    load();
  } else {
    showFind();
  }
}

start();
