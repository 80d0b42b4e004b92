import { isKnownLabel } from '../fields/meanings';
import { boldLabelPairs } from './pairs-bold';
import { consume, type Extraction, looksLikeLabel, type RawPair } from './raw-pair';
import { cleanLabel, isControl, oneLine, visibleText } from './text';

// Plain «Метка: значение» text in p/div/li/span/td (also `<b>Метка:</b> значение`; bold names without a colon are
// read by pairs-bold), several pairs per block
// separated by line breaks or «;», and several per line when the next label is a known field name.

const MAX_WORDS_IN_NEXT_LABEL = 5;

export function extractTextPairs(ex: Extraction): void {
  const inside = insideConsumed(ex);
  // Deepest blocks first, so a block's own pairs are read before its parent sees the rest.
  for (let i = ex.index.elements.length - 1; i >= 0; i--) {
    const el = ex.index.elements[i];
    if (inside.has(el) || isControl(el) || el.localName === 'body') continue;
    const text = visibleText(el, ex.index, ex.consumed);
    const pairs = text.includes(':')
      ? parseTextPairs(text).map((pair) => ({ ...pair, anchor: el }))
      : boldLabelPairs(el, ex);
    if (pairs.length === 0) continue;
    ex.pairs.push(...pairs);
    consume(ex, el);
  }
}

/** Elements inside an already-read element: their text was part of that element's value. */
function insideConsumed(ex: Extraction): Set<Element> {
  const set = new Set<Element>();
  for (const el of ex.consumed) {
    for (const d of Array.from(el.querySelectorAll('*'))) set.add(d);
  }
  return set;
}

/** «ФИО: Иванов И. И.; СНИЛС: 112-233-445 95» → two pairs. Exported for tests. */
export function parseTextPairs(text: string): Pick<RawPair, 'label' | 'value'>[] {
  const out: Pick<RawPair, 'label' | 'value'>[] = [];
  for (const segment of text.split(/[\n;]+/)) {
    const colon = segment.indexOf(':');
    if (colon < 0) continue;
    const label = cleanLabel(segment.slice(0, colon));
    const rest = oneLine(segment.slice(colon + 1));
    if (!looksLikeLabel(label) || !rest) continue;
    out.push(...splitByKnownLabels(label, rest));
  }
  return out;
}

/**
 * «Серия: 5002 Номер: 777888» — a later colon starts a new pair if the words before it are a known label, also one
 * known to be something else («01.03.56 Пол: жен.»).
 */
function splitByKnownLabels(label: string, rest: string): Pick<RawPair, 'label' | 'value'>[] {
  const colon = rest.indexOf(':');
  if (colon < 0) return [{ label, value: rest }];
  const words = rest.slice(0, colon).trimEnd().split(' ');
  for (let n = Math.min(MAX_WORDS_IN_NEXT_LABEL, words.length - 1); n >= 1; n--) {
    const nextLabel = cleanLabel(words.slice(-n).join(' '));
    if (!/^\p{Lu}/u.test(nextLabel) || !isKnownLabel(nextLabel)) continue;
    const value = words
      .slice(0, -n)
      .join(' ')
      .replace(/[,\s]+$/, '');
    const tail = oneLine(rest.slice(colon + 1));
    return [{ label, value }, ...(tail ? splitByKnownLabels(nextLabel, tail) : [])];
  }
  return [{ label, value: rest }];
}
