import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage, planOn } from './prefill-helpers';

// Controls whose popup is a calendar, not a list, as Webix draws them: a `div role=combobox` with no input (the date
// can only be picked), whose click opens a `role=dialog` with a calendar `role=grid` at the end of <body>, and whose
// keydown ArrowDown moves the calendar to a date and writes it into the box — a date no one asked for.

const log = { opened: {} as Record<string, number>, keys: [] as string[] };

/** A Webix-like box: the click opens the calendar dialog; ArrowDown there writes «08.12.2026»; Escape closes it. */
function calendarBox(id: string, label: string): string {
  return (
    `<div class="webix_view"><label for="${id}">${label}</label>` +
    `<div id="${id}" role="combobox" tabindex="0" aria-label="${label}" aria-autocomplete="list" aria-expanded="false">` +
    '<div class="webix_placeholder">Выберите дату</div></div></div>'
  );
}

function wire(id: string): void {
  const box = document.getElementById(id) as HTMLElement;
  const dialog = () => document.getElementById(`${id}-popup`);
  box.addEventListener('click', () => {
    if (dialog()) return;
    log.opened[id] = (log.opened[id] ?? 0) + 1;
    const popup = document.createElement('div');
    popup.id = `${id}-popup`;
    popup.setAttribute('role', 'dialog');
    popup.innerHTML =
      '<div role="region" aria-label="Календарь"><div role="grid"><div role="gridcell">1</div></div></div>';
    document.body.append(popup);
    box.setAttribute('aria-expanded', 'true');
  });
  box.addEventListener('keydown', (e) => {
    log.keys.push(e.key);
    if (e.key === 'ArrowDown' && dialog()) box.textContent = '08.12.2026';
    if (e.key === 'Escape') {
      dialog()?.remove();
      box.setAttribute('aria-expanded', 'false');
    }
  });
}

function page(): void {
  document.body.innerHTML =
    '<form><fieldset><legend>Заявитель</legend><label for="fam">Фамилия</label><input id="fam">' +
    calendarBox('born', 'Дата рождения') +
    '</fieldset><fieldset><legend>Документ-основание</legend>' +
    calendarBox('kind', 'Вид документа') +
    '</fieldset></form>';
  wire('born');
  wire('kind');
}

describe('popups that are calendars', () => {
  beforeEach(() => {
    log.opened = {};
    log.keys = [];
    layOutPage();
  });
  afterEach(() => vi.restoreAllMocks());

  test('a date that can only be picked in a calendar is left to the clerk, said so before the fill, never opened', async () => {
    page();
    const { plan } = planOn(document, citizen());
    expect(plan.targets.find((t) => t.key === 'birthDate')?.problem).toMatch(/только выбрать в календаре/);
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ reason: expect.stringMatching(/только выбрать в календаре/) });
    expect(report.birthDate.status).not.toBe('filled');
    expect(document.getElementById('born')?.textContent).toBe('Выберите дату');
    expect(log.opened.born).toBeUndefined();
    // The positive control on the same page: a text field is filled.
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });

  test('a dropdown whose click opens a calendar, not a list, gets no key pressed in it and is closed as it was', async () => {
    page();
    const { report } = await fillOn(document, citizen());
    expect(log.opened.kind).toBeGreaterThan(0); // the document kind's box was tried
    expect(report.basisDocName).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/открылся не список, а календарь/),
    });
    expect(log.keys).not.toContain('ArrowDown');
    expect(document.getElementById('kind')?.textContent).toBe('Выберите дату');
    expect(document.getElementById('kind-popup')).toBeNull();
  });
});
