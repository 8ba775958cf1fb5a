// The map: an offline basemap drawn from Natural Earth boundaries (world-atlas TopoJSON, converted in
// the browser), optional online tiles, and events as markers sized by fatalities, coloured by type,
// clustered when dense.
import { colour } from './colours.js';
import { t } from './i18n.js';

export class EventMap {
  constructor(element, tileUrl, onSelect) {
    this.onSelect = onSelect;
    this.map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([25, 30], 4);
    this.offline = L.layerGroup().addTo(this.map);
    const bases = { [t('baseOffline')]: this.offline };
    if (tileUrl) bases[t('baseTiles')] = L.tileLayer(tileUrl, { maxZoom: 18 });
    L.control.layers(bases, null, { collapsed: true }).addTo(this.map);
    this.cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    this.map.addLayer(this.cluster);
    this.loadBasemap();
  }

  async loadBasemap() {
    const topo = await (await fetch('/basemap/countries-50m.json')).json();
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: { color: '#8a9aa6', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: 1 },
      interactive: false,
    }).addTo(this.offline);
  }

  /** Replaces the markers with the features of a GeoJSON FeatureCollection; fits the view to them once. */
  show(collection, fit) {
    this.cluster.clearLayers();
    const markers = collection.features.map(f => this.marker(f));
    this.cluster.addLayers(markers);
    if (fit && markers.length) this.map.fitBounds(this.cluster.getBounds(), { maxZoom: 7, padding: [20, 20] });
  }

  marker(f) {
    const p = f.properties;
    const size = p.fatalities == null ? 10 : Math.min(42, 10 + 5 * Math.sqrt(p.fatalities));
    // built as an element, not an HTML string, so that no event field is ever parsed as markup
    const dot = document.createElement('span');
    dot.className = 'dot' + (p.fatalities == null ? ' unknown' : '');
    dot.dataset.eventId = p.event_id;
    Object.assign(dot.style, { width: size + 'px', height: size + 'px', background: colour(p.event_type),
      borderColor: colour(p.event_type) });
    const icon = L.divIcon({ className: 'event-marker', html: dot, iconSize: [size, size] });
    const [lon, lat] = f.geometry.coordinates;
    const m = L.marker([lat, lon], { icon, title: `${p.date || ''} ${p.sub_event_type || p.event_type} — ${p.location || ''}` });
    m.on('click', () => this.onSelect(p.event_id));
    return m;
  }
}
