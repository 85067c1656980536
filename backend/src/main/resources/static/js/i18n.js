// Texts of the guest pages in English and Korean. An element with data-i18n="key" shows the text of that key;
// data-i18n-label="key" sets its aria-label. The language is the guest's choice (kept in localStorage), else
// the browser's first language when it is Korean, else English.

const TEXTS = {
  en: {
    'skip': 'Skip to content',
    'nav.book': 'Book a room',
    'nav.myBooking': 'My booking',
    'nav.language': '한국어',
    'nav.languageLabel': 'Switch to Korean (한국어)',
    'footer': 'GotoHotel · Payments are taken when you book; the hotel keeps only your card\u2019s last four digits.',
    'book.title': 'Book a room — GotoHotel',
    'book.heading': 'Book a room',
    'search.legend': 'Your stay',
    'search.checkIn': 'Check-in',
    'search.checkOut': 'Check-out',
    'search.guests': 'Guests',
    'search.submit': 'See rooms and prices',
    'search.loading': 'Looking for rooms…',
    'rooms.heading': 'Rooms for your stay',
    'rooms.summary': '{nights} for {guests}: {from} to {to}',
    'rooms.nights.one': '1 night',
    'rooms.nights.other': '{n} nights',
    'rooms.guests.one': '1 guest',
    'rooms.guests.other': '{n} guests',
    'rooms.sleeps': 'Sleeps up to {n} · {rate} a night',
    'rooms.left.one': 'Last room left',
    'rooms.left.other': '{n} rooms left',
    'rooms.soldOut': 'Sold out for these dates',
    'rooms.choose': 'Book this room',
    'rooms.none': 'No room sleeps {guests}. Try fewer guests per room.',
    'rooms.allSoldOut': 'Every room is sold out for these dates. Try other dates.',
    'rooms.found': '{n} room types found.',
    'pay.heading': 'Your details and payment',
    'pay.choice': '{room} · {from} to {to} · {guests}',
    'pay.total': 'Total',
    'pay.guest': 'Guest',
    'pay.name': 'Full name',
    'pay.phone': 'Mobile phone',
    'pay.phoneHint': 'Messages about your booking go to this number.',
    'pay.email': 'E-mail',
    'pay.optional': '(optional)',
    'pay.card': 'Card',
    'pay.cardNumber': 'Card number',
    'pay.expiry': 'Expiry (MM/YY)',
    'pay.cvc': 'Security code (CVC)',
    'pay.cardHint': 'Your card is charged now. The hotel never stores the card number, only its last four digits.',
    'pay.submit': 'Pay {price}',
    'pay.paying': 'Paying…',
    'pay.back': 'Choose another room',
    'pay.fix': 'Please check the fields marked below.',
    'error.declined': 'Your card was declined, so nothing was charged. Please check the details or use another card.',
    'error.soldOut': 'Sorry, this room has just sold out for your dates. Nothing was charged. Please choose another room.',
    'error.paymentUnavailable': 'Payment is unavailable at the moment, so nothing was charged and no room is held. Please try again later{wait}.',
    'error.waitSeconds': ' (in about {n} seconds)',
    'error.tooMany': 'Too many bookings from your connection. Please try again later{wait}.',
    'error.unavailable': 'The hotel\u2019s system is busy. Please try again later{wait}.',
    'error.network': 'We could not reach the hotel. Check your connection and try again; you will not be charged twice.',
    'error.generic': 'Something went wrong ({status}). Please try again.',
    'error.dates': 'Check-out must be after check-in.',
    'field.guestName': 'Please enter your full name.',
    'field.phone': 'Please enter a mobile number, e.g. 010-1234-5678.',
    'field.email': 'Please enter a valid e-mail address or leave it empty.',
    'field.checkIn': 'Please choose a check-in date from today.',
    'field.checkOut': 'Please choose a check-out date after check-in.',
    'field.guestCount': 'This room does not sleep that many guests.',
    'field.card': 'Please enter your card.',
    'field.card.number': 'Please check the card number.',
    'field.card.expiry': 'Please enter the expiry as MM/YY, not in the past.',
    'field.card.cvc': 'Please enter the 3 or 4 digit security code.',
    'field.generic': 'Please check this field.',
    'my.title': 'My booking — GotoHotel',
    'my.heading': 'My booking',
    'my.find': 'Find your booking',
    'my.findHint': 'Use the link you got when you booked, or enter the booking number and access code.',
    'my.orderId': 'Booking number',
    'my.token': 'Access code',
    'my.open': 'Show my booking',
    'my.loading': 'Loading your booking…',
    'my.notFound': 'No booking matches this number and access code.',
    'my.booked': 'Thank you — your booking is paid.',
    'my.keepLink': 'Keep this page\u2019s link: it is the key to your booking (anyone with it can see and cancel it). It is not sent to our server in the address, only by this page.',
    'my.copy': 'Copy link',
    'my.copied': 'Link copied.',
    'my.linkLabel': 'Link to this booking',
    'my.status': 'Status',
    'my.room': 'Room type',
    'my.dates': 'Dates',
    'my.guests': 'Guests',
    'my.total': 'Total',
    'my.payment': 'Payment',
    'my.paymentLine': '{amount} by card ending {last4} · {status}',
    'my.paymentCounter': '{amount} paid at the hotel · {status}',
    'my.refunded': 'Refunded',
    'my.roomNumber': 'Room',
    'my.history': 'History',
    'my.historyPending': 'The history appears here in a moment.',
    'my.messages': 'Messages sent to you',
    'my.noMessages': 'No messages yet.',
    'my.refresh': 'Refresh',
    'my.updated': 'Updated {time}',
    'my.cancel': 'Cancel booking',
    'my.cancelAsk': 'Cancel this booking? The refund follows the cancellation terms of your booking: in full until the free-cancellation deadline, less a fee after it.',
    'my.cancelYes': 'Yes, cancel it',
    'my.cancelNo': 'Keep my booking',
    'my.cancelling': 'Cancelling…',
    'my.cancelled': 'Your booking is cancelled.',
    'my.refund': 'Refund: {amount} of {total} back to your card.',
    'my.refundPending': 'Your refund is on its way to your card; this page shows it when it has landed.',
    'my.refundCounter': 'Refund: {amount} of {total}, handed back at the hotel\u2019s desk.',
    'my.noRefund': 'No refund is due under your booking\u2019s cancellation terms.',
    'my.cancelRefused': 'This booking cannot be cancelled any more ({detail}).',
    'channel.log': 'Message',
    'channel.kakao': 'KakaoTalk',
    'message.SENT': 'sent',
    'message.RETRYING': 'retrying',
    'message.FAILED': 'not delivered',
    'status.PENDING_PAYMENT': 'Awaiting payment',
    'status.PAID': 'Paid — waiting for the hotel',
    'status.CONFIRMED': 'Confirmed',
    'status.CHECKED_IN': 'Checked in',
    'status.CHECKED_OUT': 'Checked out',
    'status.PAYMENT_DECLINED': 'Payment declined',
    'status.PAYMENT_FAILED': 'Payment failed',
    'status.REJECTED': 'Declined by the hotel',
    'status.CANCELLED': 'Cancelled',
    'status.NO_SHOW': 'No-show',
    'payment.APPROVED': 'paid',
    'payment.DECLINED': 'declined',
    'payment.REFUND_PENDING': 'refund on its way',
    'payment.REFUNDED': 'refunded',
  },
  ko: {
    'skip': '본문으로 건너뛰기',
    'nav.book': '객실 예약',
    'nav.myBooking': '내 예약',
    'nav.language': 'English',
    'nav.languageLabel': '영어로 보기 (English)',
    'footer': 'GotoHotel · 예약할 때 결제되며, 호텔은 카드 번호의 마지막 네 자리만 보관합니다.',
    'book.title': '객실 예약 — GotoHotel',
    'book.heading': '객실 예약',
    'search.legend': '숙박 일정',
    'search.checkIn': '체크인',
    'search.checkOut': '체크아웃',
    'search.guests': '인원',
    'search.submit': '객실과 요금 보기',
    'search.loading': '객실을 찾는 중…',
    'rooms.heading': '예약 가능한 객실',
    'rooms.summary': '{from} ~ {to}, {nights}, {guests}',
    'rooms.nights.one': '1박',
    'rooms.nights.other': '{n}박',
    'rooms.guests.one': '1명',
    'rooms.guests.other': '{n}명',
    'rooms.sleeps': '최대 {n}명 · 1박 {rate}',
    'rooms.left.one': '마지막 1실 남음',
    'rooms.left.other': '{n}실 남음',
    'rooms.soldOut': '이 날짜에는 매진',
    'rooms.choose': '이 객실 예약',
    'rooms.none': '{guests}이 묵을 수 있는 객실이 없습니다. 인원을 줄여 보세요.',
    'rooms.allSoldOut': '이 날짜에는 모든 객실이 매진입니다. 다른 날짜를 골라 주세요.',
    'rooms.found': '객실 {n}종을 찾았습니다.',
    'pay.heading': '예약자 정보와 결제',
    'pay.choice': '{room} · {from} ~ {to} · {guests}',
    'pay.total': '합계',
    'pay.guest': '예약자',
    'pay.name': '이름',
    'pay.phone': '휴대폰 번호',
    'pay.phoneHint': '예약 안내 메시지가 이 번호로 갑니다.',
    'pay.email': '이메일',
    'pay.optional': '(선택)',
    'pay.card': '카드',
    'pay.cardNumber': '카드 번호',
    'pay.expiry': '유효기간 (MM/YY)',
    'pay.cvc': '보안 코드 (CVC)',
    'pay.cardHint': '지금 결제됩니다. 호텔은 카드 번호를 저장하지 않고 마지막 네 자리만 보관합니다.',
    'pay.submit': '{price} 결제하기',
    'pay.paying': '결제 중…',
    'pay.back': '다른 객실 고르기',
    'pay.fix': '아래 표시된 항목을 확인해 주세요.',
    'error.declined': '카드가 승인되지 않아 결제되지 않았습니다. 카드 정보를 확인하거나 다른 카드를 사용해 주세요.',
    'error.soldOut': '죄송합니다. 방금 이 날짜의 객실이 매진되었습니다. 결제되지 않았습니다. 다른 객실을 골라 주세요.',
    'error.paymentUnavailable': '지금은 결제를 할 수 없어 결제되지 않았고 객실도 잡혀 있지 않습니다. 잠시 후 다시 시도해 주세요{wait}.',
    'error.waitSeconds': ' (약 {n}초 후)',
    'error.tooMany': '이 연결에서 예약 요청이 너무 많습니다. 잠시 후 다시 시도해 주세요{wait}.',
    'error.unavailable': '호텔 시스템이 바쁩니다. 잠시 후 다시 시도해 주세요{wait}.',
    'error.network': '호텔에 연결하지 못했습니다. 연결을 확인하고 다시 시도해 주세요. 두 번 결제되지 않습니다.',
    'error.generic': '문제가 생겼습니다 ({status}). 다시 시도해 주세요.',
    'error.dates': '체크아웃은 체크인 다음 날 이후여야 합니다.',
    'field.guestName': '이름을 입력해 주세요.',
    'field.phone': '휴대폰 번호를 입력해 주세요 (예: 010-1234-5678).',
    'field.email': '올바른 이메일 주소를 입력하거나 비워 두세요.',
    'field.checkIn': '오늘 이후의 체크인 날짜를 골라 주세요.',
    'field.checkOut': '체크인 다음 날 이후의 체크아웃 날짜를 골라 주세요.',
    'field.guestCount': '이 객실에 묵을 수 있는 인원을 넘었습니다.',
    'field.card': '카드 정보를 입력해 주세요.',
    'field.card.number': '카드 번호를 확인해 주세요.',
    'field.card.expiry': '유효기간을 MM/YY 형식으로 입력해 주세요 (지나지 않은 날짜).',
    'field.card.cvc': '3자리 또는 4자리 보안 코드를 입력해 주세요.',
    'field.generic': '이 항목을 확인해 주세요.',
    'my.title': '내 예약 — GotoHotel',
    'my.heading': '내 예약',
    'my.find': '예약 찾기',
    'my.findHint': '예약할 때 받은 링크를 열거나, 예약 번호와 접근 코드를 입력하세요.',
    'my.orderId': '예약 번호',
    'my.token': '접근 코드',
    'my.open': '내 예약 보기',
    'my.loading': '예약을 불러오는 중…',
    'my.notFound': '이 번호와 접근 코드에 맞는 예약이 없습니다.',
    'my.booked': '감사합니다. 결제가 끝나 예약되었습니다.',
    'my.keepLink': '이 페이지의 링크를 보관하세요. 예약을 여는 열쇠입니다 (링크가 있으면 누구나 예약을 보고 취소할 수 있습니다). 주소에 든 코드는 서버로 보내지지 않고 이 페이지만 사용합니다.',
    'my.copy': '링크 복사',
    'my.copied': '링크를 복사했습니다.',
    'my.linkLabel': '이 예약의 링크',
    'my.status': '상태',
    'my.room': '객실',
    'my.dates': '일정',
    'my.guests': '인원',
    'my.total': '합계',
    'my.payment': '결제',
    'my.paymentLine': '{amount}, 끝자리 {last4} 카드 · {status}',
    'my.paymentCounter': '{amount}, 호텔에서 결제 · {status}',
    'my.refunded': '환불',
    'my.roomNumber': '객실 번호',
    'my.history': '진행 내역',
    'my.historyPending': '진행 내역이 곧 여기에 나타납니다.',
    'my.messages': '보낸 메시지',
    'my.noMessages': '아직 메시지가 없습니다.',
    'my.refresh': '새로 고침',
    'my.updated': '{time} 기준',
    'my.cancel': '예약 취소',
    'my.cancelAsk': '이 예약을 취소할까요? 환불은 예약 시의 취소 규정을 따릅니다: 무료 취소 기한까지는 전액, 그 뒤에는 수수료를 뺀 금액입니다.',
    'my.cancelYes': '예, 취소합니다',
    'my.cancelNo': '예약 유지',
    'my.cancelling': '취소하는 중…',
    'my.cancelled': '예약이 취소되었습니다.',
    'my.refund': '환불: {total} 중 {amount}을 카드로 돌려드렸습니다.',
    'my.refundPending': '카드로 환불이 진행 중입니다. 환불이 끝나면 이 페이지에 표시됩니다.',
    'my.refundCounter': '환불: {total} 중 {amount}, 호텔 프런트에서 돌려드립니다.',
    'my.noRefund': '예약의 취소 규정에 따라 환불 금액이 없습니다.',
    'my.cancelRefused': '이 예약은 더 이상 취소할 수 없습니다 ({detail}).',
    'channel.log': '메시지',
    'channel.kakao': '카카오톡',
    'message.SENT': '보냄',
    'message.RETRYING': '다시 보내는 중',
    'message.FAILED': '전달 안 됨',
    'status.PENDING_PAYMENT': '결제 대기',
    'status.PAID': '결제 완료 — 호텔 확인 대기',
    'status.CONFIRMED': '예약 확정',
    'status.CHECKED_IN': '체크인',
    'status.CHECKED_OUT': '체크아웃',
    'status.PAYMENT_DECLINED': '결제 거절',
    'status.PAYMENT_FAILED': '결제 실패',
    'status.REJECTED': '호텔이 거절',
    'status.CANCELLED': '취소됨',
    'status.NO_SHOW': '노쇼',
    'payment.APPROVED': '결제됨',
    'payment.DECLINED': '거절됨',
    'payment.REFUND_PENDING': '환불 진행 중',
    'payment.REFUNDED': '환불됨',
  },
};

