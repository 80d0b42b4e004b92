import { FIELD_KEYS, type Section } from '../checklist/keys';
import type { DocKind } from './meaning-labels';
import type { Meaning } from './meanings';

// A control's `name`/`id` → meaning: English words and Russian transliterations (fam, imya, otch, drozhd, pasp_ser,
// osn_kv…), split on camelCase, snake_case, kebab-case, dots and brackets.

export function nameTokens(raw: string): string[] {
  // Most names are one plain word («fam», «x17»): split only what has case changes or separators.
  if (/^[a-z]+$/.test(raw)) return [raw];
  const numbered = /^([a-z]+)\d+$/.exec(raw); // «x17», «fam2»: the word, the number dropped
  if (numbered) return [numbered[1]];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)|(\d)([a-zA-Z])/g, '$1$3 $2$4')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !/^\d+$/.test(t));
}

const has = (tokens: Set<string>, ...words: string[]) => words.some((w) => tokens.has(w));
/** Whether any token is one of a (large) word list's. */
const hasAny = (tokens: Set<string>, words: ReadonlySet<string>) => [...tokens].some((t) => words.has(t));
const starts = (tokens: Set<string>, ...prefixes: string[]) =>
  [...tokens].some((t) => prefixes.some((p) => t.startsWith(p)));

const UNRELATED = new Set([
  'q',
  'search',
  'query',
  'find',
  'poisk',
  'login',
  'password',
  'passwd',
  'pwd',
  'email',
  'mail',
  'comment',
  'comments',
  'note',
  'notes',
  'primech',
  'address',
  'addr',
  'adres',
  'adress',
  'captcha',
  'podr',
  'division',
  'dept',
  'department',
  'kp',
  'username',
  'user',
  'sex',
  'gender',
  'pol',
  'city',
  'street',
  'zip',
  'index',
  'inn',
]);
const NOT_A_DOCUMENT = new Set([
  'kvartira',
  'flat',
  'house',
  'dom',
  'card',
  'karta',
  'schet',
  'account',
  'order',
  'zayav',
  'delo',
  'app',
  'reg',
]);
const IDENTITY = new Set(['pasp', 'passport', 'pass', 'ul', 'dul', 'identity', 'ident', 'lichn', 'udl']);
const BASIS = new Set([
  'osn',
  'osnov',
  'osnovanie',
  'basis',
  'base',
  'udost',
  'udostov',
  'cert',
  'certificate',
  'prav',
  'lgdoc',
  'spravka',
]);
const DATE_PARTS = ['d', 'm', 'y', 'day', 'month', 'year', 'dd', 'mm', 'yy', 'yyyy', 'den', 'mes', 'god'];

const KEYS_BY_LOWER = new Map<string, Meaning>(
  [...FIELD_KEYS, 'fullName', 'idSeriesNumber', 'basisSeriesNumber', 'idDocument'].map((k) => [
    k.toLowerCase(),
    k as Meaning,
  ]),
);

function kindOf(t: Set<string>, joined: string, section: Section): DocKind {
  if (hasAny(t, IDENTITY) || /^(?:pasp|passport)/.test(joined)) return 'identity';
  if (hasAny(t, BASIS) || starts(t, 'osn', 'udost', 'basis')) return 'basis';
  return section === 'basis' ? 'basis' : 'identity';
}

/**
 * Word lists read so far: the names of a big generated form repeat their words («x1»…«x2000», «ctl00$…$txt17»),
 * so each list is read once per section. Bounded: pages differ.
 */
const seen = new Map<string, Meaning | null>();
const SEEN_MAX = 1000;

/** The meaning a name/id carries, or null. `section` decides which document «ser»/«num» belong to. */
export function meaningOfName(raw: string, section: Section): Meaning | null {
  const list = nameTokens(raw);
  if (list.length === 0) return null;
  const key = `${section} ${list.join(' ')}`;
  let meaning = seen.get(key);
  if (meaning === undefined) {
    meaning = meaningOfWords(list, section);
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(key, meaning);
  }
  return meaning;
}

