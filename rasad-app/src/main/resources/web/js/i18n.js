// Interface text in English and Arabic. Article text is always shown right-to-left whatever the language.
const TEXT = {
  en: {
    title: 'Rasad', subtitle: 'conflict events from the Arabic press', analyst: 'Analyst', token: 'Token',
    filters: 'Filters', from: 'From', to: 'To', type: 'Event type', any: 'any', country: 'Country (ISO2)',
    admin1: 'Admin1', actor: 'Actor', search: 'Search the articles', disputedOnly: 'disputed only', apply: 'Apply',
    reset: 'Reset', events: 'Events', timeline: 'Events per day (drag to select dates)', clearDates: 'All dates',
    credits: 'Place data © GeoNames (CC BY 4.0). Boundaries: Natural Earth (public domain), via world-atlas. Map: Leaflet.',
    api: 'API', close: 'Close', fields: 'Coded fields', figures: 'Figures by source', sources: 'Sources and evidence',
    review: 'Review', audit: 'Audit trail', confirm: 'Confirm', correct: 'Correct', merge: 'Merge', split: 'Split off',
    field: 'Field', value: 'New value', mergeWith: 'Merge with event id', disputed: 'disputed', confirmed: 'confirmed',
    corrected: 'corrected', sourcesDisagree: 'Sources disagree on the figures.', noFigures: 'No casualty figures.',
    event_type: 'Event type', sub_event_type: 'Sub-type', date: 'Date', time_precision: 'Time precision',
    actor1: 'Actor 1', actor2: 'Actor 2', location: 'Place', admin1f: 'Admin1', countryf: 'Country',
    coordinates: 'Coordinates', geo_precision: 'Geo precision', fatalities: 'Fatalities', range: 'low–high',
    reports: 'reports', killed: 'killed', injured: 'injured', captured: 'captured', needWho: 'Enter your name and the token first.',
    saved: 'Saved.', loading: 'Loading…', none: 'No events match.', baseOffline: 'Offline basemap', baseTiles: 'Tiles',
    note: 'Note', noAudit: 'No changes yet.', latitude: 'Latitude', longitude: 'Longitude', unplaced: 'not on the map',
  },
  ar: {
    title: 'رصد', subtitle: 'أحداث النزاع من الصحافة العربية', analyst: 'المحلل', token: 'رمز الدخول',
    filters: 'التصفية', from: 'من', to: 'إلى', type: 'نوع الحدث', any: 'الكل', country: 'الدولة (رمز ISO)',
    admin1: 'المحافظة', actor: 'الفاعل', search: 'البحث في المقالات', disputedOnly: 'المتنازع عليها فقط', apply: 'تطبيق',
    reset: 'إعادة', events: 'الأحداث', timeline: 'الأحداث يوميا (اسحب لتحديد التواريخ)', clearDates: 'كل التواريخ',
    credits: 'بيانات الأماكن © GeoNames ‏(CC BY 4.0). الحدود: Natural Earth (ملكية عامة) عبر world-atlas. الخريطة: Leaflet.',
    api: 'واجهة البرمجة', close: 'إغلاق', fields: 'الحقول المرمّزة', figures: 'الأرقام حسب المصدر', sources: 'المصادر والأدلة',
    review: 'المراجعة', audit: 'سجل التعديلات', confirm: 'تأكيد', correct: 'تصحيح', merge: 'دمج', split: 'فصل',
    field: 'الحقل', value: 'القيمة الجديدة', mergeWith: 'الدمج مع الحدث رقم', disputed: 'متنازع عليه', confirmed: 'مؤكد',
    corrected: 'مصحح', sourcesDisagree: 'تختلف المصادر في الأرقام.', noFigures: 'لا أرقام للضحايا.',
    event_type: 'نوع الحدث', sub_event_type: 'النوع الفرعي', date: 'التاريخ', time_precision: 'دقة التاريخ',
    actor1: 'الفاعل الأول', actor2: 'الفاعل الثاني', location: 'المكان', admin1f: 'المحافظة', countryf: 'الدولة',
    coordinates: 'الإحداثيات', geo_precision: 'دقة الموقع', fatalities: 'القتلى', range: 'الأدنى–الأعلى',
    reports: 'تقارير', killed: 'قتلى', injured: 'جرحى', captured: 'أسرى', needWho: 'أدخل اسمك ورمز الدخول أولا.',
    saved: 'تم الحفظ.', loading: 'جار التحميل…', none: 'لا أحداث مطابقة.', baseOffline: 'خريطة بلا إنترنت', baseTiles: 'بلاطات',
    note: 'ملاحظة', noAudit: 'لا تعديلات بعد.', latitude: 'خط العرض', longitude: 'خط الطول', unplaced: 'خارج الخريطة',
  },
};

const TYPE_NAMES_AR = {
  'Battles': 'معارك', 'Explosions/Remote violence': 'انفجارات/عنف عن بعد',
  'Violence against civilians': 'عنف ضد المدنيين', 'Protests': 'احتجاجات', 'Riots': 'أعمال شغب',
  'Strategic developments': 'تطورات استراتيجية',
};

let lang = localStorage.getItem('rasad.lang') || 'en';

export function t(key) {
  return (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key;
}

/** An ACLED type in the interface language (sub-types stay in ACLED's English, as coders use them). */
export function typeName(type) {
  return lang === 'ar' && TYPE_NAMES_AR[type] ? TYPE_NAMES_AR[type] : type;
}

export function language() {
  return lang;
}

/** Sets the language: text, direction (the layout mirrors through CSS logical properties) and the toggle. */
export function setLanguage(next) {
  lang = next;
  localStorage.setItem('rasad.lang', lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  const toggle = document.getElementById('lang');
  toggle.textContent = lang === 'ar' ? 'English' : 'العربية';
  toggle.lang = lang === 'ar' ? 'en' : 'ar';
}
