import type { Section } from '../checklist/keys';
import type { Meaning } from './meanings';

// Russian labels (and placeholders) → meaning. Labels arrive normalised (normalizeLabel). Document fields («Серия»,
// «Номер», «Дата выдачи», «Кем выдан») belong to the identity or the basis document: a word in the label decides
// («Серия паспорта», «Номер удостоверения»), else the section; with no section they are the identity document's.

export type DocKind = 'identity' | 'basis';
/** A rule's verdict: a meaning, or REJECT for fields that are known to be something else (search, address…). */
export const REJECT = 'reject' as const;
export type LabelVerdict = Meaning | typeof REJECT | null;

const OPTIONAL_MARKS =
  /\((?:обязательно|обязательное(?: поле)?|необязательно|при наличии|если имеется|если есть|если есть в документе|полностью)\)/g;
/** «(ДД.ММ.ГГГГ)», «дд/мм/гггг»: how to type, not what the field is. */
const FORMAT_HINT = /\(?\s*дд[./ -]?мм[./ -]?(?:гггг|гг)\s*\)?/g;
const INVITATION = /^(?:введите|укажите|выберите|заполните|впишите|ввод)\s+/;
/** Abbreviations of print forms and narrow columns («Документ, удост. личность», «Страх. номер», «Конт. тел.»). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(^|[\s,])удост\.\s*(?=личност)/g, '$1удостоверяющий '],
  [/(^|[\s,])подтв\.\s*/g, '$1подтверждающий '],
  [/(^|[\s,])страх\.\s*/g, '$1страховой '],
  [/(^|[\s,])конт\.\s*/g, '$1контактный '],
  [/(^|[\s,])док\.\s*/g, '$1документ '],
];

function expandAbbreviations(text: string): string {
  return ABBREVIATIONS.reduce((out, [pattern, full]) => out.replace(pattern, full), text);
}

export function normalizeLabel(text: string): string {
  return expandAbbreviations(text.toLowerCase())
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(OPTIONAL_MARKS, ' ')
    .replace(FORMAT_HINT, ' ')
    .replace(/[*:]+/g, ' ')
    .replace(/^\s*\d{1,2}[.)]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INVITATION, '')
    .replace(/[\s.,;?!-]+$/, '')
    .trim();
}

const UNRELATED =
  /поиск|найти|search|комментари|примечани|^адрес|адрес (?:регистрац|проживан|места)|место (?:жительств|рождени|пребыван)|код подразделени|^код(?![а-я])|логин|парол|e-?mail|электронн\S* почт|капч|пользовател|^пол$|гражданств|^инн(?![а-я])|^огрн|причин|^статус|^населенн|^улиц|^район|^город/;

const IDENTITY_WORDS =
  /паспорт|удостоверяющ\S* личност|удостоверени\S* личност|(?<![а-я])дул(?![а-я])|свидетельств\S* о рождении/;
const BASIS_WORDS = /основани|подтвержда|удостоверени|справк|свидетельств|льгот|мсэ|ветеран|решени|выписк/;
/** Nouns that are themselves a basis document («Вид удостоверения», «Наименование справки»). */
const BASIS_DOCUMENTS = /^(?:удостоверени|справк|свидетельств|решени|выписк|документ\S*[- ]основани)/;
const DOC_WORDS = /документ|бланк/;

/** Which document a qualified label speaks of; 'section' when it does not say; null when it is not a document. */
function qualifier(rest: string): DocKind | 'section' | null {
  if (IDENTITY_WORDS.test(rest)) return 'identity';
  if (BASIS_WORDS.test(rest)) return 'basis';
  rest = withoutParentheses(rest);
  if (!rest) return 'section';
  if (DOC_WORDS.test(rest) || /^\(?\s*(?:и|или)?\s*(?:номер|серия)?\s*\)?$/.test(rest)) return 'section';
  return null;
}

function docKind(rest: string, section: Section): DocKind | null {
  const q = qualifier(rest);
  if (q === null) return null;
  if (q !== 'section') return q;
  return section === 'basis' ? 'basis' : 'identity';
}

