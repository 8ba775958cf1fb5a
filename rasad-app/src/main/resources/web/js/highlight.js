// Evidence highlighting. Offsets are UTF-16 code units into the article, which is exactly how
// JavaScript indexes strings, so spans apply to the text as served without conversion.

/**
 * Splits text into segments at every span boundary; each segment knows which kinds of span cover
 * it, so overlapping spans (a figure inside its sentence) both show.
 * @param spans [{start, end, kind}]
 * @returns [{text, kinds: Set}]
 */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  const valid = spans.filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
  valid.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const kinds = new Set(valid.filter(s => s.start <= a && s.end >= b).map(s => s.kind));
    out.push({ text: text.slice(a, b), kinds });
  }
  return out;
}

/** Fills an element with the text, evidence in <mark class="ev">, figures in <mark class="claim">. */
export function renderHighlighted(element, text, spans) {
  element.replaceChildren();
  for (const seg of segments(text, spans)) {
    if (!seg.kinds.size) {
      element.appendChild(document.createTextNode(seg.text));
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = seg.kinds.has('claim') ? 'claim' : 'ev';
    mark.textContent = seg.text;
    element.appendChild(mark);
  }
}
