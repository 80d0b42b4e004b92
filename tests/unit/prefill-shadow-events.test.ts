import { describe, expect, test } from 'vitest';
import { citizen, fillOn } from './prefill-helpers';

// A text field as Lit component libraries build it (Material Web): the label and the <input> live in the component's
// open shadow root, and the app hears of typing only through the `input` event that crosses the shadow boundary —
// a browser's own `input` is composed, so the app's listener on the component hears it. The fill must reach the app
// the same way, not only the box the clerk sees.

class TextField extends HTMLElement {
  value = '';
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<span class="label">${this.getAttribute('label')}</span><input>`;
    const input = root.querySelector('input') as HTMLInputElement;
    input.addEventListener('input', () => {
      this.value = input.value;
    });
  }
}
if (!customElements.get('x-text-field')) customElements.define('x-text-field', TextField);

describe('a text field inside a web component', () => {
  test("the app's listener on the component hears the fill, as it hears typing", async () => {
    document.body.innerHTML =
      '<form><x-text-field label="Фамилия" name="surname"></x-text-field>' +
      '<x-text-field label="Имя" name="given"></x-text-field>' +
      '<label for="mid">Отчество</label><input id="mid"></form>';
    const model: Record<string, string> = {};
    for (const field of document.querySelectorAll<TextField>('x-text-field'))
      field.addEventListener('input', () => {
        model[field.getAttribute('name') as string] = field.value;
      });
    const mid = document.getElementById('mid') as HTMLInputElement;
    mid.addEventListener('input', () => {
      model.middle = mid.value;
    });
    const { report } = await fillOn(document, citizen());
    expect(report.lastName.status).toBe('filled');
    expect(model).toEqual({ surname: 'Петров', given: 'Пётр', middle: 'Семёнович' });
  });
});
