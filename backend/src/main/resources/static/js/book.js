// The booking page: dates and guests → the room types free with the stay's price → the guest's details and card →
// paid, then on to the booking's own page, whose link carries the access token in its fragment (never sent to a
// server, never in a Referer).
import { api, problemType, randomKey } from './api.js';
import { t, plural, has, translate, languageSwitch, onLanguageChange } from './i18n.js';
import { money, day, nightsBetween, todayPlus } from './format.js';

const $ = (id) => document.getElementById(id);

/** Server field names and the inputs they belong to. */
const FIELDS = { guestName: 'guestName', phone: 'phone', email: 'email', card: 'cardNumber',
  'card.number': 'cardNumber', 'card.expiry': 'cardExpiry', 'card.cvc': 'cardCvc' };

const state = {
  roomTypes: new Map(),
  stay: null,          // { checkIn, checkOut, guests } the offers are for
  offers: [],
  chosen: null,        // the offer being paid for
  idempotencyKey: null,
  notices: new Map(),  // element id → { key, params }, rendered again when the language changes
};

function notice(id, key, params = {}) {
  state.notices.set(id, { key, params });
  const element = $(id);
  element.textContent = t(key, params);
  element.hidden = false;
}

function clearNotice(id) {
  state.notices.delete(id);
  $(id).hidden = true;
  $(id).textContent = '';
}

function waitText(answer) {
  return answer.retryAfter ? t('error.waitSeconds', { n: answer.retryAfter }) : '';
}

async function loadRoomTypes() {
  try {
    const answer = await api.roomTypes();
    if (answer.ok) {
      answer.body.forEach((type) => state.roomTypes.set(type.code, type));
      const most = Math.max(...answer.body.map((type) => type.capacity), 1);
      const guests = $('guests');
      const selected = guests.value;
      guests.replaceChildren(...Array.from({ length: most }, (unused, i) => new Option(String(i + 1))));
      guests.value = Number(selected) <= most ? selected : '1';
    }
  } catch (unreachable) {
    // the search shows the network error
  }
}

async function search(event) {
  event?.preventDefault();
  clearNotice('searchError');
  const stay = { checkIn: $('checkIn').value, checkOut: $('checkOut').value, guests: Number($('guests').value) };
  if (!stay.checkIn || !stay.checkOut || stay.checkOut <= stay.checkIn) {
    notice('searchError', 'error.dates');
    $('checkOut').focus();
    return;
  }
  $('searchStatus').textContent = t('search.loading');
  $('searchButton').disabled = true;
  try {
    if (state.roomTypes.size === 0) {
      await loadRoomTypes();
    }
    const answer = await api.availability(stay.checkIn, stay.checkOut, stay.guests);
    if (!answer.ok) {
      showSearchRefusal(answer);
      return;
    }
    state.stay = stay;
    state.offers = answer.body;
    hidePay();
    clearNotice('roomsError');
    renderRooms();
    $('rooms').hidden = false;
    $('searchStatus').textContent = t('rooms.found', { n: state.offers.length });
    $('roomsHeading').focus();
  } catch (unreachable) {
    notice('searchError', 'error.network');
  } finally {
    $('searchButton').disabled = false;
    if ($('searchStatus').textContent === t('search.loading')) {
      $('searchStatus').textContent = '';
    }
  }
}

function showSearchRefusal(answer) {
  const fields = (answer.body?.errors ?? []).map((error) => error.field);
  if (answer.status === 400 && fields.length > 0) {
    notice('searchError', has(`field.${fields[0]}`) ? `field.${fields[0]}` : 'field.generic');
  } else if (answer.status === 503 || answer.status === 429) {
    notice('searchError', 'error.unavailable', { wait: waitText(answer) });
  } else {
    notice('searchError', 'error.generic', { status: answer.status });
  }
}

function stayText(stay) {
  return t('rooms.summary', { nights: plural('rooms.nights', nightsBetween(stay.checkIn, stay.checkOut)),
    guests: plural('rooms.guests', stay.guests), from: day(stay.checkIn), to: day(stay.checkOut) });
}

