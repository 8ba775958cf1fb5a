// Wires the page: filters → list, map and timeline; a selection → the detail panel.
import { get, query } from './api.js';
import { t, typeName, language, setLanguage } from './i18n.js';
import { colour, TYPE_COLOURS } from './colours.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { DetailPanel } from './detail.js';

const form = document.getElementById('filters');
const list = document.getElementById('list');
const statusLine = document.getElementById('status');
const analyst = document.getElementById('analyst');
const token = document.getElementById('token');

function setStatus(message, ok) {
  statusLine.textContent = message;
  statusLine.className = 'status' + (ok ? ' ok' : '');
}

function filters() {
  const data = Object.fromEntries(new FormData(form).entries());
  return { ...data, disputed: form.elements.disputed.checked ? 'true' : '' };
}

function withoutDates(f) {
  const { from, to, ...rest } = f;
  return rest;
}

let map;
let firstLoad = true;
const timeline = new Timeline(document.getElementById('timeline'), range => {
  form.elements.from.value = range.from;
  form.elements.to.value = range.to;
  refresh({ timeline: false });
});
const detail = new DetailPanel(document.getElementById('detail'),
  () => ({ analyst: analyst.value.trim(), token: token.value }), () => refresh({}), setStatus);

async function refresh({ timeline: redrawTimeline = true }) {
  const f = filters();
  try {
    setStatus(t('loading'), true);
    const [page, geo] = await Promise.all([get('/api/events?' + query(f, { limit: 200 })),
      get('/api/events.geojson?' + query(f, { limit: 20000 }))]);
    renderList(page);
    map.show(geo, firstLoad);
    firstLoad = false;
    const selection = f.from && f.to ? { from: f.from, to: f.to } : null;
    if (redrawTimeline) {
      const days = await get('/api/timeline?' + query(withoutDates(f)));
      timeline.show(days.days, selection);
    } else {
      timeline.show(timeline.days, selection);
    }
    setStatus('', true);
  } catch (err) {
    console.error(err);
    setStatus(err.message || String(err), false);
  }
}

function renderList(page) {
  document.getElementById('count').textContent = `(${page.total})`;
  list.replaceChildren();
  if (!page.items.length) {
    list.append(Object.assign(document.createElement('li'), { textContent: t('none') }));
    return;
  }
  for (const e of page.items) {
    const li = document.createElement('li');
    li.dataset.eventId = e.event_id;
    const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
    swatch.style.background = colour(e.event_type);
    const title = document.createElement('div');
    title.append(swatch, `${e.date || '—'} · ${e.sub_event_type || typeName(e.event_type)}`);
    if (e.disputed) title.append(Object.assign(document.createElement('span'), { className: 'badge disputed', textContent: t('disputed') }));
    if (e.confirmed) title.append(Object.assign(document.createElement('span'), { className: 'badge confirmed', textContent: t('confirmed') }));
    const meta = Object.assign(document.createElement('div'), { className: 'meta', dir: 'auto' });
    const figures = e.fatalities == null ? '' : ` · ${t('fatalities')}: ${e.fatalities}`
      + (e.fatalities_high != null && e.fatalities_high !== e.fatalities ? ` (${e.fatalities_low}–${e.fatalities_high})` : '');
    meta.textContent = `${e.location || t('unplaced')}${e.country ? ' (' + e.country + ')' : ''}${figures} · ${e.reports} ${t('reports')}`;
    li.append(title, meta);
    li.addEventListener('click', () => select(e.event_id));
    list.append(li);
  }
}

async function select(id) {
  list.querySelectorAll('li.selected').forEach(li => li.classList.remove('selected'));
  const li = list.querySelector(`li[data-event-id="${CSS.escape(id)}"]`);
  if (li) li.classList.add('selected');
  history.replaceState(null, '', '#event=' + encodeURIComponent(id));  // a link to this event
  try {
    await detail.open(id);
  } catch (err) {
    setStatus(err.message, false);
  }
}

function renderLegend() {
  const legend = document.getElementById('legend');
  legend.replaceChildren(...Object.keys(TYPE_COLOURS).map(type => {
    const item = document.createElement('span');
    const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
    swatch.style.background = colour(type);
    item.append(swatch, typeName(type));
    return item;
  }));
}

function fillTypes(types) {
  const select = form.elements.type;
  for (const [type, subTypes] of Object.entries(types)) {
    const group = document.createElement('optgroup');
    group.label = type;
    group.append(new Option(typeName(type), type), ...subTypes.map(s => new Option('· ' + s, s)));
    select.append(group);
  }
}

function applyLanguage(lang) {
  setLanguage(lang);
  renderLegend();
  if (detail.id) detail.open(detail.id);
  refresh({});
}

async function start() {
  setLanguage(language());
  analyst.value = localStorage.getItem('rasad.analyst') || '';
  analyst.addEventListener('change', () => localStorage.setItem('rasad.analyst', analyst.value.trim()));
  const config = await get('/api/config');
  fillTypes(config.event_types);
  renderLegend();
  map = new EventMap('map', config.tile_url, select);
  form.addEventListener('submit', e => { e.preventDefault(); refresh({}); });
  document.getElementById('reset').addEventListener('click', () => { form.reset(); refresh({}); });
  document.getElementById('clear-brush').addEventListener('click', () => {
    form.elements.from.value = '';
    form.elements.to.value = '';
    refresh({ timeline: false });
  });
  document.getElementById('lang').addEventListener('click', () => applyLanguage(language() === 'ar' ? 'en' : 'ar'));
  window.addEventListener('resize', () => timeline.draw());
  await refresh({});
  const linked = location.hash.match(/^#event=(.+)$/);
  if (linked) await select(decodeURIComponent(linked[1]));
  document.body.dataset.ready = 'true';
}

start().catch(err => {
  console.error(err);
  setStatus(err.message || String(err), false);
});
