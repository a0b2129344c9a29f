// Shared wiring of a filter form that works on a static list: shown only with JavaScript,
// filters kept in the address (reload and back button work), applied on every change.

export interface FilterFormOptions<F> {
  form: HTMLFormElement;
  /** Reads filters from a query string or form data. */
  parse: (search: string | URLSearchParams) => F;
  /** Writes filters as a query string (without « ? »). */
  serialize: (filters: F) => string;
  /** Puts filters into the form's fields (after back/forward). */
  write: (filters: F) => void;
  /** Shows the matching items and announces their count. */
  apply: (filters: F) => void;
}

export function enhanceFilterForm<F>({
  form,
  parse,
  serialize,
  write,
  apply,
}: FilterFormOptions<F>): void {
  const fromForm = () =>
    parse(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const update = (mode: 'push' | 'replace') => {
    const filters = fromForm();
    apply(filters);
    const query = serialize(filters);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  // Typing a number replaces the history entry; committing any change adds one.
  form.addEventListener('input', (event) =>
    update((event.target as HTMLInputElement).type === 'number' ? 'replace' : 'push'),
  );
  form.addEventListener('change', () => update('push'));
  form.addEventListener('reset', () => setTimeout(() => update('push')));
  const fromAddress = () => {
    const filters = parse(location.search);
    write(filters);
    apply(filters);
  };
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}

/** The values of a form's checkboxes (or other inputs) of one name, as the page lists them. */
export function inputValues(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map(
    (input) => input.value,
  );
}

/** Hides the cards whose facts do not match; returns how many stay shown. */
export function showMatching<Facts>(
  cards: { element: HTMLElement; facts: Facts }[],
  matches: (facts: Facts) => boolean,
): number {
  let shown = 0;
  for (const card of cards) {
    const visible = matches(card.facts);
    card.element.hidden = !visible;
    if (visible) shown++;
  }
  return shown;
}
