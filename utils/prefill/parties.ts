import type { Section } from '../checklist/keys';
import { sectionOf } from '../fields/meanings';
import { OTHER_PERSON_LABEL, type Party, partyOf } from '../fields/party';
import type { ControlDescription, PageDescription } from './types';

// The controls that hold someone else's data — a representative's, a relative's, the clerk's: the citizen's values
// are never written there. A block is another person's when its title says so, or when it follows such a block with
// a title that does not say whose it is («Законный представитель», then «Паспорт» or «Контакты»: the representative's
// too), until a block titled for the citizen or for the benefit and its basis (the citizen's by nature). A label that
// names another person («Фамилия представителя», «Дата рождения ребёнка») is theirs wherever it stands.

/** Sections that are the citizen's whatever came before them. */
const CITIZENS: readonly Section[] = ['benefit', 'basis'];

export function othersControls(description: PageDescription): Set<ControlDescription> {
  const otherBlocks = new Set<number>();
  let party: Party = null;
  let group = -1;
  description.blocks.forEach((block, i) => {
    if (block.group !== group) party = null; // another form starts afresh
    group = block.group;
    const own = partyOf(block.title);
    if (own) party = own;
    else if (CITIZENS.includes(sectionOf(block.title))) party = 'applicant';
    if (party === 'other') otherBlocks.add(i);
  });
  return new Set(
    description.controls.filter(
      (c) => !c.siteKey && (otherBlocks.has(c.block) || OTHER_PERSON_LABEL.test(c.hints.label)),
    ),
  );
}
