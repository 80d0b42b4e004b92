import type { FieldKey, Section } from '../checklist/keys';
import { DOC_MEANINGS, type DocField } from '../fields/meaning-labels';
import { classifyField, type Meaning } from '../fields/meanings';
import { type Classified, hintsOf } from './classify';
import type { Ambiguity, ControlDescription, DocKind, PageDescription, PlanOptions } from './types';

// Which document each part of the form describes — the passport or the basis document — from all the evidence: the
// block's heading, the labels' own words («Серия паспорта», «Номер удостоверения»), a document-name field that
// opens the part («Документ, подтверждающий право…», «Наименование документа»), a «Вид документа» choice, and the
// form as a whole (one document part beside a basis-document name field is the basis document; the other part of a
// form whose passport is clear is the basis document). When the evidence disagrees, or there is none, the part's
// fields are not written and the clerk is asked, with one click.

/** The reverse of DOC_MEANINGS: which document field a meaning is, and under which reading. */
const DOC_FIELDS = Object.fromEntries(
  Object.entries(DOC_MEANINGS).flatMap(([field, kinds]) =>
    Object.entries(kinds).map(([kind, meaning]) => [meaning, [field, kind]]),
  ),
) as Partial<Record<Meaning, [DocField, DocKind]>>;

/** The key a report speaks of for a document meaning (a composite's main part). */
const KEY_OF: Partial<Record<Meaning, FieldKey>> = {
  idSeriesNumber: 'idNumber',
  basisSeriesNumber: 'basisDocNumber',
  idIssue: 'idIssueDate',
  basisIssue: 'basisDocIssueDate',
};

const IDENTITY_DOCUMENT = /паспорт|свидетельств\S* о рождении|вид на жительство|удостоверени\S* личност/i;
/** The kinds of document a basis document is: a certificate, a statement, a decision … */
export const BASIS_DOCUMENT_KINDS: readonly RegExp[] = [
  /удостоверени/i,
  /справк/i,
  /свидетельств/i,
  /решени/i,
  /выписк/i,
  /заключени/i,
];
const BASIS_DOCUMENT = new RegExp(BASIS_DOCUMENT_KINDS.map((kind) => kind.source).join('|'), 'i');

/** The report's reason for a field of an unclear block (it follows «пропущено …:» in the panel's report). */
export const UNCLEAR_REASON = 'не ясно, паспорт это или документ-основание';

export function isDocumentMeaning(m: Meaning): boolean {
  return DOC_FIELDS[m] !== undefined;
}

/** Which document a chosen or shown document type names (a «Вид документа» select). */
function kindOfDocumentName(text: string | undefined): DocKind | null {
  if (!text) return null;
  if (IDENTITY_DOCUMENT.test(text)) return 'identity';
  return BASIS_DOCUMENT.test(text) ? 'basis' : null;
}

/** A document type choice whose options are identity documents only (or which shows one): not the basis name. */
export function isIdentityTypeChoice(control: ControlDescription): boolean {
  if (control.kind !== 'select' && control.kind !== 'combobox' && control.kind !== 'radio-group')
    return false;
  if (kindOfDocumentName(control.selectedText) === 'identity') return true;
  const real = control.options.filter((o) => o.value !== '' && o.text);
  return real.length > 0 && real.every((o) => IDENTITY_DOCUMENT.test(o.text));
}

function isDocSection(s: Section): s is DocKind {
  return s === 'identity' || s === 'basis';
}

/** Whether the label itself (or the block's heading, or a site mapping) says which document the field is of. */
function decidedKind(c: Classified): DocKind | null {
  const doc = DOC_FIELDS[c.meaning] as [DocField, DocKind];
  if (c.control.siteKey || isDocSection(c.section)) return doc[1];
  const hints = hintsOf(c.control);
  const asIdentity = classifyField({ ...hints, section: 'identity' })?.meaning;
  const asBasis = classifyField({ ...hints, section: 'basis' })?.meaning;
  return asIdentity === asBasis ? doc[1] : null;
}

interface Part {
  id: string;
  block: number;
  group: number;
  fields: Classified[];
  /** Kinds of the document type choices and name fields found in the part. */
  named: Set<DocKind>;
}

/**
 * The form's document parts: its blocks, each cut where a basis-document name field starts a new document
 * («Документ, подтверждающий право на льготу: [____]», then «Серия документа» …).
 */
function partsOf(classified: Classified[], description: PageDescription): Part[] {
  const byMeaning = new Map(classified.map((c) => [c.control, c.meaning]));
  const parts = new Map<string, Part>();
  const partOf = new Map<ControlDescription, Part>();
  const cuts = new Map<number, number>();
  for (const control of description.controls) {
    const meaning = byMeaning.get(control);
    const block = control.block;
    const typeChoice = isIdentityTypeChoice(control);
    const named =
      meaning === 'basisDocName' && !typeChoice
        ? (kindOfDocumentName(control.selectedText) ?? 'basis')
        : null;
    if (named === 'basis') cuts.set(block, (cuts.get(block) ?? 0) + 1);
    const n = cuts.get(block) ?? 0;
    const id = n === 0 ? `a${block}` : `a${block}.${n}`;
    let part = parts.get(id);
    if (!part) {
      part = { id, block, group: control.group, fields: [], named: new Set() };
      parts.set(id, part);
    }
    if (named) part.named.add(named);
    if (typeChoice) part.named.add('identity');
    partOf.set(control, part);
  }
  for (const c of classified) if (isDocumentMeaning(c.meaning)) partOf.get(c.control)?.fields.push(c);
  return [...parts.values()].filter((p) => p.fields.length > 0);
}

