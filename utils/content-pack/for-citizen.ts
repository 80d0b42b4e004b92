// What the citizen reads around the memo's own texts (citizen's screen, printed leaflet, QR captions). Zod-free: the
// schema uses it as the default and the panel may import it.
export const FOR_CITIZEN = {
  scanHint: 'Наведите камеру смартфона на QR-код — откроется сайт',
  appLabel: 'Приложение «Карта жителя НСО» для Android и iOS',
  signIn: 'Вход — через Госуслуги',
  advantagesTitle: 'Преимущества «Карты жителя НСО»',
} as const;
