// The event detail panel: coded fields, figures by source side by side, each source article
// right-to-left with its evidence highlighted, the review controls and the audit trail.
import { get, post } from './api.js';
import { t, typeName } from './i18n.js';
import { renderHighlighted } from './highlight.js';

const FIELDS = ['event_type', 'sub_event_type', 'date', 'fatalities', 'actor1', 'actor2', 'location', 'admin1',
  'country', 'latitude', 'longitude'];

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

const show = v => (v === null || v === undefined || v === '' ? '—' : String(v));

export class DetailPanel {
  /** @param who () => {analyst, token}; @param onChange called after a review changed events */
  constructor(element, who, onChange, setStatus) {
    this.element = element;
    this.who = who;
    this.onChange = onChange;
    this.setStatus = setStatus;
  }

  async open(id) {
    this.id = id;
    const [event, audit] = await Promise.all([get('/api/events/' + encodeURIComponent(id)),
      get('/api/events/' + encodeURIComponent(id) + '/audit')]);
    this.render(event, audit.items);
    await this.renderArticles(event);
  }

  close() {
    this.element.hidden = true;
    this.id = null;
  }

  render(e, audit) {
    this.event = e;
    const badges = [e.disputed && h('span', { class: 'badge disputed' }, t('disputed')),
      e.confirmed && h('span', { class: 'badge confirmed' }, t('confirmed'))];
    this.element.replaceChildren(
      h('button', { class: 'close', type: 'button', onclick: () => this.close() }, t('close')),
      h('h2', { id: 'detail-title', dataset: { eventId: e.event_id } }, `${show(e.sub_event_type)} · ${show(e.date)}`, ...badges),
      h('div', { class: 'meta' }, e.event_id),
      h('h3', {}, t('fields')), this.fieldsTable(e),
      h('h3', {}, t('figures')), this.figures(e),
      h('h3', {}, t('sources')), h('div', { id: 'sources' }),
      h('h3', {}, t('review')), this.reviewForm(e),
      h('h3', {}, t('audit')), this.auditList(audit));
    this.element.hidden = false;
  }

  fieldsTable(e) {
    const loc = e.location || {};
    const corrected = new Set(e.corrected);
    const mark = name => corrected.has(name) ? h('span', { class: 'badge corrected' }, t('corrected')) : null;
    const actor = a => a ? `${a.name}${a.text ? ' — «' + a.text + '»' : ''}` : '—';
    const rows = [
      ['event_type', typeName(e.event_type), 'event_type'], ['sub_event_type', e.sub_event_type, 'sub_event_type'],
      ['date', e.date, 'date'], ['time_precision', e.time_precision], ['actor1', actor(e.actor1), 'actor1'],
      ['actor2', actor(e.actor2), 'actor2'],
      ['location', [loc.name, loc.name_ar && loc.name_ar !== loc.name ? '«' + loc.name_ar + '»' : null].filter(Boolean).join(' '), 'location'],
      ['admin1f', loc.admin1, 'admin1'], ['countryf', loc.country, 'country'],
      ['coordinates', loc.lat == null ? null : `${loc.lat}, ${loc.lon}`, 'latitude'], ['geo_precision', loc.geo_precision],
      ['fatalities', e.fatalities, 'fatalities'],
      ['range', e.fatalities_low == null ? null : `${e.fatalities_low}–${e.fatalities_high}`],
    ];
    return h('table', { class: 'fields' }, rows.map(([key, value, field]) =>
      h('tr', { dataset: { field: field || key } }, h('th', {}, t(key)), h('td', { dir: 'auto' }, show(value), field ? mark(field) : null))));
  }

