// The guest API, same origin. Errors come back as RFC 9457 problem details; every call resolves to
// { ok, status, body, retryAfter } and rejects only when the server could not be reached.

/** A call that reached the server: its status, its JSON body (a problem on errors) and Retry-After in seconds. */
async function call(path, { method = 'GET', body, token, headers = {} } = {}) {
  const request = { method, headers: { Accept: 'application/json, application/problem+json', ...headers },
    credentials: 'same-origin', cache: 'no-store', referrerPolicy: 'no-referrer' };
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  if (token) {
    request.headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(path, request);
  let parsed = null;
  const text = await response.text();
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch (notJson) {
      parsed = null;
    }
  }
  const retry = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return { ok: response.ok, status: response.status, body: parsed,
    retryAfter: Number.isFinite(retry) ? retry : null };
}

/** The problem type's slug (urn:gotohotel:problem:<slug>), or ''. */
export function problemType(answer) {
  const type = answer.body && typeof answer.body.type === 'string' ? answer.body.type : '';
  return type.startsWith('urn:gotohotel:problem:') ? type.substring('urn:gotohotel:problem:'.length) : '';
}

export const api = {
  roomTypes: () => call('/api/room-types'),
  availability: (checkIn, checkOut, guests) => call(`/api/availability?${new URLSearchParams({ checkIn, checkOut,
    guests: String(guests) })}`),
  placeOrder: (order, idempotencyKey) => call('/api/orders', { method: 'POST', body: order,
    headers: { 'Idempotency-Key': idempotencyKey } }),
  order: (orderId, token) => call(`/api/orders/${encodeURIComponent(orderId)}`, { token }),
  myPage: (orderId, token) => call(`/api/mypages/${encodeURIComponent(orderId)}`, { token }),
  cancel: (orderId, token) => call(`/api/orders/${encodeURIComponent(orderId)}/cancel`, { method: 'POST', token }),
};

/** A random UUID (v4) for Idempotency-Key; crypto.randomUUID is missing outside secure contexts (plain http). */
export function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
