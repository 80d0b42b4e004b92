import type { Checklist } from '../checklist/keys';
import { BASIS_DOCUMENT_KINDS, isDocumentMeaning } from './blocks';
import { type Classified, PERSONAL_MEANINGS } from './classify';
import type { PageDescription } from './types';

// Fields that record something other than the citizen's passport, basis document and benefit, though their words read
// like them: a medical policy's «Серия / Номер», a pension certificate's number, «Дата назначения пенсии», a «Номер»
// under «Контакты». A form of social protection holds such parts beside the benefit's; the checklist's values are
// never theirs. A document the checklist's basis document is of (a pension certificate for a pensioners' benefit)
// stays the basis document's.

/** Other records, by a word of the field's label or of its block's title. */
const OTHER_RECORDS: RegExp[] = [
  /пенси/i,
  /полис|(?:^|[^а-яё])омс(?:$|[^а-яё])/i,
  /военн\S*\s+билет/i,
  /водительск/i,
  /трудов\S*\s+книжк/i,
  /банк|расч[её]тн|лицев\S*\s+сч[её]т/i,
];

/** Blocks whose fields are no document's: a «Номер» there is a phone's or a flat's. */
const NO_DOCUMENT_BLOCK = /контакт|связ|адрес|жительств|проживан|пребыван/i;

/** The kinds of basis document a label or a title names. */
const kindsIn = (text: string) => BASIS_DOCUMENT_KINDS.filter((kind) => kind.test(text));

/**
 * A basis document's field whose label or block names a kind of document the checklist's is not («Номер
 * удостоверения» when the checklist holds «Справка МСЭ»): another certificate of the citizen's, not this one.
 */
function otherKind(c: Classified, title: string, ours: RegExp[]): boolean {
  if (ours.length === 0 || !c.meaning.startsWith('basis') || c.meaning === 'basisDocName') return false;
  return [c.control.hints.label, title].some((text) => {
    const named = kindsIn(text);
    return named.length > 0 && !named.some((kind) => ours.includes(kind));
  });
}

export function otherRecords(
  classified: Classified[],
  description: PageDescription,
  checklist?: Checklist,
): Set<Classified> {
  const ours = `${checklist?.fields.basisDocName ?? ''} ${checklist?.fields.category ?? ''}`;
  const others = OTHER_RECORDS.filter((words) => !words.test(ours));
  const ourKinds = kindsIn(checklist?.fields.basisDocName ?? '');
  return new Set(
    classified.filter((c) => {
      if (c.control.siteKey) return false;
      const title = description.blocks[c.control.block]?.title ?? '';
      if (isDocumentMeaning(c.meaning) && NO_DOCUMENT_BLOCK.test(title)) return true;
      if (otherKind(c, title, ourKinds)) return true;
      // The citizen's own data: a block about a pension («Получатель пенсии») still holds the citizen's ФИО.
      const personal = PERSONAL_MEANINGS.has(c.meaning);
      return others.some((words) => words.test(c.control.hints.label) || (!personal && words.test(title)));
    }),
  );
}
