import type { FieldKey, Section } from '../checklist/keys';
import { ANY_RULE_WORD as ANY_WORD, meaningOfLabel, normalizeLabel, REJECT } from './meaning-labels';
import { meaningOfName } from './meaning-names';
import { resolveSection } from './sections';

// The ONE dictionary of field meanings, shared by capture (label → checklist key) and prefill (control → key).
// Evidence in order of trust: the human label (and title), then name/id, then the placeholder. A label that is known
// to be something else (search, address, comment, «Код подразделения», login) ends the search: null.

export { normalizeLabel } from './meaning-labels';
export { nameTokens } from './meaning-names';
export { resolveSection, sectionOf } from './sections';

/** A checklist key, or a field that carries several («Ф.И.О.», «Серия и номер», «Когда и кем выдан», a passport line). */
export type Meaning =
  | FieldKey
  | 'fullName'
  | 'idSeriesNumber'
  | 'basisSeriesNumber'
  | 'idDocument'
  | 'idIssue'
  | 'basisIssue';

export interface FieldHints {
  label?: string;
  /** A heading text (prefill) or a Section value already resolved (capture). */
  section?: string;
  name?: string;
  id?: string;
  placeholder?: string;
  title?: string;
  /**
   * The label is the text of the control's section title, not of its own (prefill: a control with no label of its own
   * takes the text before it, and a block's title drawn as a styled element, not a heading, is that text).
   */
  labelIsTitle?: boolean;
}

export interface MeaningMatch {
  meaning: Meaning;
  score: number;
  source: 'label' | 'name' | 'placeholder';
}

const SCORE = { label: 100, title: 80, name: 60, placeholder: 40, agreement: 15 } as const;

// Input masks that say what a field is when its words do not.
const SNILS_MASK = /^[\d_xх#0*9]{3}-[\d_xх#0*9]{3}-[\d_xх#0*9]{3}[ -][\d_xх#0*9]{2}$/i;
const PHONE_MASK = /^(?:\+7|8)\s?\(?[\d_x#9]{3}\)?\s?[\d_x#9]{3}-?[\d_x#9]{2}-?[\d_x#9]{2}$/i;

function fromWords(text: string | undefined, section: Section): Meaning | typeof REJECT | null {
  if (!text) return null;
  // Most of a big page's labels mean nothing here: they are answered before the normalising work.
  if (!ANY_WORD.test(text.toLowerCase())) return null;
  return meaningOfLabel(normalizeLabel(text), section);
}

const PASSPORT_MASK = /^[\d_x#9]{2} ?[\d_x#9]{2}(?: №)? [\d_x#9]{6}$/i;

function fromMask(placeholder: string | undefined): Meaning | null {
  const text = (placeholder ?? '').trim();
  if (SNILS_MASK.test(text)) return 'snils';
  if (PASSPORT_MASK.test(text)) return 'idSeriesNumber';
  if (PHONE_MASK.test(text)) return 'phone';
  return null;
}

/** What a field means, from its label, section, name/id and placeholder; null for anything not in the checklist. */
export function classifyField(h: FieldHints): MeaningMatch | null {
  const section = resolveSection(h.section);
  const name = h.name ?? '';
  // Most controls carry the same word in name and id: it is read once.
  const byName = meaningOfName(name, section) ?? (h.id === name ? null : meaningOfName(h.id ?? '', section));
  const bonus = (m: Meaning) => (byName === m ? SCORE.agreement : 0);

  // A label that is the section's title names the block, not the control: the control's own words, its placeholder,
  // speak first («Серия» under «Паспорт»; an e-mail box under «Контактный телефон» is no phone).
  const ownWords = h.labelIsTitle ? fromWords(h.placeholder, section) : null;
  if (ownWords === REJECT) return null;
  if (ownWords) return { meaning: ownWords, score: SCORE.placeholder, source: 'placeholder' };

  const byLabel = fromWords(h.label, section);
  if (byLabel === REJECT) return null;
  if (byLabel) return { meaning: byLabel, score: SCORE.label + bonus(byLabel), source: 'label' };

  const byTitle = fromWords(h.title, section);
  if (byTitle === REJECT) return null;
  if (byTitle) return { meaning: byTitle, score: SCORE.title + bonus(byTitle), source: 'label' };

  const byPlaceholder = fromWords(h.placeholder, section);
  if (byPlaceholder === REJECT) return null;
  if (byName)
    return {
      meaning: byName,
      score: SCORE.name + (byPlaceholder === byName ? SCORE.agreement : 0),
      source: 'name',
    };
  const placeholder = byPlaceholder ?? fromMask(h.placeholder);
  return placeholder ? { meaning: placeholder, score: SCORE.placeholder, source: 'placeholder' } : null;
}

/**
 * Whether the words are a field name the dictionary knows — one of the checklist's or one known to be something
 * else («Пол», «Адрес»): in «Дата рождения: 01.03.56 Пол: жен.» both start a new pair.
 */
export function isKnownLabel(text: string, section: Section = 'unknown'): boolean {
  return fromWords(text, section) !== null;
}
