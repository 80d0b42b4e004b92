import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { sentencesOf } from '@/utils/content-pack/sentences';

// The pack keeps the memo's wording: every memo-derived text of the pack occurs in docs/memo.txt once the
// corrections listed in README «Правки текста памятки» are applied — so a change of wording without a README line,
// or a README line the memo does not need, fails here.

const ROOT = resolve(__dirname, '../..');
const flat = (text: string) => text.replace(/\[(?:image|bookmark):[^\]]*\]/g, '').replace(/\s+/g, ' ');
const MEMO = flat(readFileSync(resolve(ROOT, 'docs/memo.txt'), 'utf8'));

/** `| \`было\` | \`стало\` | почему |` rows of the README section. */
function corrections(): Array<[string, string]> {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Правки текста памятки');
  const end = readme.indexOf('\n## ', start + 1);
  return [...readme.slice(start, end).matchAll(/^\| `([^`]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1], m[2]]);
}

const CORRECTED = corrections().reduce((memo, [from, to]) => memo.replaceAll(from, to), MEMO);

/** The memo writes list items in lower case and ends them with «;» or «:». */
function inMemo(text: string): boolean {
  const probe = text.trim().replace(/[.;:]$/, '');
  const lowered = probe.charAt(0).toLowerCase() + probe.slice(1);
  return CORRECTED.includes(probe) || CORRECTED.includes(lowered);
}

const pack = DEFAULT_PACK;
const memoTexts: Array<[string, string]> = [
  ...pack.steps.flatMap((s) => [
    [`steps.${s.id}.when`, s.when] as [string, string],
    ...s.actions.map((a, i): [string, string] => [`steps.${s.id}.actions[${i}]`, a]),
    ...s.lead.map((l, i): [string, string] => [`steps.${s.id}.lead[${i}]`, l]),
  ]),
  ...pack.script.flatMap((p, i) => sentencesOf(p).map((s): [string, string] => [`script[${i}]`, s])),
  ['posterReminder', pack.posterReminder],
  ...pack.advantages.map((a, i): [string, string] => [`advantages[${i}]`, `${a.title}: ${a.text}`]),
  ['connectIntro', pack.connectIntro],
  ...pack.connectSteps.map((s, i): [string, string] => [`connectSteps[${i}]`, s]),
  ['hotlineText', pack.hotlineText],
  ['leafletText', pack.leafletText],
  ['refusalText', pack.refusalText],
  ...pack.maisConditions.map((c, i): [string, string] => [`maisConditions[${i}]`, c]),
  ['maisInstruction', pack.maisInstruction],
];

describe('the pack keeps the memo’s wording (docs/memo.txt)', () => {
  test('the README lists corrections, each found in the memo as it is', () => {
    const rows = corrections();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const [from] of rows) expect(MEMO, from).toContain(from);
  });

  test.each(memoTexts)('%s is the memo’s text (after the listed corrections)', (_where, text) => {
    expect(inMemo(text), text).toBe(true);
  });

  test('a text the memo does not have is caught (positive control of the check)', () => {
    expect(inMemo('Сервис КЖ НСО позволяет максимально оперативно оформить')).toBe(false);
    expect(inMemo('Обратить внимание гражданина на имеющуюся листовку формата А5')).toBe(false);
    expect(inMemo('Обратить внимание гражданина на имеющийся лифлет формата А5')).toBe(true);
  });

  test('one term for the A5 paper: «лифлет», never «листовка»', () => {
    const all = JSON.stringify(pack);
    expect(all).not.toMatch(/листовк/i);
    expect(all).toContain('лифлет формата А5');
  });

  test('the stores by their own names', () => {
    expect(pack.service.stores).toEqual(['RuStore', 'Google Play', 'App Store']);
    expect(JSON.stringify(pack)).not.toMatch(/PlayMarket|AppStore|Play Market/);
  });

  test('each step opens with at most three key sentences, each a whole sentence of the pack', () => {
    const sentences = new Set(
      [...pack.script, ...pack.advantages.map((a) => a.text), pack.hotlineText, pack.refusalText].flatMap(
        sentencesOf,
      ),
    );
    for (const step of pack.steps.filter((s) => s.id !== 'mais')) {
      expect(step.lead.length, step.id).toBeGreaterThanOrEqual(1);
      expect(step.lead.length, step.id).toBeLessThanOrEqual(3);
      for (const sentence of step.lead) expect(sentences.has(sentence), sentence).toBe(true);
    }
    expect(pack.steps.find((s) => s.id === 'offer')?.lead).toHaveLength(3);
  });
});