/** A remark in parentheses («Номер (без серии)», «Фамилия (по паспорту)») does not change what a field is. */
function withoutParentheses(text: string): string {
  return text
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A document's field that means one thing in a passport and another in a basis document. */
export type DocField = 'series' | 'number' | 'seriesNumber' | 'issueDate' | 'issuer' | 'issue';

/** Each document field's meaning under either reading of its block. */
export const DOC_MEANINGS: Record<DocField, Record<DocKind, Meaning>> = {
  issue: { identity: 'idIssue', basis: 'basisIssue' },
  series: { identity: 'idSeries', basis: 'basisDocSeries' },
  number: { identity: 'idNumber', basis: 'basisDocNumber' },
  seriesNumber: { identity: 'idSeriesNumber', basis: 'basisSeriesNumber' },
  issueDate: { identity: 'idIssueDate', basis: 'basisDocIssueDate' },
  issuer: { identity: 'idIssuer', basis: 'basisDocIssuer' },
};

function docField(field: keyof typeof DOC_MEANINGS, rest: string, section: Section): LabelVerdict {
  const kind = docKind(rest.trim(), section);
  return kind ? DOC_MEANINGS[field][kind] : REJECT;
}

const PERSON_SUFFIX = /^(?:заявителя|получателя|гражданина|гражданки|льготника|полностью|лица)?$/;

function endOfBenefit(label: string, section: Section): LabelVerdict {
  if (/льгот|мер\S* социальной поддержки|назначени/.test(label)) return 'benefitEnd';
  if (/документ|удостоверени|справк|паспорт/.test(label)) return REJECT;
  return section === 'basis' || section === 'identity' ? REJECT : 'benefitEnd';
}

function startOfBenefit(label: string, section: Section): LabelVerdict {
  if (/льгот|мер\S* социальной поддержки/.test(label)) return 'benefitStart';
  if (/документ|удостоверени|справк|паспорт/.test(label)) return REJECT;
  return section === 'basis' || section === 'identity' ? REJECT : 'benefitStart';
}

type Rule = [RegExp, (rest: string, label: string, section: Section) => LabelVerdict];

const is =
  (meaning: Meaning): Rule[1] =>
  () =>
    meaning;
const doc =
  (field: keyof typeof DOC_MEANINGS): Rule[1] =>
  (rest, _label, section) =>
    docField(field, rest, section);
/** The name as some other record keeps it: in Latin letters, declined, a former or a birth name. */
const OTHER_SPELLING =
  /латин|(?<![а-я])лат(?![а-я])|англ|транслит|падеж|прежн|при рождении|до (?:смены|брака)/;
const person =
  (meaning: Meaning): Rule[1] =>
  (rest) =>
    PERSON_SUFFIX.test(withoutParentheses(rest)) && !OTHER_SPELLING.test(rest) ? meaning : REJECT;
/** A phone that is not the citizen's own line to call: a workplace's, an organisation's, a fax. */
const phone: Rule[1] = (_rest, label) =>
  /рабоч|служебн|организаци|учреждени|факс/.test(label) ? REJECT : 'phone';

function documentName(rest: string, label: string, section: Section): LabelVerdict {
  const bare = !/документ/.test(label);
  if (IDENTITY_WORDS.test(rest) || section === 'identity') return REJECT;
  // «Вид удостоверения», «Наименование справки»: the words name the basis document whatever the section.
  if (bare && section !== 'basis' && !BASIS_DOCUMENTS.test(rest)) return null;
  return rest.trim() && !BASIS_WORDS.test(rest) && !DOC_WORDS.test(rest) ? REJECT : 'basisDocName';
}

// First match wins. Document fields come before «наименование …» and the category: «Дата выдачи удостоверения
// о льготе» is a date. Each regex's last group (.*) is the rest of the label after the field word.
const RULES: Rule[] = [
  [/^(?:ф\.?\s?и\.?\s?о\.?|фио)(?:\s|$)|^фамилия,? имя,? отчество|^полное имя()/, is('fullName')],
  [/^фамили[яюи](.*)$/, person('lastName')],
  [/^(?:имя|имени)(.*)$/, person('firstName')],
  [/^отчеств/, is('middleName')],
  [
    /^дат[аеуы] рождени|^дата рожд(?![а-я])|^д\.? ?р\.?$|^день рождени|^родил(?:ся|ась)|^год рождени/,
    is('birthDate'),
  ],
  [/снилс|страхов\S* номер|страхов\S* свидетельств|индивидуальн\S* лицев\S* сч/, is('snils')],
  [/телефон|(?:^|\s)тел(?![а-я])|^моб|^сотов/, phone],
  [/^(?:серия,?\s*(?:и|\/)?\s*номер|серия и №|серия\/№|№ и серия|номер и серия)(.*)$/, doc('seriesNumber')],
  // Date and issuer in one field: «Когда и кем выдан», «Кем и когда выдан», «Дата и место выдачи».
  [
    /^(?:когда и кем выдан\S*|кем и когда выдан\S*|дата выдачи и (?:кем выдан\S*|орган,? выдавш\S*)|дата и место выдачи|выдан\S* \(когда,? кем\)|выдан\S* \(кем,? когда\))(.*)$/,
    doc('issue'),
  ],
  [/^(?:серия|серию|серии|сер\.)(.*)$/, doc('series')],
  [/^(?:номер|№|ном\.)(.*)$/, doc('number')],
  [/^(?:дат[аеуы] выдачи|когда выдан\S*|выдан\S* \(дата\)|дата документа)(.*)$/, doc('issueDate')],
  // «Удостоверение от», «Справка от», a bare «от» after «№»: the document's date.
  [/^(?:(.*)\s)?от$/, doc('issueDate')],
  [
    /^(?:кем выдан\S*|орган,? выдавш\S*(?: документ)?|выдавш\S* орган|наименование органа,? выдавш\S*(?: документ)?|выдан\S*(?: кем)?|кем издан\S*)(.*)$/,
    doc('issuer'),
  ],
  [/^(?:учреждение|организация),? выдавш\S*(?: документ\S*)?(.*)$/, doc('issuer')],
  [/^(?:подразделени\S*,? выдавш\S*(?: документ\S*)?|(?:орган|место) выдачи)(.*)$/, doc('issuer')],
  // A bare «Дата» is the document's date only inside a document's block.
  [
    /^дата$/,
    (_rest, _label, section) =>
      section === 'basis' || section === 'identity' ? docField('issueDate', '', section) : null,
  ],
  [/^(?:учреждение|бюро) мсэ$/, is('basisDocIssuer')],
  [
    /^паспорт(?: гражданина(?: рф| российской федерации)?| рф)?$|^паспортные данные|^данные паспорта|^реквизиты паспорта/,
    is('idDocument'),
  ],
  [
    /^документ,? удостоверяющ\S* личност|^реквизиты документа,? удостоверяющ|^удостоверение личности$/,
    is('idDocument'),
  ],
  [/^реквизиты(?: документа)?(.*)$/, doc('seriesNumber')],
  [
    /^(?:(?:вид|тип|наименование) )?(?:льготн\S* )?категори|^льгота$|^вид льготы|^наименование льготы|^льготн\S* статус/,
    is('category'),
  ],
  [
    /^дата начала|^начало (?:действия|периода|предоставлени)|^действ\S* с$|^дата назначени|^(?:льгота |категория )?назначен[аоы]?(?: с)?$|^период(?: действия)? с$|^с$|^назначен\S* с$|^дата установлени|^(?:срок|период)[^,]* с$|^(?:льгот|категори|право|предоставл|мер\S* социальн)[^,]* с$/,
    (_rest, label, section) => startOfBenefit(label, section),
  ],
  [
    /^дата окончани|^окончание|^действ\S* (?:по|до)$|^действителен до|^период(?: действия)? по$|^по$|^дата прекращени|^срок (?:назначения|действия) (?:по|до)$|^срок действия|^(?:срок|период|льгот|категори|право|предоставл|мер\S* социальн)[^,]* (?:по|до)$/,
    (_rest, label, section) => endOfBenefit(label, section),
  ],
  [/^(?:наименование|вид|тип|название)(?: документа)?(.*)$/, documentName],
  // A period's verb or word alone or of the benefit («Предоставляется: с 09.05.1995», «Период действия льготы:
  // 01.09.2019 — 31.08.2029», «Льгота установлена: с … по …»): the value's «с»/«по» and its two dates decide which
  // ends it fills.
  [
    /^(?:предоставля\S*|действу\S*|период(?: действия| предоставления)?)(?: льгот\S*| категори\S*| права| мер\S* социальн\S* поддержки)?$|^(?:льгота|категория|право) (?:установлен\S*|предоставля\S*|действу\S*)$/,
    (_rest, label, section) => startOfBenefit(label, section),
  ],
  // A bare «Документ» in the basis document's block is its name; elsewhere it may be a type select («Паспорт»).
  [/^документ$/, (_rest, _label, section) => (section === 'basis' ? 'basisDocName' : null)],
  [
    /^документ[- ]основани|^документ,? подтверждающ\S* прав|^основание(?: для)? (?:назначения|предоставления)|^основание$/,
    is('basisDocName'),
  ],
];

/** Field words of a document, as they follow the document's name in «Паспорт: серия», «Документ-основание: номер». */
const DOC_FIELD_AFTER =
  /^([^()]+?) ((?:серия|номер|№|дата выдачи|кем выдан|орган,? выдавш|наименование|название)(?:.*))$/;
/** Whose field it is, said first: «Гражданин: фамилия», «Заявитель — имя», «Получатель: дата рождения». */
const PERSON_FIRST = /^(?:гражданин\S*|заявител\S*|получател\S*|льготник\S*)\s*[-—–]?\s+(.+)$/;

/**
 * Labels that name the document or the person first and the field after a colon or dash: «Паспорт: серия»,
 * «Документ-основание: номер», «Паспорт (серия, номер)», «Заявитель: имя» read as «серия паспорта», «номер
 * документа-основания», «серия, номер паспорта», «имя». Only when the first part names a document or a person.
 */
function fieldFirst(label: string): string | null {
  const person = PERSON_FIRST.exec(label);
  if (person) return person[1];
  const unwrapped = label.replace(/^([^()]+?)\s*\(([^()]+)\)$/, '$1 $2');
  const m = DOC_FIELD_AFTER.exec(unwrapped);
  if (!m) return null;
  const [, document, field] = m;
  const q = qualifier(document);
  return q === 'identity' || q === 'basis' || /^документ/.test(document) ? `${field} ${document}` : null;
}

/**
 * The word starts every rule below (and UNRELATED) begins with; the prepositions the rules read («с», «по», «до»,
 * «от») as whole words only, or every «Показатель», «Сумма» and «Отметка» would pass. A text with none of them means
 * nothing the dictionary knows, whatever the rules: «Графа 17» is answered without running them (a form of thousands
 * of such fields is read in time proportional to its size, at a small cost per field). The dictionary's own tests
 * keep this list complete: a rule whose words were missing here would never match.
 */
export const ANY_RULE_WORD =
  /(?:^|[^а-яa-z0-9])(?:ф\.?\s?и|фио|фамил|полн|имя|имен|отчест|дат|д\.?\s?р|день|родил|год|снилс|страх|индивид|лицев|тел|моб|сотов|сер|номер|№|ном|когда|кем|выда|орган|учрежд|организ|подразд|мест|мсэ|бюро|паспорт|документ|удост|реквиз|вид|тип|наимен|назв|катег|льгот|назнач|начал|оконч|действ|период|(?:с|по|до|от)(?![а-яa-z0-9])|срок|прекращ|установ|прав|предост|мер|основ|гражд|заяв|получ|поиск|найти|search|коммент|примеч|адрес|код|логин|парол|e-?mail|электрон|капч|польз|пол|инн|огрн|причин|статус|насел|улиц|район|город|дул|свидетел|справк|выписк|решени|ветеран|реабил|инвалид|подтв|конт|док|введите|укажите|выберите|заполните|впишите|ввод)/;

/** Meaning of a normalised label in a section; REJECT for known non-checklist fields; null when unknown. */
export function meaningOfLabel(label: string, section: Section, reordered = false): LabelVerdict {
  if (!label || !ANY_RULE_WORD.test(label)) return null;
  if (UNRELATED.test(label)) return REJECT;
  const reread = reordered ? null : fieldFirst(label);
  if (reread) return meaningOfLabel(reread, section, true);
  for (const [pattern, verdict] of RULES) {
    const m = label.match(pattern);
    if (m) return verdict((m[m.length - 1] ?? '').trim(), label, section);
  }
  return null;
}
