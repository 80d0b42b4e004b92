import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fieldsFromWire, fieldsToWire } from '@/utils/messaging/fields-wire';
import { collectFieldsNow } from '@/utils/prefill';
import type { ControlDescription, PageDescription } from '@/utils/prefill/types';
import { formPage } from '../../scripts/bench/pages/forms';
import { FIXTURES, loadFixture } from './prefill-helpers';

const roundTrip = (d: PageDescription) => fieldsFromWire(JSON.parse(fieldsToWire(d)));

// react.html renders its form from a vendor script, which a unit test's page does not load.
const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && f !== 'react.html');

test.each(pages)('the description of %s crosses the wire unchanged', (name) => {
  const { win, doc } = loadFixture(name);
  const { description } = collectFieldsNow(doc, win as unknown as Window);
  expect(description.controls.length).toBeGreaterThan(0);
  expect(roundTrip(description)).toEqual(description);
  win.close();
});

test('a generated card of 2,000 fields crosses at under half its plain JSON, unchanged', () => {
  document.open();
  document.write(formPage({ fields: 2000, extra: 0, late: false }));
  document.close();
  const { description } = collectFieldsNow(document, window);
  expect(description.controls).toHaveLength(2000);
  const wire = fieldsToWire(description);
  expect(wire.length).toBeLessThan(JSON.stringify(description).length / 2);
  expect(roundTrip(description)).toEqual(description);
});

const control = (over: Partial<ControlDescription>): ControlDescription => ({
  ref: 'f0',
  kind: 'text',
  hints: { label: 'Серия', section: '', name: '', id: '', placeholder: '', title: '' },
  inputType: 'text',
  maxLength: null,
  pattern: '',
  mask: '',
  options: [],
  group: 0,
  block: 0,
  searchLike: false,
  ...over,
});

test('what the wire leaves out only where the reader can tell it back', () => {
  const description: PageDescription = {
    url: '',
    groups: [{ label: '' }, { label: 'Заявление' }],
    blocks: [
      { title: 'Паспорт', group: 0 },
      { title: '', group: 1 },
    ],
    sandboxedFrames: 2,
    controls: [
      // A section that is not its block's title, even an empty one, travels as it is.
      control({ ref: 'f0', hints: { ...control({}).hints, section: '' } }),
      control({
        ref: 'f1',
        hints: { ...control({}).hints, section: 'Другой' },
        inputType: 'tel',
        maxLength: 0,
      }),
      control({ ref: 'f2', kind: 'date', inputType: '', block: 1, group: 1, siteKey: 'idIssueDate' }),
      control({
        ref: 'f3',
        kind: 'select',
        inputType: 'select',
        options: [
          { value: '', text: '— выберите —' },
          { value: '21', text: '' },
        ],
        selectedText: '',
        searchLike: true,
      }),
      control({ ref: 'f4', kind: 'combobox', inputType: 'button', selectedText: '', editable: false }),
      control({ ref: 'f5', kind: 'split-date', inputType: 'select', monthOptions: [] }),
    ],
  };
  expect(roundTrip(description)).toEqual(description);
});

test('an empty page crosses as an empty description', () => {
  const empty: PageDescription = { url: '', controls: [], groups: [], blocks: [], sandboxedFrames: 0 };
  expect(fieldsToWire(empty)).toBe('{"sandboxedFrames":0,"controls":[]}');
  expect(roundTrip(empty)).toEqual(empty);
});
