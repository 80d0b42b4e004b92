import type { EligibilityKey } from './keys';

// The default wording; the content pack carries it to the panel (pack.maisAdvice), so an administrator can change it.

/** What the memo says to do instead when one of step 5's three conditions does not hold. */
export const ELIGIBILITY_ADVICE: Record<EligibilityKey, string> = {
  registeredInKarta:
    'Гражданин ещё не зарегистрирован в «Карте жителя НСО»: вносить данные в МАИС НСО рано. Предложите оформить ' +
    'Социальный проездной в сервисе (шаги 1–3 памятки): сайт karta.nso.ru или приложение, вход через Госуслуги, ' +
    'привязка карты «Мир», фото в профиле, подключение тарифа. Вопросы — горячая линия 110.',
  hasBenefitCategory:
    'У гражданина нет льготной категории — вносить данные в МАИС НСО не нужно. Без льготы в «Карте жителя НСО» ' +
    'сохраняется скидка 1 рубль на проезд в городском транспорте.',
  categoryNotShown:
    'Льготная категория уже отображается в «Карте жителя НСО» — вносить в МАИС НСО нечего: Социальный проездной ' +
    'подключается в личном кабинете.',
};