  /** Claims grouped by source, one column each, so conflicting figures sit side by side. */
  figures(e) {
    if (!e.claims.length) return h('p', {}, t('noFigures'));
    const bySource = new Map();
    for (const c of e.claims) {
      const key = c.source || c.doc;
      if (!bySource.has(key)) bySource.set(key, []);
      bySource.get(key).push(c);
    }
    const cols = [...bySource].map(([source, claims]) => h('div', { class: 'col' + (e.disputed ? ' disputed' : '') },
      h('h4', { dir: 'auto' }, source),
      claims.map(c => h('div', { class: 'claim' },
        `${c.value == null ? (c.vague || '?') : c.value} ${t(c.kind)}${c.actor ? ' — ' + c.actor : ''}`,
        h('q', { dir: 'rtl', lang: 'ar' }, c.evidence ? c.evidence.text : '')))));
    return h('div', {}, e.disputed ? h('p', { class: 'status' }, t('sourcesDisagree')) : null, h('div', { class: 'figures' }, cols));
  }

  async renderArticles(e) {
    const box = this.element.querySelector('#sources');
    for (const r of e.reports) {
      const article = await get('/api/articles/' + encodeURIComponent(r.doc)).catch(() => null);
      const spans = [...r.event.evidence.map(x => ({ ...x, kind: 'ev' })),
        ...r.event.claims.filter(c => c.evidence).map(c => ({ ...c.evidence, kind: 'claim' }))];
      const text = h('div', { class: 'article', dir: 'rtl', lang: 'ar', dataset: { doc: r.doc } });
      if (article) renderHighlighted(text, article.text, spans);
      // the evidence is what the analyst came for: scroll each article to its first highlighted span
      requestAnimationFrame(() => { const m = text.querySelector('mark'); if (m) text.scrollTop = m.offsetTop - 20; });
      const split = e.reports.length > 1
        ? h('button', { type: 'button', class: 'split', onclick: () => this.submit({ action: 'split', report: `${r.doc}#${r.event_index}` }) }, t('split'))
        : null;
      box.append(h('div', { class: 'report' },
        h('div', { class: 'meta', dir: 'auto' }, [r.source, r.published, r.title].filter(Boolean).join(' · '), ' ', h('code', {}, `${r.doc}#${r.event_index}`), ' ', split),
        text));
    }
  }

  reviewForm(e) {
    const field = h('select', { id: 'review-field' }, FIELDS.map(f => h('option', { value: f }, f)));
    const value = h('input', { id: 'review-value', dir: 'auto' });
    const note = h('input', { id: 'review-note', dir: 'auto' });
    const other = h('input', { id: 'merge-other', size: 22 });
    return h('div', { class: 'review' },
      h('div', { class: 'row' }, h('button', { type: 'button', id: 'review-confirm', onclick: () => this.submit({ action: 'confirm', note: note.value }) }, t('confirm'))),
      h('div', { class: 'row' }, h('label', {}, t('field'), ' ', field), h('label', {}, t('value'), ' ', value),
        h('button', { type: 'button', id: 'review-correct', onclick: () => this.submit({ action: 'correct', field: field.value, value: value.value, note: note.value }) }, t('correct'))),
      h('div', { class: 'row' }, h('label', {}, t('mergeWith'), ' ', other),
        h('button', { type: 'button', id: 'review-merge', onclick: () => this.submit({ action: 'merge', other: other.value.trim(), note: note.value }) }, t('merge'))),
      h('div', { class: 'row' }, h('label', {}, t('note'), ' ', note)));
  }

  auditList(items) {
    if (!items.length) return h('p', { class: 'meta' }, t('noAudit'));
    return h('ol', { class: 'audit', id: 'audit' }, items.map(a => h('li', { dir: 'auto' },
      `${a.at.slice(0, 19).replace('T', ' ')} · ${a.analyst} · ${a.action}`
      + (a.field ? ` ${a.field}: ${show(a.old_value)} → ${show(a.new_value)}` : a.new_value ? ` ${a.new_value}` : '')
      + (a.note ? ` — ${a.note}` : ''))));
  }

  async submit(body) {
    const { analyst, token } = this.who();
    if (!analyst || !token) {
      this.setStatus(t('needWho'), false);
      return;
    }
    try {
      const after = await post('/api/events/' + encodeURIComponent(this.id) + '/review', { analyst, ...body }, token);
      this.setStatus(t('saved'), true);
      await this.onChange();
      await this.open(after.event_id);
    } catch (err) {
      this.setStatus(err.message, false);
    }
  }
}
