import type { Section } from '../checklist/keys';

// What a section heading speaks of. Order matters: «Документ, подтверждающий право на льготу» names a benefit but is
// the basis document; «Удостоверение личности» is identity, any other «Удостоверение …» is a basis document.

const IDENTITY_CERTIFICATE = /удостоверени\S*\s+личност/;

const SECTION_RULES: [Section, (text: string) => boolean][] = [
  [
    'basis',
    (t) =>
      /подтвержда\S*\s+(?:прав|льгот|статус)|документ\S*[-\s]+основани|^основани|справк|правоустанавлива|документ\S*\s+(?:о|на)\s+(?:прав|льгот)|подтверждающ\S*\s+документ/.test(
        t,
      ) ||
      /свидетельств\S*\s+(?:о\s+праве|ветеран|инвалид|о\s+реабилит|многодет)/.test(t) ||
      (/удостоверени/.test(t) && !IDENTITY_CERTIFICATE.test(t)),
  ],
  [
    'identity',
    (t) =>
      /удостоверяющ\S*\s+личност|паспорт|^дул$|документ\S*\s+личност/.test(t) || IDENTITY_CERTIFICATE.test(t),
  ],
  ['person', (t) => /льготник/.test(t)],
  ['benefit', (t) => /льгот|категори|мер\S*\s+(?:социальной\s+)?поддержк|назначени/.test(t)],
  [
    'person',
    (t) => /заявител|получател|гражданин|гражданке|персональн\S*\s+данн|личн\S*\s+данн|анкетн/.test(t),
  ],
];

const SECTIONS: readonly Section[] = ['person', 'identity', 'benefit', 'basis', 'unknown'];

/** Lowercase, ё → е, no asterisks/colons, spaces collapsed. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[*:]+/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Headings read so far: a form repeats one heading for every control under it. Bounded: pages differ. */
const seen = new Map<string, Section>();
const SEEN_MAX = 1000;

export function sectionOf(headingText: string): Section {
  let section = seen.get(headingText);
  if (section === undefined) {
    section = readSection(normalizeHeading(headingText));
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(headingText, section);
  }
  return section;
}

function readSection(text: string): Section {
  if (!text) return 'unknown';
  for (const [section, test] of SECTION_RULES) if (test(text)) return section;
  return 'unknown';
}

/** A hint that is already a Section value (capture passes those) or a heading text (prefill passes those). */
export function resolveSection(hint: string | undefined): Section {
  if (!hint) return 'unknown';
  return (SECTIONS as readonly string[]).includes(hint) ? (hint as Section) : sectionOf(hint);
}
