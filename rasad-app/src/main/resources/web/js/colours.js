// One colour per ACLED event type, shared by the map, the list and the timeline.
export const TYPE_COLOURS = {
  'Battles': '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  'Protests': '#2ca02c',
  'Riots': '#8c564b',
  'Strategic developments': '#7f7f7f',
};

export const colour = type => TYPE_COLOURS[type] || '#444';
