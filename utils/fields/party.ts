// Whose data a heading or a label speaks of: the citizen's, or someone else's — a representative, a relative, the
// clerk. Another person's ФИО, documents and dates are never mixed into the citizen's checklist (capture), and the
// citizen's are never written into another person's fields (prefill).

/** 'other' is anyone but the citizen; null: the words do not say. */
export type Party = 'applicant' | 'other' | null;

// A heading about the representative starts with them («Сведения о законном представителе», «Представитель») or
// ends with them («Паспорт представителя», «Заявитель (представитель)»); «Обращение (подано представителем)» is about
// the visit, not a block.
const REPRESENTATIVE =
  /^(?:(?:сведения|данные|информация)\s+(?:о|об)\s+)?(?:законн\S*\s+|уполномоченн\S*\s+)?(?:представител|доверенн\S*\s+лиц|опекун|попечител)|(?:представител[яеюь]|опекуна|попечителя)\)?$/i;
/**
 * A relative's block: «Сведения о ребёнке», «Супруг(а)», «Члены семьи», «Состав семьи», «Родственники», «Родитель»,
 * «Сведения об умершем».
 */
const RELATIVE =
  /^(?:(?:сведения|данные|информация)\s+(?:о|об)\s+)?(?:ребен|ребён|детях|дети(?![а-яё-])|супруг|член\S*\s+семьи|состав\S*\s+семьи|семь[еия](?![а-яё])|родственник|родител|умерш)/i;
/** The people who work the page: «Специалист», «Оператор», «Исполнитель», «ФИО сотрудника» (a label's words). */
export const STAFF = /специалист|оператор|сотрудник|исполнител|ответственн\S*\s+лиц|инспектор|регистратор/i;
/**
 * A block of the clerk's: its title starts with them («Специалист», «Сведения об операторе») or ends with them
 * («Отметки специалиста»). Named elsewhere in a title — «Оператор: Иванова И. И.» in the page's header, «(заполняет
 * специалист)» after the citizen's block's name — they do not own the block.
 */
const STAFF_TITLE =
  /^(?:(?:сведения|данные|информация)\s+(?:о|об)\s+)?(?:специалист|оператор|сотрудник|исполнител|ответственн\S*\s+лиц|инспектор|регистратор)|(?:специалиста|оператора|сотрудника|исполнителя|инспектора|регистратора)$/i;
const APPLICANT = /заявител|получател|льготник|гражданин|гражданке|владел/i;

export function partyOf(text: string): Party {
  const clean = text.replace(/[.:]+$/, '').trim();
  if (REPRESENTATIVE.test(clean) || RELATIVE.test(clean) || STAFF_TITLE.test(clean)) return 'other';
  if (APPLICANT.test(text)) return 'applicant';
  return null;
}

/** A field label naming someone else's data: «Фамилия представителя», «Дата рождения ребёнка», «ФИО специалиста». */
export const OTHER_PERSON_LABEL = new RegExp(
  `представител|доверенн|опекун|попечител|ребен|ребён|супруг|член\\S*\\s+семьи|умерш|${STAFF.source}`,
  'i',
);