const STORE = 'gotohotel.language';
const listeners = [];

function initial() {
  const chosen = readStored();
  if (chosen === 'en' || chosen === 'ko') {
    return chosen;
  }
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return preferred.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function readStored() {
  try {
    return localStorage.getItem(STORE);
  } catch (blocked) {
    return null;
  }
}

let current = initial();

/** The page's language: 'en' or 'ko'. */
export function language() {
  return current;
}

/** The text of a key in the page's language, with {name} replaced by params.name. */
export function t(key, params = {}) {
  const text = TEXTS[current][key] ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The key's '.one' or '.other' form for n. */
export function plural(key, n) {
  return t(n === 1 ? `${key}.one` : `${key}.other`, { n });
}

/** Whether the key has a text (for server values such as statuses that may be new to this page). */
export function has(key) {
  return key in TEXTS.en;
}

/** Puts the texts of the page's language into every marked element under root. */
export function translate(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  });
  const title = document.querySelector('title[data-i18n]');
  if (title) {
    document.title = title.textContent;
  }
}

/** Calls back after every change of language (after the marked texts changed). */
export function onLanguageChange(callback) {
  listeners.push(callback);
}

/** Wires the header's language button: it shows the other language and switches to it. */
export function languageSwitch(button) {
  button.addEventListener('click', () => {
    current = current === 'ko' ? 'en' : 'ko';
    try {
      localStorage.setItem(STORE, current);
    } catch (blocked) {
      // private mode: the choice lasts for this page only
    }
    translate();
    listeners.forEach((callback) => callback(current));
  });
  button.lang = current === 'ko' ? 'en' : 'ko';
  onLanguageChange(() => { button.lang = current === 'ko' ? 'en' : 'ko'; });
}
