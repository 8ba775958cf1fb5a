// Events per day, stacked by type, as plain SVG. Dragging across it selects a date range, which
// the page applies as the from/to filter of the map and the list.
import { colour } from './colours.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const PAD = { left: 6, right: 6, top: 6, bottom: 16 };

function el(name, attrs) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

const toDay = s => Date.parse(s + 'T00:00:00Z');
const toIso = ms => new Date(ms).toISOString().slice(0, 10);

export class Timeline {
  constructor(svg, onBrush) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.days = [];
    this.selection = null;
    svg.addEventListener('mousedown', e => this.startBrush(e));
    window.addEventListener('mousemove', e => this.moveBrush(e));
    window.addEventListener('mouseup', () => this.endBrush());
  }

  /** @param days [{date, type, count}] */
  show(days, selection) {
    this.days = days;
    this.selection = selection;
    this.draw();
  }

  draw() {
    const svg = this.svg;
    svg.replaceChildren();
    const width = svg.clientWidth || 600;
    const height = svg.clientHeight || 110;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (!this.days.length) return;
    const first = toDay(this.days[0].date);
    const last = toDay(this.days[this.days.length - 1].date);
    // one spare day on each side so a single day still has a width
    this.start = first - DAY;
    this.end = last + 2 * DAY;
    this.width = width;
    const perDay = new Map();
    for (const d of this.days) {
      const list = perDay.get(d.date) || [];
      list.push(d);
      perDay.set(d.date, list);
    }
    const max = Math.max(...[...perDay.values()].map(l => l.reduce((s, d) => s + d.count, 0)));
    const plotH = height - PAD.top - PAD.bottom;
    const barW = Math.max(1, this.x(this.start + DAY) - this.x(this.start) - 1);
    for (const [date, list] of perDay) {
      let y = height - PAD.bottom;
      for (const d of list) {
        const h = Math.max(1, plotH * d.count / max);
        y -= h;
        const r = el('rect', { x: this.x(toDay(date)), y, width: barW, height: h, fill: colour(d.type) });
        r.appendChild(el('title', {})).textContent = `${date} ${d.type}: ${d.count}`;
        svg.appendChild(r);
      }
    }
    svg.appendChild(el('text', { x: PAD.left, y: height - 3 })).textContent = toIso(first);
    svg.appendChild(el('text', { x: width - PAD.right, y: height - 3, 'text-anchor': 'end' })).textContent = toIso(last);
    if (this.selection) {
      const x1 = this.x(toDay(this.selection.from));
      const x2 = this.x(toDay(this.selection.to) + DAY);
      this.brushRect = svg.appendChild(el('rect', { class: 'brush', x: x1, y: PAD.top, width: Math.max(1, x2 - x1), height: plotH }));
    }
  }

  x(ms) {
    return PAD.left + (ms - this.start) / (this.end - this.start) * (this.width - PAD.left - PAD.right);
  }

  dayAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    const frac = (clientX - box.left - PAD.left) / (box.width - PAD.left - PAD.right);
    return Math.floor((this.start + frac * (this.end - this.start)) / DAY) * DAY;
  }

  startBrush(e) {
    if (!this.days.length) return;
    this.dragFrom = this.dayAt(e.clientX);
    this.dragTo = this.dragFrom;
    e.preventDefault();
  }

  moveBrush(e) {
    if (this.dragFrom === undefined) return;
    this.dragTo = this.dayAt(e.clientX);
    const [a, b] = [Math.min(this.dragFrom, this.dragTo), Math.max(this.dragFrom, this.dragTo)];
    this.selection = { from: toIso(a), to: toIso(b) };
    this.draw();
  }

  endBrush() {
    if (this.dragFrom === undefined) return;
    const [a, b] = [Math.min(this.dragFrom, this.dragTo), Math.max(this.dragFrom, this.dragTo)];
    this.dragFrom = undefined;
    this.onBrush({ from: toIso(a), to: toIso(b) });
  }
}