function renderRooms() {
  if (!state.stay) {
    return;
  }
  $('roomsSummary').textContent = stayText(state.stay);
  const items = state.offers.map((offer) => roomItem(offer));
  $('roomList').replaceChildren(...items);
  if (state.offers.length === 0) {
    notice('roomsEmpty', 'rooms.none', { guests: plural('rooms.guests', state.stay.guests) });
  } else if (state.offers.every((offer) => offer.available === 0)) {
    notice('roomsEmpty', 'rooms.allSoldOut');
  } else {
    clearNotice('roomsEmpty');
  }
}

function roomItem(offer) {
  const type = state.roomTypes.get(offer.roomType);
  const name = type ? type.name : offer.roomType;
  const price = money(offer.totalPrice, offer.currency);
  const item = document.createElement('li');
  item.className = offer.available > 0 ? 'room' : 'room sold-out';
  item.dataset.roomType = offer.roomType;
  const heading = element('h3', name);
  heading.id = `room-${offer.roomType}`;
  const facts = element('p', type ? t('rooms.sleeps', { n: type.capacity,
    rate: money(type.nightlyRate, type.currency) }) : '', 'facts');
  const total = element('p', price, 'price');
  total.id = `price-${offer.roomType}`;
  const left = element('p', offer.available === 0 ? t('rooms.soldOut')
    : plural('rooms.left', offer.available), 'left');
  const actions = element('div', '', 'actions');
  const choose = element('button', t('rooms.choose'));
  choose.type = 'button';
  choose.className = 'primary';
  // read as "Book this room, Deluxe Twin, ₩360,000": the visible words stay the start of its name
  choose.setAttribute('aria-describedby', `${heading.id} ${total.id}`);
  choose.disabled = offer.available === 0;
  choose.addEventListener('click', () => choosePay(offer));
  actions.append(choose);
  item.append(heading, total, facts, left, actions);
  return item;
}

function element(tag, text, className) {
  const made = document.createElement(tag);
  made.textContent = text;
  if (className) {
    made.className = className;
  }
  return made;
}

function choosePay(offer) {
  state.chosen = { ...offer, stay: { ...state.stay } };
  state.idempotencyKey = randomKey();
  clearNotice('payError');
  clearFieldErrors();
  renderChoice();
  $('pay').hidden = false;
  $('payHeading').focus();
  $('pay').scrollIntoView({ block: 'start' });
}

function renderChoice() {
  const chosen = state.chosen;
  if (!chosen) {
    return;
  }
  const type = state.roomTypes.get(chosen.roomType);
  const price = money(chosen.totalPrice, chosen.currency);
  $('choice').textContent = `${t('pay.choice', { room: type ? type.name : chosen.roomType,
    from: day(chosen.stay.checkIn), to: day(chosen.stay.checkOut),
    guests: plural('rooms.guests', chosen.stay.guests) })} · ${t('pay.total')} ${price}`;
  $('payButton').textContent = t('pay.submit', { price });
}

function hidePay() {
  $('pay').hidden = true;
  state.chosen = null;
}