function meaningOfWords(list: string[], section: Section): Meaning | null {
  const t = new Set(list);
  const joined = list.join('');
  const exact = KEYS_BY_LOWER.get(joined);
  if (exact) return exact;
  if (hasAny(t, UNRELATED)) return null;
  // «recipient.birthDate», «person[snils]»: the last word(s) are one of our own keys.
  const tail = KEYS_BY_LOWER.get(list.slice(-2).join('')) ?? KEYS_BY_LOWER.get(list[list.length - 1]);
  if (tail) return tail;

  if (has(t, 'fio', 'fullname') || (has(t, 'full') && has(t, 'name'))) return 'fullName';
  if (/snils|strahnomer|strah/.test(joined)) return 'snils';
  if (has(t, 'phone', 'tel', 'telefon', 'mobile', 'mob', 'cell', 'phonenumber', 'telephone')) return 'phone';
  if (
    has(t, 'fam', 'familiya', 'familia', 'familiia', 'surname', 'lastname') ||
    (has(t, 'last', 'family') && has(t, 'name'))
  ) {
    return 'lastName';
  }
  if (
    has(t, 'otch', 'otc', 'otchestvo', 'otchestva', 'patronymic', 'middlename', 'ot') ||
    (has(t, 'middle', 'second') && has(t, 'name'))
  ) {
    return 'middleName';
  }
  if (
    has(t, 'nam', 'imya', 'imia', 'ima', 'im', 'firstname', 'givenname') ||
    (has(t, 'first', 'given') && has(t, 'name'))
  ) {
    return 'firstName';
  }
  if (/rozhd|rojd|birth|^dob$|^d?dr$/.test(joined) || has(t, 'dr', 'drozhd', 'dob', 'bdate'))
    return 'birthDate';

  const kind = kindOf(t, joined, section);
  const doc = (identity: Meaning, basis: Meaning): Meaning => (kind === 'basis' ? basis : identity);
  if (has(t, 'kat', 'kateg', 'category', 'categ', 'cat', 'lgota', 'lgot', 'privilege', 'benefit', 'lg')) {
    if (has(t, 'start', 'begin', 'from', 'nach', 's', 'naznach', 'beg')) return 'benefitStart';
    if (has(t, 'end', 'finish', 'to', 'till', 'until', 'po', 'okonch', 'expire', 'srok')) return 'benefitEnd';
    if (!has(t, 'doc', 'num', 'ser', 'date')) return 'category';
  }
  const dateWord = has(t, 'date', 'data', 'dt', ...DATE_PARTS);
  if (
    has(
      t,
      'datestart',
      'datebegin',
      'startdate',
      'validfrom',
      'datefrom',
      'naznach',
      'nach',
      'start',
      'begin',
    )
  ) {
    return 'benefitStart';
  }
  if (
    has(t, 'dateend', 'enddate', 'validto', 'dateto', 'okonch', 'expire', 'end', 'finish') ||
    (dateWord && has(t, 'to', 'till'))
  ) {
    return 'benefitEnd';
  }
  if (hasAny(t, NOT_A_DOCUMENT)) return null;
  const documentWord = hasAny(t, IDENTITY) || hasAny(t, BASIS) || starts(t, 'osn', 'udost', 'basis');
  if (/kemvyd|issuer|issuedby|vydan|organ/.test(joined) || has(t, 'kv', 'kem', 'authority', 'org')) {
    return doc('idIssuer', 'basisDocIssuer');
  }
  if (
    /vydach|dvyd|issuedate|dateissue|issuedon|datavyd/.test(joined) ||
    has(t, 'dv', 'issued', 'issue') ||
    (dateWord && documentWord)
  ) {
    return doc('idIssueDate', 'basisDocIssueDate');
  }
  if (
    has(t, 'docname', 'naim', 'naimenovanie', 'vid', 'doctype', 'type', 'kind', 'name') &&
    (documentWord || has(t, 'doc', 'document', 'docname', 'naim', 'naimenovanie', 'doctype'))
  ) {
    // Identity documents' type is not a checklist key; any other document name is the basis document's.
    return hasAny(t, IDENTITY) || section === 'identity' ? null : 'basisDocName';
  }
  const series = has(t, 'ser', 'series', 'seria', 'seriya', 'serija', 'serie', 'pser');
  const number = has(t, 'num', 'nomer', 'number', 'no', 'nom', 'nr', 'pnum');
  if (has(t, 'sn', 'sernum', 'seriesnumber', 'sernomer') || (series && number))
    return doc('idSeriesNumber', 'basisSeriesNumber');
  if (series) return doc('idSeries', 'basisDocSeries');
  if (number) return doc('idNumber', 'basisDocNumber');
  return null;
}
