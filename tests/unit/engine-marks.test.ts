import { describe, expect, test } from 'vitest';
import { previewMarks } from '@/utils/engine/marks';
import type { ControlDescription, ElementMap, PrefillPlan, PrefillTarget } from '@/utils/prefill/types';

// The hints a preview draws beside each field are read by the clerk: dates as ДД.ММ.ГГГГ, options by their text.

function target(
  ref: string,
  control: Partial<ControlDescription>,
  value: string,
  expected = value,
): PrefillTarget {
  return {
    key: 'birthDate',
    covers: ['birthDate'],
    ref,
    control: control as ControlDescription,
    value,
    expected,
    label: ref,
  };
}

describe('previewMarks', () => {
  test('a native date field’s ISO value reads ДД.ММ.ГГГГ; a select shows its option’s text; a problem gets no hint', () => {
    document.body.innerHTML =
      '<input id="d" type="date"><select id="s"></select><input id="t"><input id="p">';
    const el = (id: string) => document.getElementById(id) as HTMLElement;
    const elements: ElementMap = new Map(
      ['d', 's', 't', 'p'].map((id) => [id, { element: el(id), elements: [el(id)] }]),
    );
    const plan = {
      targets: [
        target('d', { kind: 'date' } as Partial<ControlDescription>, '2002-06-01'),
        target(
          's',
          { options: [{ value: '17', text: ' Ветераны труда ' }] } as Partial<ControlDescription>,
          '17',
        ),
        target('t', {}, '14.03.1956'),
        { ...target('p', {}, 'x'), problem: 'нет такого варианта' },
      ],
    } as unknown as PrefillPlan;
    expect(previewMarks(plan, elements).map((m) => [m.element.id, m.text])).toEqual([
      ['d', '01.06.2002'],
      ['s', 'Ветераны труда'],
      ['t', '14.03.1956'],
    ]);
  });
});
