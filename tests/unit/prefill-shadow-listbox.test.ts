import { describe, expect, test } from 'vitest';
import { citizen, fillOn } from './prefill-helpers';

// A select as Material Web builds it: in the component's shadow root, a combobox whose `aria-controls` names a menu
// (role=listbox) laid out as `display: contents`; the options are the component's own children, slotted into that
// menu, each drawing its `role=option` on an <li> inside its own shadow root, with its text in a slot. A click on
// that <li> chooses; the component tells the app with a `change` on itself.

const CATEGORIES = ['Ветераны труда Новосибирской области', 'Ветераны труда', 'Труженики тыла'];

class XOption extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<li role="option"><slot></slot></li>';
    root.querySelector('li')?.addEventListener('click', () => {
      this.dispatchEvent(new Event('picked', { bubbles: true, composed: true }));
    });
  }
}

class XSelect extends HTMLElement {
  value = '';
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML =
      `<div class="field" role="combobox" tabindex="0" aria-haspopup="listbox" aria-controls="listbox" aria-expanded="false" aria-label="${this.getAttribute('label')}"><div id="label"></div></div>` +
      '<div class="menu-wrapper"><x-menu id="listbox" role="listbox" style="display:contents" hidden><slot></slot></x-menu></div>';
    const field = root.querySelector('.field') as HTMLElement;
    const menu = root.querySelector('x-menu') as HTMLElement;
    field.addEventListener('click', () => {
      menu.hidden = !menu.hidden;
      field.setAttribute('aria-expanded', String(!menu.hidden));
    });
    this.addEventListener('picked', (e) => {
      const option = e.target as Element;
      this.value = option.getAttribute('value') ?? '';
      (root.getElementById('label') as HTMLElement).textContent = option.textContent;
      menu.hidden = true;
      field.setAttribute('aria-expanded', 'false');
      this.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
}

if (!customElements.get('x-option')) customElements.define('x-option', XOption);
if (!customElements.get('x-select')) customElements.define('x-select', XSelect);

describe('a select drawn by a web component', () => {
  test('its slotted options are found and one is chosen; the app hears it', async () => {
    const options = CATEGORIES.map((c, i) => `<x-option value="c${i}">${c}</x-option>`).join('');
    document.body.innerHTML =
      '<form><label for="fam">Фамилия</label><input id="fam">' +
      `<x-select label="Льготная категория" name="cat">${options}</x-select></form>`;
    const select = document.querySelector('x-select') as XSelect;
    const heard: string[] = [];
    select.addEventListener('change', () => heard.push(select.value));
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(heard).toEqual(['c1']);
    expect(select.shadowRoot?.getElementById('label')?.textContent).toBe('Ветераны труда');
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });
});
