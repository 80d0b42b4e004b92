// Pure text rules of the soft gate: does a control's label ask to issue a (social) card? Kept free of the DOM so the
// tables in tests/unit/gate.labels.test.ts can try many wordings.
//
// A label issues a card when it names an issuing act (оформить, выдать, выпустить, заказать, изготовить, заявление
// на выпуск …) and the card itself (карта, соцкарта, СК). Records about a card are not the card: a citizen's
// «карточка», drafts, refusals, and documents about a card (выписка, справка, отчёт, печать, история) issue nothing.

/** Longer labels belong to containers or prose, not to a button. */
const MAX_LABEL_LENGTH = 90;

/** Lower case, ё → е, everything but letters and digits (icons, punctuation, nbsp) → one space. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim();
}

const word = (stems: string) => new RegExp(`(?:^| )(?:${stems})`);

// Word starts. «выда…» is spelled out so «выданные карты» (a list) does not count.
const ISSUE_WORD = word(
  'оформ|перевыпус|выпус|изготов|заказ|выдат|выдач|выдай|выдае|заявк|заявлен|сформир|создат|создай',
);

// The card itself: «карта», «карту», «карт», «соцкарту», «СК», «ЭСК» — not «карточка» (a person's record),
// «картотека» or «картридж».
const CARD_WORD = /(?:^| )(?:(?:соц)?карт(?:а|у|ы|е|ой|ам|ами|ах)?|э?ск)(?: |$)/;

// «Карта жителя» (the service offered instead) — not «карту жителю», which is still the social card.
const RESIDENT_CARD = /(?:^| )карт[а-я]* жителя(?: |$)/;

// A travel pass or a payment «на карту» is something put on a card, unless the card is named social.
const ONTO_CARD = word('проездн|абонемент|выплат|пособи|компенсац|зачисл|пополн|привяз');
const SOCIAL_CARD = /(?:^| )(?:соц[а-я]* карт|соцкарт|э?ск(?: |$))/;

// Acts that are not issuing: undoing, looking up, documents about a card, drafts, refusals, lists of issued cards.
const NOT_ISSUE = word(
  [
    'не |отмен|аннул|удал|блокир|заблок|разблок|отозв|приостан|отказ',
    'статус|провер|истори|журнал|реестр|списк|найти|поиск|искать|просмотр|посмотр|открыт|назад|вернут',
    'печат|распечат|выписк|справк|отчет|ведомост|расписк|уведомл|скачат|выгруз|загруз|экспорт|фото',
    'сохран|черновик|редакт|измен',
    '(?:выда|заказа|оформле|изготовле|выпуще)нн',
  ].join('|'),
);

// «Сохранить и отправить заявление на выпуск карты», «Заблокировать и перевыпустить карту»: the last act decides.
const THEN_ISSUE =
  /(?:^| )и (?:оформить|выпустить|перевыпустить|выдать|заказать|изготовить|отправить|подать)(?: |$)/;

/** True when a label asks to issue, order or make a card (not Карта жителя, not a travel pass, not a document). */
export function isIssueLabel(label: string): boolean {
  const text = normalizeLabel(label);
  if (!text || text.length > MAX_LABEL_LENGTH) return false;
  if (!ISSUE_WORD.test(text) || !CARD_WORD.test(text) || RESIDENT_CARD.test(text)) return false;
  if (NOT_ISSUE.test(text) && !THEN_ISSUE.test(text)) return false;
  return !ONTO_CARD.test(text) || SOCIAL_CARD.test(text);
}