/** Whether a part holds one document field twice (a second «Серия», «Номер» …): two documents in a row. */
function repeatsFields(part: Part): boolean {
  const seen = new Set<DocField>();
  for (const c of part.fields) {
    const field = (DOC_FIELDS[c.meaning] as [DocField, DocKind])[0];
    if (seen.has(field)) return true;
    seen.add(field);
  }
  return false;
}

export interface DocumentDecision {
  classified: Classified[];
  ambiguities: Ambiguity[];
}

/**
 * Gives every document field the document its part describes; fields of parts where the evidence disagrees are
 * taken out (unless the clerk chose) and listed as ambiguities. A part with no evidence at all is unclear too, unless it
 * repeats its fields: then the dictionary's reading holds (the passport, and the repeat is the basis document).
 */
export function decideDocuments(
  classified: Classified[],
  description: PageDescription,
  options: PlanOptions = {},
): DocumentDecision {
  const kinds = new Map<Classified, DocKind | null>();
  for (const c of classified) if (isDocumentMeaning(c.meaning)) kinds.set(c, decidedKind(c));
  const parts = partsOf(classified, description);
  const partKind = new Map<Part, DocKind | 'unclear' | 'none' | null>();
  // Own evidence: decided fields (an undecided one follows the decided field before it), names, type choices.
  for (const part of parts) {
    let last: DocKind | null = null;
    for (const c of part.fields) {
      const kind = kinds.get(c) ?? null;
      if (kind) last = kind;
      else if (last) kinds.set(c, last);
    }
    if (part.fields.every((c) => kinds.get(c))) continue;
    const chosen = options.documentChoices?.[part.id];
    const votes = new Set<DocKind>(chosen ? [chosen] : part.named);
    if (!chosen) for (const c of part.fields) if (kinds.get(c)) votes.add(kinds.get(c) as DocKind);
    partKind.set(part, votes.size === 1 ? [...votes][0] : votes.size > 1 ? 'unclear' : null);
  }
  // The form as a whole, for parts without evidence of their own.
  for (const [part, kind] of partKind) {
    if (kind !== null) continue;
    const others = new Set<DocKind>();
    for (const p of parts) {
      if (p === part || p.group !== part.group) continue;
      const k = partKind.get(p);
      if (k === 'identity' || k === 'basis') others.add(k);
      for (const c of p.fields) if (kinds.get(c)) others.add(kinds.get(c) as DocKind);
    }
    const docParts = parts.filter((p) => p.group === part.group);
    const basisName = classified.some((c) => c.control.group === part.group && c.meaning === 'basisDocName');
    if (others.size === 1) partKind.set(part, others.has('identity') ? 'basis' : 'identity');
    else if (others.size === 2) partKind.set(part, 'none');
    else if (docParts.length === 1 && basisName) partKind.set(part, 'basis');
    // One set of document fields and nothing on the page says whose: the clerk is asked (a basis document's card
    // whose title is not read would otherwise get the passport). Two sets in a row stay the passport, then the basis.
    else if (!repeatsFields(part)) partKind.set(part, 'unclear');
  }
  const ambiguities: Ambiguity[] = [];
  const left = new Set<Classified>();
  for (const [part, kind] of partKind) {
    const open = part.fields.filter((c) => !kinds.get(c));
    if (kind === 'identity' || kind === 'basis') for (const c of open) kinds.set(c, kind);
    if (kind === 'none') for (const c of open) left.add(c);
    if (kind === 'unclear') {
      for (const c of open) left.add(c);
      ambiguities.push(ambiguityOf(part, description, open));
    }
  }
  const out: Classified[] = [];
  for (const c of classified) {
    if (left.has(c)) continue;
    if (c.meaning === 'basisDocName' && !c.control.siteKey && isIdentityTypeChoice(c.control)) continue;
    const doc = DOC_FIELDS[c.meaning];
    const kind = kinds.get(c);
    out.push(doc && kind ? { ...c, meaning: DOC_MEANINGS[doc[0]][kind], decided: true } : c);
  }
  return { classified: out, ambiguities };
}

function ambiguityOf(part: Part, description: PageDescription, fields: Classified[]): Ambiguity {
  const keyOf = (m: Meaning): FieldKey => KEY_OF[m] ?? (m as FieldKey);
  return {
    id: part.id,
    blockTitle: description.blocks[part.block]?.title ?? '',
    candidates: ['identity', 'basis'],
    fields: fields.map((c) => {
      const [field] = DOC_FIELDS[c.meaning] as [DocField, DocKind];
      return {
        ref: c.control.ref,
        label: c.control.hints.label || c.control.hints.placeholder || c.control.hints.name,
        selector: '',
        keys: { identity: keyOf(DOC_MEANINGS[field].identity), basis: keyOf(DOC_MEANINGS[field].basis) },
      };
    }),
    reason: UNCLEAR_REASON,
  };
}