function clearFieldErrors() {
  document.querySelectorAll('#payForm [aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const message = $(`${input.id}-error`);
    if (message) {
      message.remove();
    }
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ')
      .filter((id) => id && id !== `${input.id}-error`);
    if (described.length > 0) {
      input.setAttribute('aria-describedby', described.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  });
}

function markField(inputId, key) {
  const input = $(inputId);
  if (input.getAttribute('aria-invalid') === 'true') {
    return input;
  }
  input.setAttribute('aria-invalid', 'true');
  const message = element('span', t(key), 'field-error');
  message.id = `${inputId}-error`;
  message.dataset.i18n = key;
  input.insertAdjacentElement('afterend', message);
  const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  input.setAttribute('aria-describedby', [...described, message.id].join(' '));
  return input;
}

async function pay(event) {
  event.preventDefault();
  const chosen = state.chosen;
  if (!chosen || $('payButton').disabled) {
    return;
  }
  clearNotice('payError');
  clearFieldErrors();
  const order = {
    guestName: $('guestName').value.trim(),
    phone: $('phone').value.trim(),
    email: $('email').value.trim() || null,
    roomType: chosen.roomType,
    checkIn: chosen.stay.checkIn,
    checkOut: chosen.stay.checkOut,
    guestCount: chosen.stay.guests,
    card: { number: $('cardNumber').value, expiry: $('cardExpiry').value.trim(), cvc: $('cardCvc').value.trim() },
  };
  $('payButton').disabled = true;
  $('back').disabled = true;
  $('payButton').textContent = t('pay.paying');
  let answer;
  try {
    answer = await api.placeOrder(order, state.idempotencyKey);
  } catch (unreachable) {
    // the answer was lost: the same key again places the same order, charged once
    notice('payError', 'error.network');
    enablePay();
    return;
  }
  if (answer.status === 201) {
    forgetCard();
    const fragment = new URLSearchParams({ order: answer.body.orderId, token: answer.body.accessToken, new: '1' });
    window.location.assign(`/booking.html#${fragment}`);
    return;
  }
  if (!(answer.status === 409 && problemType(answer) === 'request-in-progress')) {
    state.idempotencyKey = randomKey();   // a final answer: a new attempt is a new request
  }
  showPayRefusal(answer);
  enablePay();
}

function enablePay() {
  $('payButton').disabled = false;
  $('back').disabled = false;
  renderChoice();
}

function forgetCard() {
  ['cardNumber', 'cardExpiry', 'cardCvc'].forEach((id) => { $(id).value = ''; });
}

function showPayRefusal(answer) {
  const type = problemType(answer);
  if (answer.status === 400) {
    let first = null;
    const others = [];
    for (const error of answer.body?.errors ?? []) {
      const key = has(`field.${error.field}`) ? `field.${error.field}` : 'field.generic';
      if (FIELDS[error.field]) {
        const input = markField(FIELDS[error.field], key);
        first = first ?? input;
      } else {
        others.push(key);
      }
    }
    notice('payError', others[0] ?? 'pay.fix');
    first?.focus();
  } else if (answer.status === 402) {
    notice('payError', 'error.declined');
    $('cardCvc').value = '';
    $('cardNumber').focus();
  } else if (answer.status === 409 && type === 'sold-out') {
    soldOut();
  } else if (answer.status === 503 && type === 'payment-unavailable') {
    notice('payError', 'error.paymentUnavailable', { wait: waitText(answer) });
  } else if (answer.status === 429) {
    notice('payError', 'error.tooMany', { wait: waitText(answer) });
  } else if (answer.status === 503) {
    notice('payError', 'error.unavailable', { wait: waitText(answer) });
  } else {
    notice('payError', 'error.generic', { status: answer.status });
  }
}

/** The room went while the guest typed: back to the rooms, read again, with the reason on top. */
async function soldOut() {
  hidePay();
  try {
    const stay = state.stay;
    const answer = await api.availability(stay.checkIn, stay.checkOut, stay.guests);
    if (answer.ok) {
      state.offers = answer.body;
      renderRooms();
    }
  } catch (unreachable) {
    // the list stays as it was; the notice says what happened
  }
  notice('roomsError', 'error.soldOut');
  $('roomsHeading').focus();
}

function start() {
  translate();
  languageSwitch($('language'));
  onLanguageChange(() => {
    renderRooms();
    renderChoice();
    state.notices.forEach((text, id) => { $(id).textContent = t(text.key, text.params); });
    document.querySelectorAll('.field-error[data-i18n]').forEach((message) => {
      message.textContent = t(message.dataset.i18n);
    });
  });
  $('checkIn').min = todayPlus(0);
  $('checkOut').min = todayPlus(1);
  $('checkIn').value = todayPlus(1);
  $('checkOut').value = todayPlus(3);
  $('checkIn').addEventListener('change', () => {
    if ($('checkIn').value && $('checkOut').value <= $('checkIn').value) {
      const next = new Date(`${$('checkIn').value}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      $('checkOut').value = next.toISOString().slice(0, 10);
    }
  });
  $('cardExpiry').addEventListener('input', (event) => {
    // a phone's number pad has no slash: 1230 becomes 12/30 as it is typed
    const digits = event.target.value.replace(/\D/g, '').slice(0, 4);
    event.target.value = digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
  });
  $('search').addEventListener('submit', search);
  $('payForm').addEventListener('submit', pay);
  $('back').addEventListener('click', () => {
    hidePay();
    $('roomsHeading').focus();
  });
  loadRoomTypes();
}

start();
