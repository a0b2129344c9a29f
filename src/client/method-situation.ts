// /methodes/: a situation typed in words (« 1 h 30 pour 20 personnes ») sets the library's filters
// with the search's own reader (src/lib/search-situation.ts), so the fields show what was
// understood; the words left, which the library cannot filter on, lead to the search.
import { fill } from '../i18n/fill.ts';
import { readSituation } from '../lib/search-situation.ts';

/** Sets the filter form's fields the situation names, leaves the others, and applies them. */
export function applySituation(filters: HTMLFormElement, text: string) {
  const situation = readSituation(text);
  for (const [name, value] of Object.entries(situation.filters)) {
    for (const field of filters.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)) {
      if (field.type === 'checkbox')
        field.checked = Array.isArray(value) && value.includes(field.value);
      else field.value = typeof value === 'number' ? String(value) : '';
    }
  }
  // The form's own wiring (src/client/filter-form.ts) applies the fields and writes the address.
  if (Object.keys(situation.filters).length)
    filters.dispatchEvent(new Event('change', { bubbles: true }));
  return situation;
}

export function enhanceSituationForm(form: HTMLFormElement, filters: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="situation"]')!;
  const said = form.querySelector<HTMLElement>('#method-situation-said')!;
  const { none = '', words: wordsNote = '', search = '', searchPage = '' } = form.dataset;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    said.replaceChildren();
    if (!text) return;
    const situation = applySituation(filters, text);
    if (!Object.keys(situation.filters).length) {
      said.textContent = fill(none, { text });
      return;
    }
    if (situation.words) {
      const link = document.createElement('a');
      link.href = `${searchPage}?${new URLSearchParams({ q: text })}`;
      link.textContent = fill(search, { words: situation.words });
      said.append(wordsNote, ' ', link);
    }
  });
}
