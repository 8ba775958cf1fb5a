// The page's only way to the server: JSON in and out, errors as {error} turned into exceptions.
export class ApiError extends Error {}

async function call(method, path, body, token) {
  const headers = { 'Accept': 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = 'Bearer ' + token;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new ApiError(data.error || ('HTTP ' + res.status));
  return data;
}

export const get = path => call('GET', path);
export const post = (path, body, token) => call('POST', path, body, token);

/** Query string of the non-empty filters. */
export function query(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) {
    if (v !== undefined && v !== null && v !== '' && v !== false) p.set(k, v);
  }
  return p.toString();
}
